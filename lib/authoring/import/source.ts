import { parse as parseYaml } from 'yaml';

/** What the importer reads from a post's frontmatter (Hugo, Jekyll and Docusaurus share these keys). */
interface PostMeta {
  title: string | null;
  /** `YYYY-MM-DD`, or null when the post has no usable date. */
  date: string | null;
  description: string | null;
  tags: string[];
}

/** A blog post or runbook split into its frontmatter and Markdown body. */
export interface Post {
  meta: PostMeta;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a post; a missing or unreadable frontmatter leaves every field empty (the title then comes from the first `#`). */
export function readPost(text: string): Post {
  const source = text.replace(/^\uFEFF/, '');
  const match = source.match(FRONTMATTER);
  const data = match ? safeYaml(match[1]) : {};
  const body = match ? source.slice(match[0].length) : source;
  const bodyLine = match ? match[0].split('\n').length : 1;
  const tags = [...list(data.tags), ...list(data.categories), ...list(data.keywords)];
  return {
    meta: {
      title: str(data.title),
      date: isoDate(data.date),
      description: str(data.description) ?? str(data.summary),
      tags,
    },
    body,
    bodyLine,
  };
}

function safeYaml(text: string): Record<string, unknown> {
  try {
    // maxAliasCount keeps an alias bomb in an imported post from expanding.
    const data = parseYaml(text, { maxAliasCount: 50 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function list(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isoDate(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  const match = text.match(/^(\d{4}-\d{2}-\d{2})/);
  return match ? match[1] : null;
}
