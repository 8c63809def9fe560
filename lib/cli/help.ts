/** `kb <command> --help`: each command's options and an example, printed with exit 0. */
const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: kb validate [--content DIR] [--format text|json|github]

Checks every entry and reports every problem in one run (file:line:column, code, message, hint).
Exit 1 on any error, 0 otherwise (warnings alone do not fail).

Options:
  --content DIR        content folder (default: $KB_CONTENT_DIR, else ./content)
  --format FORMAT      text (default), json ([{file, line, column, severity, code, message, hint}])
                       or github (workflow annotations for GitHub Actions)
  --match-tests        search every symptom's error string against the whole KB and warn when another
                       entry ranks first (on by default up to 2,000 entries)
  --no-match-tests     skip them

Example:
  npx kb validate --content kb/ --format github
`,
  show: `Usage: kb show ID [--content DIR] [--json] [--var NAME=value]... [--url URL]

Prints an entry for reading in a terminal: symptoms, where to check, the solution's commands,
verification with expected output, fallbacks. Ids match without regard to case.

Options:
  --content DIR        content folder (default: $KB_CONTENT_DIR, else ./content)
  --json               print the whole entry model as JSON
  --var NAME=value     fill a variable in the commands (repeatable)
  --url URL            site URL for full links (default: $KB_SITE_URL)

Example:
  npx kb show CROSS_DOCKER_001 --var IMAGE_REF=myorg/api:1.4.2
`,
  search: `Usage: kb search [--content DIR] [--json] [--limit N] [--why] QUERY|-

Finds entries by a pasted error or log; '-' reads standard input.

Options:
  --content DIR        content folder (default: $KB_CONTENT_DIR, else ./content)
  --json               machine-readable results
  --limit N            at most N results
  --why                say why each entry that is not a confident match is not one, and which line to quote
                       in the symptoms of the entry that is the fix (for authors)

Example:
  docker logs app 2>&1 | npx kb search -
  docker logs app 2>&1 | npx kb search --why -
`,
  verify: `Usage: kb verify ID - [--content DIR]

Checks the verification output on standard input against the entry's checkable Expected items
(output contains / matches / lacks): PASS or FAIL per item with the line that proved it.
Exit 0 when every item passes (or nothing is checkable), 1 on a failed item or empty output, 2 for an unknown id.

Options:
  --content DIR        content folder (default: $KB_CONTENT_DIR, else ./content)

Example:
  kubectl get pod -l app=api | npx kb verify K8S_CRASHLOOP_001 -
`,
  'fix-encoding': `Usage: kb fix-encoding FILE... [--write]

Repairs UTF-8 that was decoded as Windows-1252/1254 and saved again ('â€”' becomes '—').
Prints a diff; --write rewrites the files.

Options:
  --write              write the repaired files instead of printing a diff

Example:
  npx kb fix-encoding content/CROSS_DOCKER_001.md --write
`,
  new: `Usage: kb new [--title T] [--category C] [--platform P] [--technologies a,b] [--id ID] [--content DIR]

Creates an entry from the template with the next free id. Asks for what is missing when run in a
terminal; otherwise every option except --id is required. Refuses an id that already exists.
Prints the new file's path and what the author must still write.

Options:
  --title T            the entry's title (the problem, as the reader would name it)
  --category C         a lower-case slug: devops, kubernetes, git …
  --platform P         cross-platform, linux, macos, windows …
  --technologies LIST  comma-separated slugs; the first names the id (DOCKER_…_001)
  --id ID              use this kb_id instead of the proposed one
  --content DIR        content folder (default: $KB_CONTENT_DIR, else ./content)

Example:
  npx kb new --title "Port already allocated" --category devops --platform cross-platform --technologies docker
`,
  import: `Usage: kb import FILE... [--content DIR]

Turns blog posts or runbooks in Markdown into draft entries in the content folder: title, TL;DR,
symptoms from error lines, solution patterns from command blocks, context from the prose, and
placeholders (<image>, $IMAGE, {{image}}, YOUR_PROJECT_ID …) as variables. Prints each draft's
path and what the author must still check. Deterministic: no network, no model.

Options:
  --content DIR        content folder to write into (default: $KB_CONTENT_DIR, else ./content)

Example:
  npx kb import notes/docker-arm64-post.md
`,
};

/** The help text for a command, or undefined when it has none. */
export function commandHelp(name: string): string | undefined {
  return Object.hasOwn(COMMAND_HELP, name) ? COMMAND_HELP[name] : undefined;
}
