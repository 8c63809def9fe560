'use client';

import { useState } from 'react';
import { specialCharacters } from '@/lib/variables/quote';
import { removedNote, sanitizeValue } from '@/lib/variables/sanitize';
import { ANY_TEXT, type VariableRule } from '@/lib/variables/types';
import styles from './variables.module.css';

/** One variable as the server hands it to the panel: plain, serializable data. */
export interface PanelVariable {
  name: string;
  description?: string;
  example?: string;
  defaultValue?: string;
  pattern?: string;
}

/** Props of {@link VariableField}. */
export interface VariableFieldProps {
  variable: PanelVariable;
  rule: VariableRule;
  value: string;
  /** Prefix that makes the field's ids unique on the page. */
  idPrefix: string;
  onChange: (value: string) => void;
}

/** A labelled text field for one variable, with what is expected, the error and the shell warning. */
export function VariableField({ variable, rule, value, idPrefix, onChange }: VariableFieldProps) {
  const { name, description, example, defaultValue } = variable;
  const id = `${idPrefix}-${name}`;
  const [removed, setRemoved] = useState<string[]>([]);
  const result = rule.validate(value);
  const special = specialCharacters(value);
  const warning = [
    special.length ? `Contains characters the shell reads specially (${special.join(' ')}): quoted when copied.` : '',
    removedNote(removed),
  ].filter(Boolean).join(' ') || null;
  const usesDefault = defaultValue !== undefined && value === '';
  const expected = rule.describe === ANY_TEXT ? '' : `Expected ${rule.describe}.`;
  const hint = [result.ok ? expected : result.message, usesDefault ? `Empty: ${defaultValue} is used.` : ''].filter(Boolean).join(' ');
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
        onChange={(event) => {
          const clean = sanitizeValue(event.currentTarget.value);
          setRemoved(clean.removed);
          onChange(clean.value);
        }}
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
