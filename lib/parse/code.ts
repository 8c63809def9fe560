import type { Tokens } from 'marked';
import type { FileDiagnostic } from '../diagnostics';
import type { CodeBlock } from '../content/model';
import { findVariables, stripVarMarkers } from '../variables/placeholders';
import type { Block } from './blocks';

/** True when the block is a fenced or indented code block. */
export function isCode(block: Block): boolean {
  return block.token.type === 'code';
}

/** Builds the model of a code block: language, copyable code, variables. */
export function toCodeBlock(block: Block): CodeBlock {
  const token = block.token as Tokens.Code;
  const code = stripVarMarkers(token.text);
  const lang = (token.lang ?? '').trim().split(/\s+/)[0] || null;
  return { lang, code, line: block.line, variables: findVariables(code) };
}

/** Reports a fenced block whose closing fence is missing (Markdown then swallows the rest of the file). */
export function checkFence(block: Block): FileDiagnostic | null {
  const raw = (block.token as Tokens.Code).raw.replace(/\s+$/, '');
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
  if (!open) return null;
  const lines = raw.split('\n');
  const last = lines[lines.length - 1];
  const close = new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}\\s*$`);
  if (lines.length > 1 && close.test(last)) return null;
  return {
    line: block.line,
    column: 1,
    severity: 'error',
    code: 'unclosed-fence',
    message: `code fence ${open[1]} opened here is never closed; the rest of the file would be read as code`,
    hint: `add a line with ${open[1]} where the code block ends (after line ${block.line + lines.length - 1} at the latest)`,
  };
}
