/**
 * Preloaded (`node --require`) into `next build` and its workers by scripts/build.ts: when the
 * process's parent goes away (killed build, even with SIGKILL), the process is re-parented and
 * this watchdog makes it exit instead of running on, orphaned, writing into the staging folder.
 */
'use strict';
const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 500);
timer.unref();
