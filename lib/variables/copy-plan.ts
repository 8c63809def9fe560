import { copyAnnouncement } from './messages';
import { isLanguageMacro, placeholderRegex } from './placeholders';
import { placeholderContexts, quoteValue, shellKind } from './quote';
import { sanitizeValue } from './sanitize';
import { unfilledVariables, type VariableValues } from './substitute';

/** What a copy control needs to know besides the template. */
interface CopyInput {
  /** The values to fill in (typed, else defaults). */
  values: VariableValues;
  /** The block's language (`bash`, `powershell`, `yaml` …); null or undefined means a shell command. */
  lang?: string | null;
  /** Variables whose current value fails its format check, with the check's message. */
  problems?: Readonly<Record<string, string>>;
}

/** The outcome: the text to copy and what to say at the button, or why nothing is copied. */
export type CopyPlan =
  | { ok: true; text: string; unfilled: string[]; quoted: string[] }
  | { ok: false; reason: string; unsafe?: AsTypedUnsafe };

/** A value that would go in as typed (no quoting applies where it stands) and holds a character that could be code. */
export interface AsTypedUnsafe {
  name: string;
  char: string;
  /** Where it would go: `a sql block`, `a quoted here-document`. */
  where: string;
}

/**
 * Decides what a copy puts on the clipboard. A filled variable whose value fails its format check
 * stops the copy with the reason, and so does one that goes in as typed (a non-shell block, a quoted
 * here-document) holding a character that block could read as code ({@link AS_TYPED_SAFE}); every
 * value is cleaned of control characters again and quoted for the block's shell in the place it
 * stands, so the shell reads it as one piece of text. Unfilled placeholders stay as `__NAME__` and
 * are listed in `unfilled`.
 */
export function planCopy(template: string, input: CopyInput): CopyPlan {
  const { values, problems = {} } = input;
  const shell = shellKind(input.lang);
  const filled = (name: string) => Object.hasOwn(values, name) && values[name] !== '';
  const failing = [...new Set([...template.matchAll(placeholderRegex())].map((m) => m[1]))].filter(
    (name) => !isLanguageMacro(name) && filled(name) && Object.hasOwn(problems, name),
  );
  if (failing.length > 0) {
    const names = failing.join(', ');
    return {
      ok: false,
      reason: `Not copied: ${names} ${failing.length === 1 ? 'is' : 'are'} not in the expected format. Fix ${failing.length === 1 ? 'it' : 'them'} under Your values.`,
    };
  }
  const contexts = placeholderContexts(template, shell);
  const unsafe = asTypedUnsafe(template, contexts, shell === 'none' ? `a ${input.lang} block` : null, filled, values);
  if (unsafe !== null) {
    return {
      ok: false,
      reason: `Not copied: ${unsafe.name} holds ${characterName(unsafe.char)}, which ${unsafe.where} could read as code (values go into it as typed). Change it under Your values, or clear it to copy __${unsafe.name}__ as written.`,
      unsafe,
    };
  }
  const quoted = new Set<string>();
  let index = 0;
  const text = template.replace(placeholderRegex(), (raw: string, name: string) => {
    if (isLanguageMacro(name)) return raw;
    const context = contexts[index++] ?? 'plain';
    if (!filled(name)) return raw;
    const clean = sanitizeValue(values[name]).value;
    const written = quoteValue(clean, context, shell);
    if (written !== clean) quoted.add(name);
    return written;
  });
  return { ok: true, text, unfilled: unfilledVariables(template, values), quoted: [...quoted] };
}

/**
 * What a value may hold where no quoting applies (a YAML, JSON, SQL or Dockerfile block, a quoted here-document's body):
 * letters, digits, spaces and `_ @ % + = : , . / ~ ? -`, enough for images, hosts, ports, paths, names, versions and
 * most URLs. Anything else (`;`, `&`, `|`, quotes, `#`, `$`, brackets, a backslash) the block's language could read as
 * code: a linked `DB_USER=x; DROP ROLE admin; --` in `CREATE ROLE __DB_USER__ LOGIN;` would be a second statement, and
 * `x && curl … | sh` in a Dockerfile's `RUN useradd __DB_USER__` a second command.
 */
const AS_TYPED_SAFE = /^[\p{L}\p{N} _@%+=:,./~?-]*$/u;

/** Names of the characters a reader may not recognise bare in a sentence. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '"': 'a double quote',
  "'": 'a single quote',
  '`': 'a backtick',
  ';': 'a semicolon',
  '&': 'an ampersand',
  '|': 'a pipe',
  $: 'a dollar sign',
  '#': 'a hash',
  '\\': 'a backslash',
};

/** A character as a sentence names it: `a semicolon (;)`, else the character in quotes. */
export function characterName(char: string): string {
  const name = CHARACTER_NAMES[char];
  return name ? `${name} (${char})` : `“${char}”`;
}

/**
 * The first filled value that goes in as typed and holds a character outside {@link AS_TYPED_SAFE}, or null.
 * `block`: the whole block goes in as typed (`a sql block`), or null for a shell block, where only a quoted
 * here-document's body does.
 */
function asTypedUnsafe(
  template: string,
  contexts: readonly string[],
  block: string | null,
  filled: (name: string) => boolean,
  values: VariableValues,
): AsTypedUnsafe | null {
  let index = 0;
  for (const [, name] of template.matchAll(placeholderRegex())) {
    if (isLanguageMacro(name)) continue;
    const context = contexts[index++] ?? 'plain';
    if (!filled(name) || (block === null && context !== 'heredoc-literal')) continue;
    const clean = sanitizeValue(values[name]).value;
    if (AS_TYPED_SAFE.test(clean)) continue;
    const char = [...clean].find((c) => !AS_TYPED_SAFE.test(c)) ?? '';
    return { name, char, where: block ?? 'a quoted here-document' };
  }
  return null;
}

/** The short visible status at a copy button for a plan, e.g. `✓ Copied` or `Copied, but TAG is not filled in`. */
export function copyStatus(plan: CopyPlan, what = 'Copied'): string {
  if (!plan.ok) return plan.reason;
  const parts = [`✓ ${what}`];
  if (plan.quoted.length > 0) parts.push(`${plan.quoted.join(', ')} put in quotes`);
  if (plan.unfilled.length > 0) {
    return `⚠ ${what}, but not filled in: ${plan.unfilled.join(', ')} (still __${plan.unfilled[0]}__${plan.unfilled.length > 1 ? ' …' : ''}).`;
  }
  return parts.join('; ');
}

/** What a screen reader hears after a copy: {@link copyAnnouncement}, the quoted values, or why nothing was copied. */
export function copySpoken(plan: CopyPlan, what = 'Copied'): string {
  if (!plan.ok) return plan.reason;
  const quoted = plan.quoted.length > 0 ? ` ${plan.quoted.join(', ')} put in quotes for the shell.` : '';
  return copyAnnouncement(plan.unfilled, what) + quoted;
}
