import { staticHtml } from '@/components/code/static-html';
import type { EntryModel } from '@/lib/content/model';
import { markdownToText } from '@/lib/render/markdown-line';
import { SECTION_LABELS } from './section-labels';
import styles from './toc.module.css';

/** Props of {@link Toc}. */
interface TocProps {
  entry: EntryModel;
}

/** "On this page": every section in source order, with the patterns and fallback options under theirs. */
export function Toc({ entry }: TocProps) {
  const seen = new Set<string>();
  const sections = entry.sections.filter((s) => s.kind === 'other' || (!seen.has(s.kind) && seen.add(s.kind)));
  return staticHtml(
    <nav className={styles.toc} aria-label="On this page">
      <p className={styles.tocTitle}>On this page</p>
      <ul className="list-reset">
        {sections.map((s) => (
          <li key={s.anchor}>
            <a href={`#${s.anchor}`}>{s.kind === 'other' ? markdownToText(s.heading) : SECTION_LABELS[s.kind]}</a>
            {s.kind === 'solution' && entry.patterns.length > 1 && (
              <ul className="list-reset">
                {entry.patterns.map((p) => (
                  <li key={p.anchor}>
                    <a href={`#${p.anchor}`}>{p.phase ?? p.heading}</a>
                  </li>
                ))}
              </ul>
            )}
            {s.kind === 'fallback' && entry.fallbacks.length > 0 && (
              <ul className="list-reset">
                {entry.fallbacks.map((f, i) => (
                  <li key={f.anchor}>
                    <a href={`#${f.anchor}`}>{`Option ${f.number ?? i + 1}: ${markdownToText(f.title)}`}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>,
  );
}
