'use client';

import { partsOf } from '@/lib/variables/compose';
import { removedNote } from '@/lib/variables/sanitize';
import { shellWarning } from '@/lib/variables/shell';
import { ANY_TEXT, type VariableRule } from '@/lib/variables/value-rules';
import styles from './variables.module.css';

/** One variable as the server hands it to the panel: plain, serializable data. */
export interface PanelVariable {
  name: string;
  description?: string;
  example?: string;
  defaultValue?: string;
  pattern?: string;
  /** The template a composed value is built from when left empty (`__REGISTRY__/__IMAGE_REPO__:__TAG__`). */
  compose?: string;
}

/** Props of {@link VariableField}. */
interface VariableFieldProps {
  variable: PanelVariable;
  rule: VariableRule;
  value: string;
  /** Prefix that makes the field's ids unique on the page. */
  idPrefix: string;
  /** Characters just removed from what the reader typed or pasted, by name; shown as a note. */
  removed?: readonly string[];
  onChange: (value: string) => void;
}

/** A labelled text field for one variable, with what is expected, the error and the shell warning. */
export function VariableField({ variable, rule, value, idPrefix, removed = [], onChange }: VariableFieldProps) {
  const { name, description, example, defaultValue } = variable;
  const id = `${idPrefix}-${name}`;
  const result = rule.validate(value);
  const warning = [removedNote(removed), shellWarning(value)].filter(Boolean).join(' ') || null;
  const usesDefault = defaultValue !== undefined && value === '';
  const expected = rule.describe === ANY_TEXT ? '' : `Expected ${rule.describe}.`;
  const builtFrom =
    variable.compose === undefined
      ? ''
      : `Or leave it empty and fill in ${listNames(partsOf(variable.compose))}: it is built from them.`;
  const hint = [result.ok ? expected : result.message, builtFrom, usesDefault ? `Empty: ${defaultValue} is used.` : '']
    .filter(Boolean)
    .join(' ');
  const describedBy = [hint && `${id}-hint`, warning && `${id}-warning`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <span className={styles.name}>{name}</span>
        {description && <span className={styles.description}> — {description}</span>}
        {example && <span className={styles.description}> (e.g. {example})</span>}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        className={styles.input}
        value={value}
        placeholder={defaultValue ?? rule.example}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-invalid={result.ok ? undefined : true}
        aria-describedby={describedBy}
        inputMode={/(^|_)PORT$/.test(name) ? 'numeric' : undefined}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      {hint && (
        <p id={`${id}-hint`} className={result.ok ? styles.hint : styles.error}>
          {hint}
        </p>
      )}
      {warning !== null && (
        <p id={`${id}-warning`} className={styles.warning}>
          {warning}
        </p>
      )}
    </div>
  );
}

/** `A`, `A and B`, `A, B and C`. */
function listNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
