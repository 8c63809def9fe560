import { commandHelp } from './help';
import { type CliCommand, type CliIO, UsageError } from './io';

/** Usage text printed for `kb --help` and for an unknown command; a command's own usage error prints its own help. */
const USAGE = `Usage: kb <command> [options]

Commands:
  validate [--content DIR] [--format text|json|github]
                                                  check every entry; exit 1 on any error
  show ID [--content DIR] [--json] [--var NAME=value]... [--url URL]
                                                  print an entry; --var fills its commands
  search [--content DIR] [--json] [--limit N] [--why] QUERY|-
                                                  find entries by a pasted error ('-' reads stdin)
  verify ID - [--content DIR]                     check verification output on stdin; exit 1 on a failed check
  fix-encoding FILE... [--write]                  repair UTF-8 that was decoded as Windows-1252/1254
  new [--title T] [--category C] [--platform P] [--technologies a,b] [--id ID]
                                                  create an entry from the template (next free id)
  import FILE... [--content DIR]                  turn blog posts or runbooks into draft entries

The content folder is --content DIR, else $KB_CONTENT_DIR, else ./content.
\`kb <command> --help\` shows a command's options and an example.
`;

/** Commands load on demand, so `kb validate` does not pay for the search engine. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  validate: async () => (await import('./validate')).validate,
  show: async () => (await import('./show')).show,
  search: async () => (await import('./search')).search,
  'fix-encoding': async () => (await import('./fix-encoding')).fixEncoding,
  new: async () => (await import('./new')).newEntry,
  import: async () => (await import('./import')).importPosts,
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
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(name) ?? USAGE);
    return 0;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`kb ${name}: ${error.message}\n\n${commandHelp(name) ?? USAGE}`);
    return 2;
  }
}
