#!/usr/bin/env node
// The `kb` command. The CLI is TypeScript in lib/cli; tsx compiles it on the fly so that
// `npx kb …` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/run.ts');
