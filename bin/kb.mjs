#!/usr/bin/env node
// The `kb` command. Runs the CLI compiled to plain JavaScript (.kb-cli/, made by `npm install` and
// remade here whenever lib/ is newer), so no TypeScript is compiled per call; where the bundle cannot
// be written (a read-only install), tsx compiles lib/cli on the fly as before.
import { BUNDLE_ENTRY, buildBundle, bundleIsFresh } from '../scripts/cli-bundle.mjs';

let bundled = await bundleIsFresh().catch(() => false);
if (!bundled && !process.env.KB_NO_BUNDLE)
  bundled = await buildBundle().then(
    () => true,
    () => false,
  );
if (bundled && !process.env.KB_NO_BUNDLE) {
  await import(BUNDLE_ENTRY);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/run.ts');
}
