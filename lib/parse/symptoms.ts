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
        part.symptoms.push({ text: item.text, errors: inlineCodeSpans(item.text), line: item.line });
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

/** The value of a `**Where to Check**: …` paragraph, or null when the paragraph is something else. */
function whereToCheck(markdown: string): string | null {
  const { fields, rest } = labelledFields(markdown);
  const field = fields[0];
  if (!field || rest !== '' || fields.length !== 1) return null;
  const k = keyword(field.label);
  return k.includes('where') || k.includes('check') || k.includes('diagnos') ? field.value : null;
}
