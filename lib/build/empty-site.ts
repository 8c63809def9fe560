import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Escapes text for HTML element content. */
function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Writes the site of a KB without entries: one page that says the KB is empty and where entries
 * go (Next.js cannot export the `/kb/[id]` route with no ids, so `next build` is not run).
 */
export async function writeEmptySite(dir: string, contentShown: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Troubleshooting KB: no entries yet</title></head>
<body><main><h1>This knowledge base is empty</h1>
<p>There are no entries in <code>${html(contentShown)}</code> yet. Add an entry file (see docs/entry-format.md), then run <code>npm run build</code> again.</p>
</main></body></html>
`;
  await writeFile(path.join(dir, 'index.html'), page);
  await writeFile(path.join(dir, '404.html'), page);
}
