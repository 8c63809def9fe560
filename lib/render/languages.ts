/**
 * Info strings authors write for languages that rehype-highlight's common set registers under
 * another name. Languages outside that set (powershell, dockerfile …) are shown as plain text:
 * adding them means depending on highlight.js directly, which package.json does not (yet) do.
 */
export const LANGUAGE_ALIASES: Record<string, string[]> = {
  bash: ['sh', 'zsh', 'console', 'terminal'],
  ini: ['env', 'dotenv', 'conf', 'cfg'],
  yaml: ['yml'],
  plaintext: ['text', 'txt', 'log', 'output'],
};
