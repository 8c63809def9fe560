// Types of scripts/cli-bundle.mjs (plain JavaScript: bin/kb.mjs and npm's scripts run it without compiling).
export const ROOT: string;
export const BUNDLE_DIR: string;
export const BUNDLE_ENTRY: string;
export const BUILD_ENTRY: string;
export function bundleIsFresh(): Promise<boolean>;
export function buildBundle(): Promise<void>;
export function pruneBundle(dir: string, written: readonly string[]): void;
export function runCompiled(compiled: string, source: string): Promise<unknown>;
