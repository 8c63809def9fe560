/**
 * Code-block languages that name a shell (`bash`, `console`, `powershell` …), as entries and blog posts write their
 * fences. Shared by the importer, which reads a post's blocks (lib/authoring/import/classify.ts), and search, which
 * reads an entry's commands (lib/search/programs.ts): neither depends on the other. Pure.
 */
export const SHELL_LANGS: ReadonlySet<string> = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'terminal',
  'powershell',
  'pwsh',
  'ps1',
  'cmd',
  'bat',
]);

/** True for a shell language, or none (a bare fence holds commands; its `$NAME` may be a placeholder). */
export function isShellLang(lang: string): boolean {
  return SHELL_LANGS.has(lang) || lang === '';
}
