/** How a code block's language reads a value: a POSIX shell, PowerShell, or no shell (YAML, Dockerfile, JSON …). */
export type ShellKind = 'posix' | 'powershell' | 'none';

const POSIX = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'terminal', 'shellsession', 'ksh']);
const POWERSHELL = new Set(['powershell', 'pwsh', 'ps1', 'ps']);

/** The shell of a code block's language; a block without a language is read as a POSIX shell (commands are). */
export function shellOf(lang: string | null): ShellKind {
  const l = (lang ?? '').toLowerCase();
  if (l === '' || POSIX.has(l)) return 'posix';
  return POWERSHELL.has(l) ? 'powershell' : 'none';
}

/** Characters with meaning to each shell (whitespace included); a value holding one is quoted when copied. */
const SPECIAL: Record<Exclude<ShellKind, 'none'>, RegExp> = {
  posix: /[\s`$(){}[\];&|<>*?~!#'"\\]/,
  powershell: /[\s`$(){}[\];&|<>@#'",\u2018\u2019\u201a\u201b\u201c\u201d\u201e]/,
};

/** The shell-meaningful characters in a value, each once, in order of appearance (for the field's warning). */
export function specialCharacters(value: string, shell: Exclude<ShellKind, 'none'> = 'posix'): string[] {
  const found = new Set<string>();
  for (const c of value) if (SPECIAL[shell].test(c)) found.add(/\s/.test(c) ? 'space' : c);
  return [...found];
}

/** Where a placeholder sits in a shell command: outside quotes, inside '…', or inside "…". */
export type QuoteContext = 'bare' | 'single' | 'double';

/**
 * The quoting context at `offset` in a shell template, scanning from its start: POSIX `'…'` has no escapes,
 * `"…"` honours backslash; PowerShell `'…'` doubles its quote, `"…"` escapes with a backtick; `#` comments
 * are ignored (a value in a comment is still quoted as if bare, which is safe).
 */
export function quoteContext(template: string, offset: number, shell: Exclude<ShellKind, 'none'>): QuoteContext {
  let state: QuoteContext = 'bare';
  const escape = shell === 'posix' ? '\\' : '`';
  for (let i = 0; i < offset; i++) {
    const c = template[i];
    if (state === 'bare') {
      if (c === escape) i++;
      else if (c === "'") state = 'single';
      else if (c === '"') state = 'double';
    } else if (state === 'single') {
      if (c === "'") state = 'bare';
    } else if (c === escape) i++;
    else if (c === '"') state = 'bare';
  }
  return state;
}

/** The result of quoting a value for its place in a command. */
export type Quoted = { ok: true; text: string } | { ok: false; reason: string };

/**
 * A value written so the shell reads it as exactly that text at this place. Values without special characters
 * stay as typed. Bare: wrapped in single quotes (`'my app'`, `'it'\''s'`; PowerShell `'it''s'`). Inside single
 * quotes: the quote itself is closed and reopened around an escaped one. Inside double quotes: `\ " $ \``
 * are escaped (PowerShell: backtick before `` ` $ " ``). POSIX `!` inside double quotes cannot be escaped in an
 * interactive bash (history expansion), so that copy is refused with the reason.
 */
export function quoteValue(value: string, shell: ShellKind, context: QuoteContext): Quoted {
  if (shell === 'none' || (context === 'bare' && !SPECIAL[shell].test(value))) return { ok: true, text: value };
  if (shell === 'posix') {
    if (context === 'single') return { ok: true, text: value.replace(/'/g, `'\\''`) };
    if (context === 'double') {
      if (value.includes('!')) return { ok: false, reason: 'it contains "!", which bash expands inside double quotes' };
      return { ok: true, text: value.replace(/[\\"$`]/g, '\\$&') };
    }
    return { ok: true, text: `'${value.replace(/'/g, `'\\''`)}'` };
  }
  const doubledSingles = value.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&');
  if (context === 'single') return { ok: true, text: doubledSingles };
  if (context === 'double') return { ok: true, text: value.replace(/[`$"\u201c\u201d\u201e]/g, '`$&') };
  return { ok: true, text: `'${doubledSingles}'` };
}
