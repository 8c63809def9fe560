// `npm run build`. Runs scripts/build.ts compiled to plain JavaScript (.kb-cli/build.js, made by `npm install` and
// remade here whenever lib/ or the script is newer), so the build does not start by compiling TypeScript; where the
// bundle cannot be written (a read-only install), tsx compiles the script on the fly.
import { BUILD_ENTRY, runCompiled } from './cli-bundle.mjs';

await runCompiled(BUILD_ENTRY, new URL('./build.ts', import.meta.url).href);
