import { parseArgs } from 'node:util';
import { didYouMean } from '../diagnostics';
import { UsageError } from './io';

/** A command's options, as `node:util` `parseArgs` takes them: `--name` only, no short forms. */
type OptionSpecs = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** The values a spec gives: a string, a list for `multiple`, true for a boolean; absent when not given. */
export type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
};

/** What a command got on its command line. */
interface Args<T extends OptionSpecs> {
  values: OptionValues<T>;
  /** Operands in order; a lone `-` (stdin) is one, and so is everything after `--`. */
  positionals: string[];
}

/**
 * Parses a command's argv with `node:util` `parseArgs`. A string option takes the next argument whatever
 * it looks like (`--title -x`, `--content -`), which strict mode refuses as "ambiguous"; so the tokens are
 * checked here instead, to name the option at fault: an unknown option (with the nearest known one), a
 * string option without a value, a boolean given one. Each is a UsageError, printed with the usage text.
 */
export function parseCommandArgs<T extends OptionSpecs>(argv: string[], options: T): Args<T> {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = token.rawName.startsWith('--') && Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw new UsageError(unknownOption(argv[token.index], Object.keys(options)));
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (spec.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value, got ${argv[token.index]}`);
  }
  return { values: values as OptionValues<T>, positionals };
}

function unknownOption(arg: string, names: string[]): string {
  const hint = didYouMean(
    arg,
    names.map((name) => `--${name}`),
  );
  return `unknown option ${arg}${hint ? ` (did you mean ${hint}?)` : ''}`;
}
