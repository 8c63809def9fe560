import { planCopy, type CopyPlan } from '@/lib/variables/copy-plan';
import { getProblems, getResolvedValues } from './store';

/**
 * Copies `template` with the reader's current values (else declared defaults) filled in and
 * quoted for the block's shell (`lang`). Resolves with the plan: when a value fails its format
 * check nothing is copied and the plan says why. Rejects when the browser refused to copy.
 */
export async function copyWithValues(template: string, lang?: string | null): Promise<CopyPlan> {
  const plan = planCopy(template, { values: getResolvedValues(), lang, problems: getProblems() });
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
