import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTypes } from '../../lib/build/type-check';

const root = path.resolve(import.meta.dirname, '../..');
const project = await mkdtemp(path.join(tmpdir(), 'kb-types-'));
afterAll(() => rm(project, { recursive: true, force: true }));

/** A one-page Next.js app using this project's installed packages. */
async function smallApp(code: string): Promise<void> {
  await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir').catch(() => {});
  await writeFile(path.join(project, 'package.json'), '{"name":"kb-types-test","private":true}');
  const compilerOptions = {
    strict: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    skipLibCheck: true,
  };
  await writeFile(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions,
      include: ['**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
      exclude: ['node_modules'],
    }),
  );
  await mkdir(path.join(project, 'app'), { recursive: true });
  await writeFile(path.join(project, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
  await writeFile(path.join(project, 'lib.ts'), code);
}

describe('the type check npm run build runs beside validation', () => {
  it('fails on a type error and prints the compiler’s message with file and line', async () => {
    await smallApp("export const port: number = '8080';\n");
    const result = await checkTypes(project);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/lib\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/);
  }, 30_000);

  it('passes once the code is right', async () => {
    await smallApp('export const port: number = 8080;\n');
    expect(await checkTypes(project)).toEqual({ ok: true, output: '' });
  }, 30_000);
});
