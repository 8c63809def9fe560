import { substitute, unfilledVariables } from '@/lib/variables/substitute';
import { getResolvedValues } from './store';

/**
 * Copies `template` with the reader's current values (else declared defaults) filled in.
 * Resolves with the variables that were still empty (their `__NAME__` is copied as written);
 * rejects when neither the Clipboard API nor the fallback could copy.
 */
export async function copyWithValues(template: string): Promise<{ unfilled: string[] }> {
  const values = getResolvedValues();
  await writeClipboard(substitute(template, values));
  return { unfilled: unfilledVariables(template, values) };
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
