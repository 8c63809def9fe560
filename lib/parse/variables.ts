import type { CodeBlock, EntryModel } from '../content/model';

/** Every variable the entry's commands use, in order of first use. */
export function modelVariables(model: Omit<EntryModel, 'id' | 'file' | 'meta' | 'variables'>): string[] {
  const blocks: CodeBlock[] = [
    ...model.patterns.flatMap((p) => p.blocks),
    ...(model.verification?.blocks ?? []),
    ...model.fallbacks.flatMap((f) => f.blocks),
  ];
  const names = new Set<string>();
  for (const command of model.whereToCheck) command.variables.forEach((n) => names.add(n));
  for (const block of blocks) block.variables.forEach((n) => names.add(n));
  return [...names];
}
