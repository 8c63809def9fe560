import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { idPrefix, nextFreeId } from '../authoring/next-id';
import { STILL_TO_WRITE, renderEntryTemplate } from '../authoring/template';
import { formatDiagnostic } from '../diagnostics';
import { parseEntryFile } from '../content/entry';
import { loadSources } from '../content/load';
import { KB_ID_PATTERN, SLUG_PATTERN } from '../name-patterns';
import { type OptionValues, parseCommandArgs } from './args';
import { resolveContent } from './content';
import { type CliCommand, UsageError } from './io';
import { type Ask, terminalAsk } from './prompt';

const FIELDS = ['title', 'category', 'platform', 'technologies'] as const;
const OPTIONS = {
  title: { type: 'string' },
  category: { type: 'string' },
  platform: { type: 'string' },
  technologies: { type: 'string' },
  id: { type: 'string' },
  content: { type: 'string' },
} as const;
const QUESTIONS: Record<(typeof FIELDS)[number], string> = {
  title: 'Title (the problem as the reader names it): ',
  category: 'Category (devops, kubernetes, git …): ',
  platform: 'Platform (cross-platform, linux, macos, windows …): ',
  technologies: 'Technologies (comma-separated, e.g. docker,buildx): ',
};

/** `kb new`: writes a new entry from the template with the next free id, and lists what is left to write. */
export const newEntry: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
  const answers = await collect(args.values, io.ask ?? terminalAsk());
  const technologies = answers.technologies
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  for (const [name, value] of [
    ['category', answers.category],
    ['platform', answers.platform],
    ...technologies.map((t) => ['technologies', t]),
  ]) {
    if (!SLUG_PATTERN.test(value))
      throw new UsageError(`--${name} "${value}" must be a lower-case slug such as devops or cross-platform`);
  }
  if (technologies.length === 0) throw new UsageError('--technologies needs at least one slug');
  const dir = resolveContent(args.values, io);
  const existing = (await loadSources(dir).catch(() => [])).map((s) => path.basename(s.file, '.md'));
  const id = args.values.id ?? nextFreeId(idPrefix(technologies[0], answers.title), existing);
  if (!KB_ID_PATTERN.test(id)) throw new UsageError(`--id "${id}" must look like DOCKER_EXEC_FORMAT_001`);
  const file = path.join(dir, `${id}.md`);
  if (existing.includes(id) || existsSync(file)) {
    io.stderr(
      `kb new: ${id} already exists (${path.relative(io.cwd, file)}); pick another --id or leave it out for the next free one\n`,
    );
    return 1;
  }
  const schema = path
    .relative(dir, path.join(io.cwd, 'schema', 'frontmatter.schema.json'))
    .split(path.sep)
    .join('/');
  const text = renderEntryTemplate(
    {
      id,
      title: answers.title,
      category: answers.category,
      platform: answers.platform,
      technologies,
      created: today(),
    },
    schema,
  );
  await mkdir(dir, { recursive: true });
  await writeFile(file, text, { flag: 'wx' });
  const shown = path.relative(io.cwd, file);
  const { diagnostics } = parseEntryFile(file, text, { displayFile: shown });
  io.stdout(`${shown}\n`);
  io.stderr(
    `Created ${id}. Still to write (search the file for TODO):\n${STILL_TO_WRITE.map((s) => `  - ${s}`).join('\n')}\n`,
  );
  if (diagnostics.length)
    io.stderr(
      `Until then \`kb validate\` reports:\n${diagnostics.map((d) => `  ${formatDiagnostic({ file: shown, ...d })}`).join('\n')}\n`,
    );
  return 0;
};

async function collect(
  values: OptionValues<typeof OPTIONS>,
  ask: Ask | undefined,
): Promise<Record<(typeof FIELDS)[number], string>> {
  const answers = {} as Record<(typeof FIELDS)[number], string>;
  for (const name of FIELDS) {
    let value = values[name]?.trim();
    while (!value && ask) value = (await ask(QUESTIONS[name])).trim();
    if (!value) throw new UsageError(`--${name} is required when stdin is not a terminal`);
    answers[name] = value;
  }
  return answers;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
