import dockerfile from 'highlight.js/lib/languages/dockerfile';
import powershell from 'highlight.js/lib/languages/powershell';
import { common } from 'lowlight';

/**
 * The grammars code blocks are highlighted with: rehype-highlight's default (lowlight's `common`,
 * 37 languages) plus PowerShell and Dockerfile, from highlight.js. Any other language is shown as plain text.
 */
export const LANGUAGES = { ...common, powershell, dockerfile };

/** Info strings authors write for languages that the grammars register under another name. */
export const LANGUAGE_ALIASES: Record<string, string[]> = {
  bash: ['sh', 'zsh', 'console', 'terminal'],
  ini: ['env', 'dotenv', 'conf', 'cfg'],
  yaml: ['yml'],
  plaintext: ['text', 'txt', 'log', 'output'],
  powershell: ['ps1', 'pwsh', 'ps'],
  dockerfile: ['docker'],
};

/**
 * highlight.js token classes that the code theme in app/styles/highlight.css colours. Spans of other
 * token classes are unwrapped (rehype-prune-highlight); keep this list and the stylesheet in step.
 * PowerShell and Dockerfile produce only these (plus unstyled ones), so they need no new colours.
 */
export const STYLED_TOKENS: ReadonlySet<string> = new Set(
  [
    'keyword',
    'selector-tag',
    'doctag',
    'template-tag',
    'type',
    'variable',
    'string',
    'regexp',
    'template-variable',
    'comment',
    'quote',
    'meta',
    'code',
    'number',
    'literal',
    'attr',
    'attribute',
    'symbol',
    'selector-id',
    'selector-class',
    'selector-attr',
    'property',
    'title',
    'section',
    'name',
    'built_in',
    'params',
    'link',
    'subst',
    'bullet',
    'addition',
    'deletion',
    'strong',
    'emphasis',
  ].map((token) => `hljs-${token}`),
);
