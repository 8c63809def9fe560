import type { FileDiagnostic } from '../diagnostics';
import { shellKind } from './quote';
import { findFences } from '../parse/fences';

/** `<image>`, `<pod-name>`: a lower-case word in angle brackets, the way docs write "your value here". */
const ANGLE = /(?<![<>='"\w])<([a-z][a-z0-9]*(?:[-_ ][a-z0-9]+)*)>(?![>'"])/g;
/** `IMAGE:TAG`, `YOUR_TOKEN`, `MY_APP`: capitalised stand-ins in a command. */
const CAPS = /(?<![$\w{%@-])(?:([A-Z][A-Z0-9_]{2,}):([A-Z][A-Z0-9_]{2,})|((?:YOUR|MY)_[A-Z0-9_]+))(?![\w}])/g;

/** Variable names the KB already uses for common stand-ins. */
const KNOWN: Readonly<Record<string, string>> = {
  image: 'IMAGE_NAME',
  'image-name': 'IMAGE_NAME',
  container: 'CONTAINER',
  'container-id': 'CONTAINER',
  pod: 'POD_NAME',
  'pod-name': 'POD_NAME',
  namespace: 'NAMESPACE',
  ns: 'NAMESPACE',
  tag: 'TAG',
  port: 'PORT',
  host: 'HOST',
  hostname: 'HOST',
  user: 'USER',
  username: 'USER',
  pkg: 'PACKAGE',
  package: 'PACKAGE',
  deployment: 'DEPLOYMENT',
  registry: 'REGISTRY',
};

/** The variable to suggest for a stand-in: `<pod-name>` → `POD_NAME`, `IMAGE:TAG` → `IMAGE_NAME` and `TAG`. */
export function suggestVariable(standIn: string): string {
  const key = standIn.toLowerCase().replace(/[ _]/g, '-');
  if (Object.hasOwn(KNOWN, key)) return KNOWN[key];
  return standIn
    .replace(/^(?:YOUR|MY)_/, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Removes a shell comment (`# …` after a blank or at the start) so prose in comments is not checked. */
function withoutComment(line: string): string {
  const at = line.search(/(?:^|\s)#/);
  return at < 0 ? line : line.slice(0, at);
}

function findIn(code: string, line: number): FileDiagnostic[] {
  const found: FileDiagnostic[] = [];
  for (const m of code.matchAll(ANGLE)) {
    const name = suggestVariable(m[1]);
    found.push({
      line,
      column: 1,
      severity: 'warning',
      code: 'variable-stand-in',
      message: `command has the stand-in ${m[0]}: it is not filled in for the reader, and pasted into a shell it is a redirection`,
      hint: `write __${name}__ instead (and describe it under variables: if it is new)`,
    });
  }
  for (const m of code.matchAll(CAPS)) {
    const names = m[3]
      ? [suggestVariable(m[3])]
      : [suggestVariable(m[1]) === 'IMAGE' ? 'IMAGE_NAME' : suggestVariable(m[1]), suggestVariable(m[2])];
    found.push({
      line,
      column: 1,
      severity: 'warning',
      code: 'variable-stand-in',
      message: `command has the capitalised stand-in ${m[0]}: it is not filled in for the reader`,
      hint: `write ${m[3] ? `__${names[0]}__` : `__${names[0]}__:__${names[1]}__`} instead (and describe new names under variables:)`,
    });
  }
  return found;
}

/**
 * Warns on stand-ins authors write for the reader's own values in commands (`<image>`, `<container>`,
 * `IMAGE:TAG`, `YOUR_TOKEN`) and suggests a variable. Checks the lines of shell code blocks (comments
 * left out, so `# see <name>` is fine) and the inline commands of "Where to Check". `text` is the
 * whole file, so lines are file lines.
 */
export function authorStandIns(text: string): FileDiagnostic[] {
  const found: FileDiagnostic[] = [];
  const lines = text.split('\n');
  const inFence = new Map<number, boolean>(); // line → inside a shell block
  for (const fence of findFences(lines)) {
    const shell = shellKind(fence.lang) !== 'none' && fence.lang !== 'text' && fence.lang !== '';
    for (let i = fence.open; i <= (fence.close ?? lines.length - 1); i++)
      inFence.set(i, shell && i !== fence.open && i !== fence.close);
  }
  lines.forEach((raw, i) => {
    const shell = inFence.get(i);
    if (shell !== undefined) {
      if (shell) found.push(...findIn(withoutComment(raw), i + 1));
      return;
    }
    if (/^\*\*Where to Check\*\*/i.test(raw)) {
      for (const m of raw.matchAll(/`([^`\n]+)`/g)) found.push(...findIn(m[1], i + 1));
    }
  });
  return found;
}
