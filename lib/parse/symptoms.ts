import type { InlineCommand, Symptom } from '../content/model';
import { findVariables } from '../variables/placeholders';
import type { Block } from './blocks';
import { inlineCodeSpans, keyword, labelledFields } from './inline';
import { isList, listItems } from './lists';

/** What the symptoms section holds. */
interface SymptomsPart {
  symptoms: Symptom[];
  whereToCheck: InlineCommand[];
  whereToCheckText: string | null;
  notes: string[];
}

/** Reads the checklist, the Where to Check commands and any other prose of the symptoms section. */
export function parseSymptoms(blocks: Block[]): SymptomsPart {
  const part: SymptomsPart = { symptoms: [], whereToCheck: [], whereToCheckText: null, notes: [] };
  for (const block of blocks) {
    if (isList(block) && part.whereToCheckText === null) {
      for (const item of listItems(block)) {
        const counter = isCounterSymptom(item.text);
        part.symptoms.push({
          text: item.text,
          errors: counter ? [] : inlineCodeSpans(item.text),
          line: item.line,
          counter,
        });
      }
      continue;
    }
    const where = block.token.type === 'paragraph' ? whereToCheck(block.raw) : null;
    if (where !== null && part.whereToCheckText === null) {
      part.whereToCheckText = where;
      part.whereToCheck = inlineCodeSpans(where).map((code) => ({
        code,
        variables: findVariables(code),
        line: block.line,
      }));
    } else {
      part.notes.push(block.raw);
    }
  }
  return part;
}

/**
 * An item that opens by saying it is not this problem: `NOT this entry: …`, `Not this problem if …`, `Not the same as
 * …`, `Not to be confused with …`, `Different error: …`, bold or not. Authors write one to tell a look-alike apart, with
 * the look-alike's error backticked: another team's KB (f13, written from the format and two seeds) did so in 6 of its
 * 20 entries, and search took those strings for the entry's own (`ECONNREFUSED` made the `getaddrinfo ENOTFOUND` entry a
 * confident answer to a refused connection; `failed calling webhook` the policy-denial entry one to an unreachable
 * webhook). A symptom that merely starts with "Not" (`Not fixed by a restart`) is the problem's own.
 */
export function isCounterSymptom(markdown: string): boolean {
  return COUNTER_LEAD.test(markdown);
}

/** A checklist apart from its {@link isCounterSymptom} items: what the reader ticks, and the look-alikes it names. */
export function splitCounters(symptoms: readonly Symptom[]): { signs: Symptom[]; counters: Symptom[] } {
  return { signs: symptoms.filter((s) => !s.counter), counters: symptoms.filter((s) => s.counter) };
}

const COUNTER_LEAD =
  /^(?:\*\*|__|\*|_)?\s*(?:not\s+(?:this|the\s+same|to\s+be\s+confused)\b|different\s+(?:error|problem|issue)\s*[:—–-])/i;

/** The value of a `**Where to Check**: …` paragraph, or null when the paragraph is something else. */
function whereToCheck(markdown: string): string | null {
  const { fields, rest } = labelledFields(markdown);
  const field = fields[0];
  if (!field || rest !== '' || fields.length !== 1) return null;
  const k = keyword(field.label);
  return k.includes('where') || k.includes('check') || k.includes('diagnos') ? field.value : null;
}
