#!/usr/bin/env node
// The `kb` command. Runs the CLI compiled to plain JavaScript (.kb-cli/, made by `npm install` and
// remade here whenever lib/ is newer), so no TypeScript is compiled per call; where the bundle cannot
// be written (a read-only install), tsx compiles lib/cli on the fly as before.
import { BUNDLE_ENTRY, runCompiled } from '../scripts/cli-bundle.mjs';

await runCompiled(BUNDLE_ENTRY, new URL('../lib/cli/run.ts', import.meta.url).href);
