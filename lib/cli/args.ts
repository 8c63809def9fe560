import { UsageError } from './io';

/** Parsed command-line arguments: positionals and flags (`--flag` true, `--opt value` strings). */
export interface Args {
  positionals: string[];
  flags: Record<string, string | true>;
  /** Values of repeatable flags (`--var A=1 --var B=2`), in order. */
  lists: Record<string, string[]>;
}

/**
 * Parses argv against the allowed flags. `valued` flags take the next argument (or `--flag=value`);
 * any other `--x` is a usage error. A lone `-` is a positional (stdin).
 */
export function parseArgs(argv: string[], allowed: { boolean?: string[]; valued?: string[]; repeated?: string[] }): Args {
  const args: Args = { positionals: [], flags: {}, lists: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      args.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
    if (allowed.repeated?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      (args.lists[name] ??= []).push(value);
    } else if (allowed.valued?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      args.flags[name] = value;
    } else if (allowed.boolean?.includes(name) && inline === undefined) {
      args.flags[name] = true;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return args;
}

/** Reads a string flag, or undefined. */
export function flag(args: Args, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}
