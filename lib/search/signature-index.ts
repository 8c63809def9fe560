import type { SearchDocument } from './documents';
import { signatureTokens, WILDCARD } from './normalize';
import { SIG_WEIGHT_SCALE, type SignatureRecord } from './shards';

/**
 * Signatures are the exact error strings of the symptoms, as token sequences. Each is stored
 * under its rarest tokens (anchors), so a query that contains one of them fetches it.
 */

/** How many of a signature's rarest tokens it is stored under. */
const ANCHORS = 2;

/** Signatures by anchor token. */
export function buildSignatures(docs: readonly SearchDocument[], idf: ReadonlyMap<string, number>): Map<string, SignatureRecord[]> {
  let maxIdf = 0;
  for (const value of idf.values()) maxIdf = Math.max(maxIdf, value);
  const byAnchor = new Map<string, SignatureRecord[]>();
  let id = 0;
  docs.forEach((doc, n) => {
    const seen = new Set<string>();
    for (const signature of doc.signatures) {
      const tokens = signatureTokens(signature.text);
      const key = tokens.join(' ');
      if (seen.has(key) || !tokens.some((t) => t !== WILDCARD)) continue;
      seen.add(key);
      const weights = tokens.map((t) => (t === WILDCARD ? 0 : Math.round((idf.get(t) ?? maxIdf) * SIG_WEIGHT_SCALE)));
      const record: SignatureRecord = [id++, n, signature.symptom, tokens, weights];
      for (const anchor of anchorsOf(tokens, weights)) {
        const list = byAnchor.get(anchor) ?? [];
        list.push(record);
        byAnchor.set(anchor, list);
      }
    }
  });
  return byAnchor;
}

function anchorsOf(tokens: readonly string[], weights: readonly number[]): string[] {
  const best = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t !== WILDCARD) best.set(t, Math.max(best.get(t) ?? 0, weights[i]));
  });
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, ANCHORS)
    .map(([token]) => token);
}
