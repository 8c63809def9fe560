'use client';

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { composedValues } from '@/lib/variables/compose';
import { withDefaults } from '@/lib/variables/substitute';
import { buildShareLink } from '@/lib/variables/url';
import { variableRule } from '@/lib/variables/value-rules';
import { announce, ensureAnnouncer } from './announcer';
import { showValues } from './show-values';
import {
  clearValues,
  getLinkProposal,
  getServerLinkProposal,
  getServerValues,
  getValues,
  setDefaults,
  setProblems,
  setValue,
  subscribe,
} from './store';
import { writeClipboard } from './clipboard';
import { VariableField, type PanelVariable } from './variable-field';
import styles from './variables.module.css';
import './kb-var.css';

export type { PanelVariable } from './variable-field';

/** Props of {@link VariablePanel}: the entry's variables in order of first use, computed on the server. */
interface VariablePanelProps {
  variables: PanelVariable[];
  /**
   * `inline` (default) sits in the flow before the first command; `aside` is compact and sticky,
   * for a side column on wide screens, where it stays in reach without covering the commands.
   */
  variant?: 'inline' | 'aside';
}

const noSubscription = () => () => {};

/**
 * The entry's variable fields. Values are shared by every entry (localStorage), every
 * `[data-var]` element on the page shows them live, and copy buttons copy them.
 */
export function VariablePanel({ variables, variant = 'inline' }: VariablePanelProps) {
  const idPrefix = useId();
  const values = useSyncExternalStore(subscribe, getValues, getServerValues);
  const rules = useMemo(
    () =>
      variables.map((v) =>
        variableRule(v.name, {
          description: v.description,
          example: v.example,
          default: v.defaultValue,
          pattern: v.pattern,
        }),
      ),
    [variables],
  );
  const declaredDefaults = useMemo(
    () => Object.fromEntries(variables.flatMap((v) => (v.defaultValue ? [[v.name, v.defaultValue]] : []))),
    [variables],
  );
  const compositions = useMemo(
    () => Object.fromEntries(variables.flatMap((v) => (v.compose ? [[v.name, v.compose]] : []))),
    [variables],
  );
  // A composed value the reader left empty is built from its parts, and used like a default.
  const built = useMemo(
    () => composedValues(withDefaults(values, declaredDefaults), compositions),
    [values, declaredDefaults, compositions],
  );
  const defaults = useMemo(() => ({ ...declaredDefaults, ...built }), [declaredDefaults, built]);

  useEffect(() => {
    ensureAnnouncer();
    setDefaults(defaults);
    return () => setDefaults({});
  }, [defaults]);
  const proposal = useSyncExternalStore(subscribe, getLinkProposal, getServerLinkProposal);
  useEffect(() => showValues(document, values, defaults, proposal?.values), [values, defaults, proposal]);
  const [removed, setRemoved] = useState<Record<string, string[]>>({});
  useEffect(() => {
    const problems: Record<string, string> = {};
    variables.forEach((v, i) => {
      const result = rules[i].validate(values[v.name] || built[v.name] || '');
      if (!result.ok) problems[v.name] = result.message ?? 'Not the expected format.';
    });
    setProblems(problems);
    return () => setProblems({});
  }, [variables, rules, values, built]);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // The aside copy is rendered in the browser only: without JavaScript its fields would do nothing,
  // and server-rendering it would put a second panel's markup into every page's HTML and payload.
  if (variables.length === 0 || (variant === 'aside' && !hydrated)) return null;
  const names = variables.map((v) => v.name);

  async function copyLink() {
    const link = buildShareLink(window.location.href, values, names);
    try {
      await writeClipboard(link);
      announce(names.some((n) => values[n]) ? 'Link with your values copied.' : 'Link copied; it holds no values yet.');
    } catch {
      announce('Copy failed: copy the link from the address bar.');
    }
  }

  function clear() {
    clearValues();
    announce('Values cleared.');
  }

  return (
    <section
      className={`${styles.panel} ${styles[variant]}`}
      aria-labelledby={`${idPrefix}-title`}
      data-kb-variable-panel=""
    >
      <h2 id={`${idPrefix}-title`} className={styles.title}>
        Your values
      </h2>
      <p className={styles.intro}>Typed once, filled into every command here and on other entries.</p>
      {variables.map((variable, i) => (
        <VariableField
          key={variable.name}
          variable={built[variable.name] ? { ...variable, defaultValue: built[variable.name] } : variable}
          rule={rules[i]}
          value={values[variable.name] ?? ''}
          idPrefix={idPrefix}
          removed={removed[variable.name]}
          onChange={(value) => setRemoved((r) => ({ ...r, [variable.name]: setValue(variable.name, value) }))}
        />
      ))}
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={copyLink}>
          Copy link with my values
        </button>
        <button type="button" className={styles.button} onClick={clear}>
          Clear values
        </button>
      </div>
    </section>
  );
}
