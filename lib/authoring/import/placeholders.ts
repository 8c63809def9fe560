/** A placeholder the importer turned into a variable. */
export interface FoundPlaceholder {
  name: string;
  /** The text as the post wrote it: `<image>`, `$IMAGE`, `your-username/your-image:tag` … */
  original: string;
}

/** Names the KB already uses for common placeholders, so an imported entry shares their meaning. */
const SYNONYMS: Record<string, string> = {
  IMAGE: 'IMAGE_REF',
  IMAGE_NAME: 'IMAGE_REF',
  IMAGENAME: 'IMAGE_REF',
  IMAGE_TAG: 'IMAGE_REF',
  CONTAINER_NAME: 'CONTAINER',
  CONTAINER_ID: 'CONTAINER',
  POD: 'POD_NAME',
  NAMESPACE_NAME: 'NAMESPACE',
};

/** Environment variables a shell block reads on purpose: never placeholders. */
const SHELL_ENV = new Set([
  'HOME',
  'PATH',
  'USER',
  'PWD',
  'OLDPWD',
  'SHELL',
  'HOSTNAME',
  'UID',
  'GID',
  'LANG',
  'TERM',
  'TMPDIR',
  'EDITOR',
  'IFS',
  'PS1',
  'RANDOM',
  'SECONDS',
  'LINENO',
  'BASH',
  'CI',
  'DISPLAY',
  'XDG_RUNTIME_DIR',
  'KUBECONFIG',
  'DOCKER_HOST',
]);

const IMAGE_LIKE = /^[\w.-]+(\/[\w.-]+)*(:[\w.-]+)?$/;

/** A variable name from placeholder words: `your-project-id` → PROJECT_ID, `image` → IMAGE_REF. */
function variableName(words: string): string {
  const name = words
    .replace(/^(your|my)[-_ ]?/i, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  const safe = /^[A-Z]/.test(name) ? name : `VALUE_${name}`;
  return SYNONYMS[safe] ?? safe;
}

/**
 * Rewrites the placeholders authors write in commands into `__NAME__` variables:
 * `<image>`, `{{image}}`, `YOUR_PROJECT_ID`, `your-username/your-image:tag` and, in shell blocks,
 * `$IMAGE` / `${IMAGE}` that the block never assigns. Go templates (`{{.Architecture}}`), here-docs
 * and the shell's own variables stay as they are.
 */
export function rewritePlaceholders(code: string, shell: boolean): { code: string; found: FoundPlaceholder[] } {
  const found: FoundPlaceholder[] = [];
  const use = (original: string, name: string) => {
    found.push({ name, original });
    return `__${name}__`;
  };
  let out = code.replace(/(?<![<\w])<([a-zA-Z][\w-]*)>(?!>)/g, (m, w: string) => use(m, variableName(w)));
  out = out.replace(/\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g, (m, w: string) => use(m, variableName(w)));
  out = out.replace(/\bYOUR[_-]([A-Z0-9][A-Z0-9_-]*)\b/g, (m, w: string) => use(m, variableName(w)));
  out = out.replace(/(?<=^|[\s='"])[\w.:/@-]*\b(your|my)[-_][\w.:/@-]*/gi, (m) =>
    use(
      m,
      IMAGE_LIKE.test(m) && /[/:]/.test(m)
        ? 'IMAGE_REF'
        : variableName(m.split(/[/:@.]/).find((p) => /^(your|my)[-_]/i.test(p)) ?? m),
    ),
  );
  if (shell) {
    const assigned = new Set(
      [...out.matchAll(/(?:^|[\s;])(?:export\s+|local\s+|readonly\s+)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]),
    );
    out = out.replace(/\$\{?([A-Z][A-Z0-9_]*)\}?/g, (m, name: string) =>
      SHELL_ENV.has(name) || assigned.has(name) || m.startsWith('${') !== m.endsWith('}')
        ? m
        : use(m, variableName(name)),
    );
  }
  return { code: out, found };
}
