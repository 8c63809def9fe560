import { isLanguageMacro, placeholderRegex } from './placeholders';
import { type QuoteContext, quoteContext, quoteValue, shellOf } from './quote';
import { sanitizeValue } from './sanitize';
import type { VariableValues } from './substitute';
import type { VariableRule } from './types';

/** What a copy control decided: the exact text to copy, or why nothing was copied. */
export type CopyPlan =
  | { ok: true; text: string; unfilled: string[]; quoted: string[] }
  | { ok: false; reason: string };

/** What to copy: a command template, its code block's language, the values, and each variable's rule. */
export interface CopyInput {
  template: string;
  lang: string | null;
  values: VariableValues;
  rules?: Readonly<Record<string, VariableRule>>;
}

/**
 * Decides what a copy button puts on the clipboard. Each filled placeholder's value must be free of hidden
 * characters and pass its variable's check, then is quoted for the block's shell at its place in the command
 * (`quoteValue`); otherwise nothing is copied and the reason says which value and why. Unfilled placeholders
 * stay as written and are listed, for a visible warning at the button. Pure.
 */
export function prepareCopy({ template, lang, values, rules = {} }: CopyInput): CopyPlan {
  const shell = shellOf(lang);
  const unfilled = new Set<string>();
  const quoted = new Set<string>();
  let out = '';
  let last = 0;
  for (const match of template.matchAll(placeholderRegex())) {
    const name = match[1];
    const value = Object.hasOwn(values, name) ? values[name] : '';
    out += template.slice(last, match.index);
    last = match.index + match[0].length;
    if (isLanguageMacro(name) || value === '') {
      if (!isLanguageMacro(name)) unfilled.add(name);
      out += match[0];
      continue;
    }
    if (sanitizeValue(value).removed.length > 0) return { ok: false, reason: `${name} holds hidden characters (line breaks, control or zero-width characters)` };
    const checked = Object.hasOwn(rules, name) ? rules[name].validate(value) : { ok: true };
    if (!checked.ok) return { ok: false, reason: `${name} is not valid: ${checked.message ?? 'not the expected format'}` };
    const context: QuoteContext = shell === 'none' ? 'bare' : quoteContext(template, match.index, shell);
    const q = quoteValue(value, shell, context);
    if (!q.ok) return { ok: false, reason: `${name} cannot be quoted here: ${q.reason}` };
    if (q.text !== value) quoted.add(name);
    out += q.text;
  }
  out += template.slice(last);
  return { ok: true, text: out, unfilled: [...unfilled], quoted: [...quoted] };
}

/** The short text a copy button shows after a copy, visible beside it (not only to screen readers). */
export function copyStatus(plan: CopyPlan): { kind: 'copied' | 'warning' | 'refused'; text: string } {
  if (!plan.ok) return { kind: 'refused', text: `Not copied: ${plan.reason}.` };
  if (plan.unfilled.length > 0) {
    return { kind: 'warning', text: `Copied, but not filled in: ${plan.unfilled.join(', ')}. The command still says __${plan.unfilled[0]}__.` };
  }
  return { kind: 'copied', text: plan.quoted.length ? `Copied (quoted for the shell: ${plan.quoted.join(', ')}).` : 'Copied.' };
}
