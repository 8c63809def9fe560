// `npm run build`. Runs scripts/build.ts compiled to plain JavaScript (.kb-cli/build.js, made by `npm install` and
// remade here whenever lib/ or the script is newer), so the build does not start by compiling TypeScript; where the
// bundle cannot be written (a read-only install), tsx compiles the script on the fly.
import { BUILD_ENTRY, buildBundle, bundleIsFresh } from './cli-bundle.mjs';

let bundled = await bundleIsFresh().catch(() => false);
if (!bundled && !process.env.KB_NO_BUNDLE)
  bundled = await buildBundle().then(
    () => true,
    () => false,
  );
if (bundled && !process.env.KB_NO_BUNDLE) {
  await import(BUILD_ENTRY);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./build.ts');
}
