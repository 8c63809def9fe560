import type { FallbackOption } from '../content/model';
import { type Block, groupByHeading } from './blocks';
import { isCode, toCodeBlock } from './code';
import { keyword, labelledFields } from './inline';

/** Reads `### Option N: title` fallbacks with their code, When and Risks. */
export function parseFallbacks(blocks: Block[]): { options: FallbackOption[]; notes: string[] } {
  const [intro, ...groups] = groupByHeading(blocks, 3);
  const options = groups.map((group, i): FallbackOption => {
    const m = /^(?:option|fallback|alternative)\s*#?(\d+)\s*[:.)—–-]?\s*(.*)$/i.exec(group.title);
    const option: FallbackOption = {
      number: m ? Number(m[1]) : null,
      title: (m ? m[2] : group.title) || group.title,
      anchor: `fallback-${i + 1}`,
      blocks: [],
      when: null,
      risks: null,
      notes: [],
    };
    for (const block of group.blocks) addToOption(option, block);
    return option;
  });
  return { options, notes: intro.blocks.map((b) => b.raw) };
}

function addToOption(option: FallbackOption, block: Block): void {
  if (isCode(block)) {
    option.blocks.push(toCodeBlock(block));
    return;
  }
  const { fields, rest } = labelledFields(block.raw);
  const known = fields.filter((f) => /^(when|risks?)$/.test(keyword(f.label)));
  if (block.token.type !== 'paragraph' || known.length === 0 || rest !== '') {
    option.notes.push(block.raw);
    return;
  }
  for (const f of fields) {
    const k = keyword(f.label);
    if (k === 'when') option.when = f.value;
    else if (k.startsWith('risk')) option.risks = f.value;
    else option.notes.push(`**${f.label}**: ${f.value}`);
  }
}
