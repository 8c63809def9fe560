import path from 'node:path';

/**
 * Why `next build` cannot export into `outDir`, as one line, or null when it can. Next.js
 * refuses a distDir outside the project (InvalidDistDirError), and the project root itself or a
 * folder holding sources would be overwritten.
 */
export function outDirProblem(root: string, outDir: string): string | null {
  const rel = path.relative(root, outDir);
  if (rel === '' ) return `KB_OUT_DIR must not be the project folder itself (${root})`;
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return `KB_OUT_DIR must be inside the project folder (${root}); got ${outDir}. Build into the project, then copy the folder.`;
  }
  if (/^(app|lib|components|content|scripts|node_modules|public|tests|e2e)(\/|$)/.test(rel.split(path.sep).join('/'))) {
    return `KB_OUT_DIR must not be a source folder of the project; got ${rel}`;
  }
  return null;
}
