import { main } from './main';
import { processIO } from './process-io';

/** Entry point used by bin/kb.mjs. */
process.exitCode = await main(process.argv.slice(2), processIO());
