import type { EntryModel } from '../content/model';
import { didYouMean, formatDiagnostic } from '../diagnostics';
import { lookupId } from '../id-lookup';
import { readSiteConfig } from '../site/config';
import { paths } from '../site/routes';
import { VARIABLE_NAME_PATTERN } from '../name-patterns';
import { composedValues, compositionsOf } from '../variables/compose';
import { variableRule } from '../variables/value-rules';
import { parseCommandArgs } from './args';
import { resolveContent } from './content';
import { cacheRootFor } from './kb-cache';
import { withKb } from './kb-open';
import { type CliCommand, UsageError } from './io';
import { entryText } from './show-text';
import { safeDiagnostic, terminalSafeLine } from './terminal-text';

/** `kb show ID [--content DIR] [--json] [--var NAME=value]... [--url URL]`: the entry for a terminal, or its model as JSON. */
export const show: CliCommand = async (argv, io) => {
  const args = parseCommandArgs(argv, {
    content: { type: 'string' },
    url: { type: 'string' },
    json: { type: 'boolean' },
    var: { type: 'string', multiple: true },
  });
  const [id, extra] = args.positionals;
  if (!id || extra) throw new UsageError('takes exactly one ID');
  const values = parseVars(args.values.var ?? []);
  // withKb may run this twice (see kb-open.ts), so it only reads.
  const { found, entry, diagnostics } = await withKb(
    resolveContent(args.values, io),
    cacheRootFor(io.env, io.cwd),
    io.cwd,
    async (kb) => {
      const found = lookupId(id, kb.ids);
      return { found, entry: 'match' in found ? await kb.entry(found.match) : undefined, diagnostics: kb.diagnostics };
    },
  );
  if (!entry) {
    const problems = diagnostics.filter(
      (d) => d.file.toUpperCase().endsWith(`${id.toUpperCase()}.MD`) && d.severity === 'error',
    );
    const hint = 'suggestion' in found && found.suggestion ? `did you mean ${found.suggestion}? ` : '';
    const shown = terminalSafeLine(id);
    io.stderr(
      problems.length
        ? `${shown} is invalid:\n${problems.map((d) => formatDiagnostic(safeDiagnostic(d))).join('\n')}\n`
        : `no entry ${shown}; ${hint}run \`kb search ${shown}\` to find one\n`,
    );
    return 1;
  }
  if (args.values.json) {
    io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
    return 0;
  }
  // A composed variable left out is built from its parts (`--var REGISTRY=… --var IMAGE_REPO=… --var TAG=…`).
  const filled = { ...values, ...composedValues(values, compositionsOf(entry.meta.variables)) };
  const refused = offFormat(entry, filled, values);
  if (refused.length > 0) {
    io.stderr(
      `${refused.join('\n')}\nNothing printed: fix the value, or leave it out to see __NAME__ in the commands.\n`,
    );
    return 2;
  }
  io.stderr(unknownNames(entry, values).join(''));
  io.stdout(entryText(entry, filled, entryUrl(entry.id, values, siteUrl(args.values.url, io.env))));
  return 0;
};

/**
 * Each value (typed, or built from typed parts) that fails its variable's check, as a line saying why: the
 * same check the page runs before it copies, so a value the page would refuse never reaches a printed command.
 */
function offFormat(entry: EntryModel, values: Record<string, string>, typed: Record<string, string>): string[] {
  return Object.entries(values).flatMap(([name, value]) => {
    const declaration = Object.hasOwn(entry.meta.variables, name) ? entry.meta.variables[name] : undefined;
    const verdict = variableRule(name, declaration).validate(value);
    const source = Object.hasOwn(typed, name) ? `--var ${name}` : `${name} (built from its parts)`;
    return verdict.ok ? [] : [`${source}: ${verdict.message ?? 'not the expected format.'}`];
  });
}

/** A note for each --var name the entry never uses (a typo fills nothing), with the nearest name it does use. */
function unknownNames(entry: EntryModel, values: Record<string, string>): string[] {
  const known = [...new Set([...entry.variables, ...Object.keys(entry.meta.variables)])];
  return Object.keys(values)
    .filter((name) => !known.includes(name))
    .map((name) => {
      const guess = didYouMean(name, known);
      return `note: ${entry.id} has no variable ${name}${guess ? `; did you mean ${guess}?` : ''}\n`;
    });
}

function parseVars(pairs: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    if (at < 1 || !VARIABLE_NAME_PATTERN.test(name))
      throw new UsageError(`--var takes NAME=value with an upper-case NAME, got "${pair}"`);
    values[name] = pair.slice(at + 1);
  }
  return values;
}

function siteUrl(url: string | undefined, env: Record<string, string | undefined>): string | null {
  if (url === undefined) return readSiteConfig(env).siteUrl;
  const checked = readSiteConfig({ KB_SITE_URL: url }).siteUrl;
  if (!checked) throw new UsageError(`--url must be an http(s) URL, got "${url}"`);
  return checked;
}

/** The entry's page: a full URL when a site URL is set, else the site path. Values go into the query, as the page reads them. */
function entryUrl(id: string, values: Record<string, string>, site: string | null): string {
  const query = new URLSearchParams(values).toString();
  const path = `${paths.entry(id)}${query ? `?${query}` : ''}`;
  return site ? `${site.replace(/\/$/, '')}${path}` : path;
}
