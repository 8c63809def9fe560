import type { FileDiagnostic } from '../diagnostics';
import { findMojibake, type MojibakeSpot } from './detect';
import { fencedLines } from '../parse/fences';

/**
 * Damaged-encoding diagnostics for a file. Re-encoding damage hits a whole file, prose included;
 * mojibake that appears only inside code (`Ã©` quoted in an entry about encodings) is deliberate,
 * so spots inside code are reported only when the prose is damaged too.
 */
export function encodingDiagnostics(text: string, displayFile: string): FileDiagnostic[] {
  const spots = findMojibake(text);
  if (spots.length === 0) return [];
  const code = codeMask(text);
  const inProse = spots.filter((s) => !code(s));
  return (inProse.length > 0 ? spots : []).map((spot) => ({
    line: spot.line,
    column: spot.column,
    severity: 'error',
    code: 'encoding-damaged',
    message: `damaged encoding: "${spot.found}" is UTF-8 that was read as Windows-1252/1254 (meant "${spot.suggestion}")`,
    hint: `run \`npx kb fix-encoding ${displayFile} --write\`, then check the spots it reports as not restored exactly`,
  }));
}

/** A predicate telling whether a spot lies inside a fenced code block or an inline code span. */
function codeMask(text: string): (spot: MojibakeSpot) => boolean {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  return (spot) => {
    if (fenced.has(spot.line - 1)) return true;
    const chars = [...lines[spot.line - 1]];
    const before = chars.slice(0, spot.column - 1).join('');
    return (before.match(/`/g) ?? []).length % 2 === 1;
  };
}
