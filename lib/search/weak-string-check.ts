import type { FileDiagnostic } from '../diagnostics';
import type { EntryModel } from '../content/model';
import { normalizeToken, signatureTokens, WILDCARD } from './normalize';
import { isBoilerplate } from './boilerplate';
import { isSystemMessage } from './system-messages';
import { hasErrorWord } from './signals';

/**
 * Finds error strings that one ordinary word carries alone once stopwords and `...` are set aside
 * (`While resolving: ...` is `resolving`; `Killed` is `killed`). Search takes a paste's line that holds a
 * symptom's whole string as "this is your error", so such a string would claim any line with that word in it (an
 * apt-get `Temporary failure resolving 'archive.ubuntu.com'` became a confident match for npm's ERESOLVE entry): since
 * the twenty-second session search ranks it but never takes it alone (`SIGNATURE_FLAGS.loneWord`), as it does a system
 * error's text or a tool's boilerplate.
 * A word spelled like an identifier (`OOMKilled`, `ERESOLVE`, `CrashLoopBackOff`, `x509`) names its error and is
 * left alone. A string that is only a system error's text (`No space left on device`) or a tool's boilerplate (`Please
 * make sure you have the correct access rights`) is flagged too: search never takes it alone as the reader's error
 * (lib/search/system-messages.ts, lib/search/boilerplate.ts). For `kb validate`; pure.
 */

/** An ordinary word as written, in any script: letters only, lower case after an optional capital. */
const ORDINARY_WORD = /^\p{L}\p{Ll}*$/u;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The ordinary word that carries `text` alone, as the author wrote it, or null when the string has more to match on.
 * `tokens`: `signatureTokens(text)`, when the caller has them (the index builder).
 */
export function loneOrdinaryWord(text: string, tokens: readonly string[] = signatureTokens(text)): string | null {
  const searchable = new Set(tokens.filter((t) => t !== WILDCARD));
  if (searchable.size !== 1) return null;
  const [token] = searchable;
  for (const [word] of text.matchAll(WORD))
    if (normalizeToken(word) === token) return ORDINARY_WORD.test(word) ? word : null;
  return null;
}

/**
 * A command, not an error: a program's name (and a subcommand) then an option (`mount -t nfs`, `journalctl -u
 * nfs-server`, `kubectl apply -k`, `git commit -a`). Authors backtick the command beside its error; any failure of that
 * command shows its words. Linear: each part stops at a character the next one needs.
 */
const COMMAND = /^\s*(?:sudo\s+)?[a-z][\w.-]*(?:\s+[a-z][\w.-]*)?\s+--?[a-zA-Z][\w-]*(?:[\s=]|$)/;

/**
 * A command with no option: a program's name and up to three more words, lower case (`git pull`, `docker run`, `npm run
 * build`, `typeorm migration:run`, `bazel build ...`). Without an option it reads like a few words of prose, so it is a
 * command only when its first word is a program the KB's own commands run (documents.ts `programs`) and it has no error
 * word. Linear: each word stops at a space.
 */
const BARE_COMMAND = /^\s*(?:sudo\s+)?([a-z][\w.-]*)(?:[ \t]+(?:[a-z][\w.:/-]*|\.\.\.)){1,3}\s*$/;

/**
 * True when an error string is a command with no option whose program is one of `programs` (the first words of the
 * KB's shell commands): authors backtick the command beside its error (`A later \`git pull\` refuses with …`).
 */
export function isBareCommand(text: string, programs: ReadonlySet<string>): boolean {
  const match = BARE_COMMAND.exec(text);
  return match !== null && programs.has(match[1]) && !hasErrorWord(text);
}

/** True when an error string is a command the author quoted beside the error (search never takes it alone). */
export function isCommand(text: string): boolean {
  return COMMAND.test(text);
}

/**
 * The `error-string-weak`, `error-string-system` and `error-string-boilerplate` warnings of one entry, and
 * `error-string-none` when it has no string at all.
 */
export function checkWeakErrorStrings(entry: EntryModel): FileDiagnostic[] {
  const none = noErrorString(entry);
  if (none) return [none];
  const found: FileDiagnostic[] = [];
  for (const symptom of entry.symptoms) {
    for (const text of symptom.errors) {
      if (isSystemMessage(text)) {
        found.push({
          line: symptom.line,
          column: 1,
          severity: 'warning',
          code: 'error-string-system',
          message: `the error string \`${text}\` is only a system error's text or an HTTP status, which any program prints (\`cp\`, Postgres, \`npm\`, any HTTP client as well as this entry's tool): search ranks it but never takes it alone as the reader's error, so a paste that matches only this string is shown as a closest entry, not an answer`,
          hint: "quote the tool's own line around it (`Error response from daemon: ... no space left on device`), so the string names the tool as well as the error; keep the bare text as prose, without backticks",
        });
        continue;
      }
      if (isBoilerplate(text)) {
        found.push({
          line: symptom.line,
          column: 1,
          severity: 'warning',
          code: 'error-string-boilerplate',
          message: `the error string \`${text}\` is a line the tool prints around many different errors (lib/search/boilerplate.ts): search ranks it but never takes it alone as the reader's error, so a paste that matches only this string is shown as a closest entry, not an answer`,
          hint: "quote the line that names this entry's error instead (for git, `Permission denied (publickey).` rather than `Please make sure you have the correct access rights`); keep the boilerplate as prose, without backticks",
        });
        continue;
      }
      const word = loneOrdinaryWord(text);
      if (word === null) continue;
      found.push({
        line: symptom.line,
        column: 1,
        severity: 'warning',
        code: 'error-string-weak',
        message: `the error string \`${text}\` has one word for search to match, \`${word}\`: any pasted line with that word holds it in full, so search ranks it but never takes it alone as the reader's error, and a paste that matches only this string is shown as a closest entry, not an answer`,
        hint: 'quote more of the message, so that two or more of its words name the error (a log prefix such as `npm ERR!` does not count); a line with no more words than this is better written without backticks, beside the strings that do name the error',
      });
    }
  }
  return found;
}

/**
 * An entry whose symptoms quote no error string and that has no `match:` pattern: search ranks it on its words alone
 * and never presents it as the reader's error, nor lifts a value out of a paste for it. Reported at its first symptom
 * (an entry with none has a `missing-section` error already).
 */
function noErrorString(entry: EntryModel): FileDiagnostic | null {
  const [first] = entry.symptoms;
  if (!first || entry.meta.match.length > 0 || entry.symptoms.some((s) => s.errors.length > 0)) return null;
  return {
    line: first.line,
    column: 1,
    severity: 'warning',
    code: 'error-string-none',
    message:
      "no symptom quotes an error string in backticks, and the entry has no `match:` pattern: search ranks it on its words but never presents it as the reader's error (a paste of its error lists it only among the closest entries, and `kb search` exits 1), and it lifts no value out of a paste",
    hint: 'in the symptom item, quote the line the tool prints in backticks, with `...` for the parts that vary: `Error response from daemon: ... no space left on device`',
  };
}
