import type { InlineCommand } from '@/lib/content/model';
import { renderInlineCode } from '@/lib/render/markdown';
import { CopyButton } from './copy-button';
import { staticHtml } from './static-html';
import styles from './code.module.css';

/** Props of {@link CommandList}. */
interface CommandListProps {
  commands: InlineCommand[];
}

/** One-line commands (Where to Check), each in its own box with a copy button; long ones wrap. */
export function CommandList({ commands }: CommandListProps) {
  return (
    <ul className={`list-reset ${styles.commands}`}>
      {commands.map((command, i) => (
        <li key={i}>
          {staticHtml(<span>{renderInlineCode(command.code)}</span>)}
          <CopyButton template={command.code} label={`Copy command: ${command.code}`} />
        </li>
      ))}
    </ul>
  );
}
