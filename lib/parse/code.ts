import type { Tokens } from 'marked';
import type { FileDiagnostic } from '../diagnostics';
import type { CodeBlock } from '../content/model';
import { findVariables, stripVarMarkers } from '../variables/placeholders';
import type { Block } from './blocks';
import { closesFence, FENCE_LINE } from './fences';

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
  const raw = (block.token as Tokens.Code).raw.trimEnd();
  const lines = raw.split('\n');
  const open = FENCE_LINE.exec(lines[0]);
  if (!open) return null; // an indented code block has no fences
  if (lines.length > 1 && closesFence(lines[lines.length - 1], open[2])) return null;
  return {
    line: block.line,
    column: 1,
    severity: 'error',
    code: 'unclosed-fence',
    message: `code fence ${open[2]} opened here is never closed; the rest of the file would be read as code`,
    hint: `add a line with ${open[2]} where the code block ends (after line ${block.line + lines.length - 1} at the latest)`,
  };
}
