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

/**
 * highlight.js token classes that the code theme in app/globals.css colours. Spans of other
 * token classes are unwrapped (rehype-prune-highlight); keep this list and the stylesheet in step.
 */
export const STYLED_TOKENS: ReadonlySet<string> = new Set(
  [
    'keyword', 'selector-tag', 'doctag', 'template-tag', 'type', 'variable',
    'string', 'regexp', 'template-variable',
    'comment', 'quote', 'meta', 'code',
    'number', 'literal', 'attr', 'attribute', 'symbol', 'selector-id', 'selector-class', 'selector-attr', 'property',
    'title', 'section', 'name',
    'built_in', 'params', 'link', 'subst', 'bullet',
    'addition', 'deletion', 'strong', 'emphasis',
  ].map((token) => `hljs-${token}`),
);
