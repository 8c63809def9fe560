import { type CliCommand, type CliIO, UsageError } from './io';

/** Usage text printed for `kb --help` and on any usage error. */
export const USAGE = `Usage: kb <command> [options]

Commands:
  validate [--content DIR] [--format text|json]   check every entry; exit 1 on any error
  show ID [--content DIR] [--json]                print an entry (the entry model with --json)
  search [--content DIR] [--json] [--limit N] QUERY|-
                                                  find entries by a pasted error ('-' reads stdin)
  verify ID - [--content DIR]                     check verification output on stdin; exit 1 on a failed check
  fix-encoding FILE... [--write]                  repair UTF-8 that was decoded as Windows-1252/1254

The content folder is --content DIR, else $KB_CONTENT_DIR, else ./content.
`;

/** Commands load on demand, so `kb validate` does not pay for the search engine. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  validate: async () => (await import('./validate')).validate,
  show: async () => (await import('./show')).show,
  search: async () => (await import('./search')).search,
  'fix-encoding': async () => (await import('./fix-encoding')).fixEncoding,
  verify: async () => (await import('./verify')).verify,
};

/** Runs the CLI; returns the exit code (2 for usage errors). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`${name ? `kb: unknown command "${name}"\n\n` : ''}${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kb ${name}: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
