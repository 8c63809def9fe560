import { placeholderRegex, isLanguageMacro } from './placeholders';

/** How a block's values are quoted at copy time: a POSIX shell, PowerShell, or not a shell (YAML, JSON …). */
export type ShellKind = 'posix' | 'powershell' | 'none';

/** Where a placeholder sits in its command: outside quotes, inside '…' or "…", or in a here-document body. */
type QuoteContext = 'plain' | 'single' | 'double' | 'heredoc' | 'heredoc-literal';

const POSIX_LANGS = new Set([
  '',
  'sh',
  'bash',
  'zsh',
  'ksh',
  'dash',
  'shell',
  'console',
  'shellsession',
  'text',
  'plaintext',
  'txt',
]);
const POWERSHELL_LANGS = new Set(['powershell', 'pwsh', 'ps1', 'ps', 'posh']);

/** The shell a block's language names; a block without a language is read as a POSIX shell command. */
export function shellKind(lang: string | null | undefined): ShellKind {
  const l = (lang ?? '').toLowerCase();
  if (POSIX_LANGS.has(l)) return 'posix';
  if (POWERSHELL_LANGS.has(l)) return 'powershell';
  return 'none';
}

/** Values that need no quoting outside quotes: letters, digits and `_ @ % + = : , . / -`. */
const POSIX_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
const POWERSHELL_SAFE = /^[A-Za-z0-9_.:/\\=+-]+$/;

/** The quoting context of each placeholder (language macros skipped) in `template`, in order. */
export function placeholderContexts(template: string, shell: ShellKind): QuoteContext[] {
  const contexts: QuoteContext[] = [];
  const starts = new Map<number, number>();
  for (const match of template.matchAll(placeholderRegex())) {
    if (!isLanguageMacro(match[1])) starts.set(match.index, match[0].length);
  }
  let state: 'plain' | 'single' | 'double' = 'plain';
  const pendingHeredocs: { delimiter: string; literal: boolean }[] = [];
  let heredoc: { delimiter: string; literal: boolean } | null = null;
  for (let i = 0; i < template.length; i++) {
    const length = starts.get(i);
    if (length !== undefined) {
      contexts.push(heredoc ? (heredoc.literal ? 'heredoc-literal' : 'heredoc') : state);
      i += length - 1;
      continue;
    }
    const c = template[i];
    if (heredoc) {
      if (c === '\n') {
        const end = template.indexOf('\n', i + 1);
        const line = template.slice(i + 1, end < 0 ? template.length : end);
        if (line.replace(/^\t+/, '') === heredoc.delimiter) {
          heredoc = pendingHeredocs.shift() ?? null;
          i += line.length;
        }
      }
      continue;
    }
    if (shell === 'posix') {
      if (state === 'plain') {
        if (c === '\\') i++;
        else if (c === "'") state = 'single';
        else if (c === '"') state = 'double';
        else if (c === '<' && template.startsWith('<<', i) && template[i + 2] !== '<') {
          const m = /^<<-?[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(template.slice(i));
          if (m) {
            pendingHeredocs.push({ delimiter: m[2], literal: m[1] !== '' });
            i += m[0].length - 1;
          }
        } else if (c === '\n' && pendingHeredocs.length > 0) heredoc = pendingHeredocs.shift() ?? null;
      } else if (state === 'single') {
        if (c === "'") state = 'plain';
      } else if (c === '\\') i++;
      else if (c === '"') state = 'plain';
    } else if (shell === 'powershell') {
      if (state === 'plain') {
        if (c === '`') i++;
        else if (c === "'") state = 'single';
        else if (c === '"') state = 'double';
      } else if (state === 'single') {
        if (c === "'") state = template[i + 1] === "'" ? (i++, 'single') : 'plain';
      } else if (c === '`') i++;
      else if (c === '"') state = 'plain';
    }
  }
  return contexts;
}

/**
 * `value` written so that the shell reads it as literal text in `context`: POSIX values go in
 * single quotes (an embedded `'` becomes `'\''`; inside "…" the quotes are closed and reopened
 * around it), PowerShell values in single quotes (`'` doubled) or with backtick escapes inside "…".
 * Values that need no quoting, and values in non-shell blocks, are returned unchanged.
 */
export function quoteValue(value: string, context: QuoteContext, shell: ShellKind): string {
  if (shell === 'none' || context === 'heredoc-literal') return value;
  if (shell === 'posix') {
    const single = value.replace(/'/g, "'\\''");
    if (context === 'plain') return POSIX_SAFE.test(value) ? value : `'${single}'`;
    if (context === 'single') return single;
    if (context === 'double') return /[$`\\"!]/.test(value) ? `"'${single}'"` : value;
    return value.replace(/[\\$`]/g, '\\$&');
  }
  if (context === 'plain') return POWERSHELL_SAFE.test(value) ? value : `'${value.replace(/['‘’‚‛]/g, '$&$&')}'`;
  if (context === 'single') return value.replace(/['‘’‚‛]/g, '$&$&');
  return value.replace(/[`$"“”„]/g, '`$&');
}
