import { type CopyPlan, prepareCopy } from '@/lib/variables/prepare-copy';
import { getResolvedValues, getRules } from './store';

/**
 * Copies `template` with the page's values (else declared defaults) checked, quoted for the block's shell
 * and filled in. Resolves with the plan: when it is not `ok`, nothing was copied and `reason` says why.
 * Rejects when the browser refused to copy.
 */
export async function copyWithValues(template: string, lang: string | null): Promise<CopyPlan> {
  const plan = prepareCopy({ template, lang, values: getResolvedValues(), rules: getRules() });
  if (plan.ok) await writeClipboard(plan.text);
  return plan;
}

/** Writes plain text to the clipboard: the Clipboard API, else a hidden textarea and `execCommand('copy')`. */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No Clipboard API (plain http, old browser) or permission refused: try the old way.
  }
  if (!copyWithTextarea(text)) throw new Error('The browser refused to copy.');
}

function copyWithTextarea(text: string): boolean {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}
