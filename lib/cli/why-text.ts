import { errorLine } from '../search/draft';
import type { MatchExplanation } from '../search/explain';
import { CARRIAGE_RETURN_TOKEN } from '../search/noise';

/** Longest stretch of a pasted line quoted in a suggestion. */
const MAX_QUOTED = 160;
/** Most words listed as missing. */
const MAX_WORDS = 6;

/**
 * `kb search --why` for a terminal: why a result is not a confident match, in one line. `several`: the paste has
 * more than one line, so the reason names the line.
 */
export function whyText(why: MatchExplanation, several: boolean): string {
  if (why.symptom === null || why.line === null)
    return 'why:     no error string of it has half its words in the paste (or either of its two rarest words), so none was compared; it ranks on shared words alone';
  return `why:     ${reasonText(why, several ? `line ${why.line}` : 'the paste')}`;
}

/**
 * What to do about it, once after the results: the line the first result came closest on (else the paste's error
 * line), to quote in the symptoms of whichever entry is the fix.
 */
export function whySuggestion(why: MatchExplanation | undefined, pasted: readonly string[]): string[] {
  const line = why?.line ? errorLine(pasted[why.line - 1] ?? '') : errorLine(pasted.join('\n'));
  const text = line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}...` : line;
  return [
    'If one of these entries is the fix, quote the error line in its symptoms, writing the parts that vary as ...:',
    `  \`${text.replaceAll('`', "'")}\``,
    'then run kb validate: its match test checks that the line ranks the entry first.',
  ];
}

function reasonText(why: MatchExplanation, at: string): string {
  const words = why.words
    .slice(0, MAX_WORDS)
    .map((w) => `"${w}"`)
    .join(' ');
  switch (why.failure) {
    case null:
      return `its matched string is confident on ${at}`;
    case 'shared':
      return 'its closest string is one other entries carry too, so it cannot decide alone';
    case 'system':
      return "its closest string is only a system error's text, which any program prints";
    case 'boilerplate':
      return 'its closest string is a line tools print around any error';
    case 'opens':
      return `its closest string ends with a colon, so it decides only on a line that ends there; ${at} goes on`;
    case 'coverage':
      // Rounded down: 74.6 % read "75 % (75 % is needed)".
      return `${at} holds ${Math.floor(why.coverage * 100)} % of its closest string (75 % is needed)${words ? `; it lacks ${words}` : ''}`;
    case 'whole':
      return why.words.includes(CARRIAGE_RETURN_TOKEN)
        ? `its closest string is about a carriage return (shown as ^M or \\r), which ${at} does not show`
        : `its closest string is one identifier and counts only whole; ${at} lacks ${words}`;
    case 'tail':
      return `${at} lacks the last element of its closest string: ${words}`;
    case 'line-tail':
      return `${at} ends with ${words}, which its closest string does not hold`;
    case 'typed':
      return `${at} is a command typed after a shell prompt, not what a tool printed`;
    case 'slot':
      return `its closest string has a variable (__NAME__, one value) where ${at} has words of a message, not one value`;
    case 'shape':
      return `its closest string has an address where ${at} has a path, or a path where it has an address`;
    case 'field':
      return `its closest string ends with a field (key=value) and a value of its own; ${at} gives that field another value${words ? `: ${words}` : ''}`;
    case 'number':
      return `its closest string names its error by a number or code after "error"; ${at} names error ${why.words[0] ?? 'another'}`;
    case 'head':
      return `${at} ends with the system error its closest string ends with, but not after that string's own head`;
    case 'not-error-line':
      return `${at} does not read as an error, and its closest string is too short to make it one`;
    case 'not-telling':
      return `what ${at} shares with its closest string is too common to tell entries apart`;
    case 'one-word':
      return `${at} holds one word of its closest string`;
    case 'mid-sentence':
      return `its closest string opens a sentence with "${why.words[1] ?? ''}"; ${at} has them after "${why.words[0] ?? ''}", in another, longer message`;
    case 'lone-word':
      return 'its closest string is one ordinary word, which any line with that word holds';
    case 'command':
      return 'its closest string is a command, which the paste may show whatever its error';
  }
}
