import type { VariableDeclaration } from '../content/schema';
import { findVariables } from './placeholders';
import { substitute, type VariableValues } from './substitute';

/** Composed variables by name: the `compose` template each is built from (`__REGISTRY__/__IMAGE_REPO__:__TAG__`). */
type Compositions = Readonly<Record<string, string>>;

/** The `compose` templates among declarations. */
export function compositionsOf(declarations: Readonly<Record<string, VariableDeclaration>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(declarations).flatMap(([name, d]) => (d.compose === undefined ? [] : [[name, d.compose]])),
  );
}

/** The variables a composed value is built from, in order. */
export function partsOf(template: string): string[] {
  return findVariables(template);
}

/**
 * Values of composed variables the reader left empty, built from their parts: `IMAGE_REF` from
 * `__REGISTRY__/__IMAGE_REPO__:__TAG__` once REGISTRY, IMAGE_REPO and TAG all have values. A value the
 * reader typed always wins, and a composition with any part empty gives nothing (a half-built
 * reference would copy a wrong command). Parts may themselves be composed; cycles never resolve.
 */
export function composedValues(values: VariableValues, compositions: Compositions): Record<string, string> {
  const built: Record<string, string> = {};
  const known = (name: string) => (Object.hasOwn(values, name) && values[name] !== '' ? values[name] : built[name]);
  // Each round can complete one more level of nesting; more rounds than compositions means a cycle.
  for (let round = 0; round < Object.keys(compositions).length; round++) {
    let changed = false;
    for (const [name, template] of Object.entries(compositions)) {
      if (known(name) !== undefined) continue;
      const parts = partsOf(template);
      if (parts.length === 0 || parts.some((p) => known(p) === undefined)) continue;
      built[name] = substitute(template, Object.fromEntries(parts.map((p) => [p, known(p)!])));
      changed = true;
    }
    if (!changed) break;
  }
  return built;
}

/** The first cycle among compositions (`A` built from `B`, `B` from `A`), as the names around it, or null. */
export function compositionCycle(compositions: Compositions): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string, path: string[]): string[] | null => {
    if (state.get(name) === 'done' || !Object.hasOwn(compositions, name)) return null;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    for (const part of partsOf(compositions[name])) {
      const cycle = visit(part, [...path, name]);
      if (cycle) return cycle;
    }
    state.set(name, 'done');
    return null;
  };
  for (const name of Object.keys(compositions)) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}

/** `names` followed by the parts of every composed name among them, recursively, without duplicates. */
export function namesWithParts(
  names: readonly string[],
  declarations: Readonly<Record<string, VariableDeclaration>>,
): string[] {
  const found = new Set<string>();
  const add = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    const template = declarations[name]?.compose;
    if (template !== undefined) partsOf(template).forEach(add);
  };
  names.forEach(add);
  return [...found];
}
