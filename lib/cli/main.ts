import { fixEncoding } from './fix-encoding';
import { type CliCommand, type CliIO, UsageError } from './io';
import { search } from './search';
import { show } from './show';
import { validate } from './validate';

/** Usage text printed for `kb --help` and on any usage error. */
export const USAGE = `Usage: kb <command> [options]

Commands:
  validate [--content DIR] [--format text|json]   check every entry; exit 1 on any error
  show ID [--content DIR] [--json]                print an entry (the entry model with --json)
  search [--content DIR] [--json] [--limit N] QUERY|-
                                                  find entries by a pasted error ('-' reads stdin)
  fix-encoding FILE... [--write]                  repair UTF-8 that was decoded as Windows-1252/1254

The content folder is --content DIR, else $KB_CONTENT_DIR, else ./content.
`;

const COMMANDS: Record<string, CliCommand> = { validate, show, search, 'fix-encoding': fixEncoding };

/** Runs the CLI; returns the exit code (2 for usage errors). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`${name ? `kb: unknown command "${name}"\n\n` : ''}${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kb ${name}: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
