/**
 * A bare Next.js static export of a folder of Markdown entries, for `build-compare.ts`: what a Next.js
 * blog starter does (gray-matter for the frontmatter, remark/rehype to HTML, one page per file and an
 * index), with the project's Next.js and the same page-generation workers (`experimental.cpus`).
 * The folder is read from KB_MD_DIR at build time.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-kb', private: true, type: 'module' }),
  'next.config.mjs': `import { availableParallelism } from 'node:os';
export default { output: 'export', images: { unoptimized: true }, experimental: { cpus: Number(process.env.KB_BUILD_CPUS) || availableParallelism() } };
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      jsx: 'react-jsx',
      strict: true,
      moduleResolution: 'bundler',
      module: 'esnext',
      target: 'ES2022',
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      esModuleInterop: true,
      lib: ['dom', 'ES2022'],
    },
  }),
  'lib/entries.ts': `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const dir = process.env.KB_MD_DIR ?? 'content';
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

export function ids(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
}

export function entry(id: string): { title: string; html: string } {
  const { data, content } = matter(readFileSync(path.join(dir, id + '.md'), 'utf8'));
  return { title: String(data.title ?? id), html: String(processor.processSync(content)) };
}
`,
  'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.tsx': `import { entry, ids } from '../lib/entries';
export default function Home() {
  return <main><h1>Entries</h1><ul>{ids().map((id) => <li key={id}><a href={'/kb/' + id}>{entry(id).title}</a></li>)}</ul></main>;
}
`,
  'app/kb/[id]/page.tsx': `import { entry, ids } from '../../../lib/entries';
export const dynamicParams = false;
export function generateStaticParams() {
  return ids().map((id) => ({ id }));
}
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { title, html } = entry((await params).id);
  return <main><h1>{title}</h1><article dangerouslySetInnerHTML={{ __html: html }} /></main>;
}
`,
};

/** Writes the bare app into `dir`, with a hard-linked copy of the project's node_modules. */
export async function writeBareApp(dir: string, projectRoot: string): Promise<void> {
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  // Turbopack will not resolve a symlinked node_modules outside the app; a hard-linked copy is instant and takes no space.
  const link = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules')], {
    stdio: 'inherit',
  });
  if (link.status !== 0) throw new Error('could not link node_modules into the bare app');
  // A starter installs today's `typescript` (7, whose tsc Next runs for its type check); the project's
  // `typescript` is TypeScript 6's API, kept for typescript-eslint, and its TypeScript 7 is `@typescript/native`.
  const modules = path.join(dir, 'node_modules');
  await rm(path.join(modules, 'typescript'), { recursive: true, force: true });
  const native = spawnSync('cp', [
    '-al',
    path.join(modules, '@typescript', 'native'),
    path.join(modules, 'typescript'),
  ]);
  if (native.status !== 0) throw new Error('could not give the bare app TypeScript 7');
}
