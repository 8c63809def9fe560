import type { Diagnostic } from '../diagnostics';

/** Escapes a workflow-command property value (file, title): `%`, CR, LF, `:` and `,` are encoded. */
function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Escapes a workflow-command message: `%`, CR and LF are encoded, so content cannot start a new command. */
function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A diagnostic as a GitHub Actions annotation (`::error file=…,line=…,col=…,title=…::message`),
 * shown on the pull request's changed line. The hint follows the message on its own line.
 */
export function formatGithubAnnotation(d: Diagnostic): string {
  const level = d.severity === 'error' ? 'error' : 'warning';
  const props = `file=${property(d.file)},line=${d.line},col=${d.column},title=${property(`kb ${d.code}`)}`;
  return `::${level} ${props}::${data(`${d.message}\nhint: ${d.hint}`)}`;
}
