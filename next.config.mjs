/**
 * Static export: `out/` can be copied to any static host.
 * KB_DIST_DIR is set by scripts/build.ts to a staging folder, so a failed build never touches the last good `out/`
 * (with `output: 'export'`, a custom distDir names the export destination).
 */
import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  distDir: process.env.KB_DIST_DIR || '.next',
  images: { unoptimized: true },
  reactStrictMode: true,
  // recheck (the ReDoS analyser kb validate runs on declared patterns) is a large Scala.js bundle: load it from
  // node_modules at run time instead of bundling it into the server build.
  serverExternalPackages: ['recheck'],
  poweredByHeader: false,
  env: { KB_CONTENT_DIR: process.env.KB_CONTENT_DIR ?? '' },
  // Page generation workers: Next's default is one less than the cores (1 on a 2-core machine);
  // every core measured faster here (docs/benchmarks/build.md). KB_BUILD_CPUS overrides it.
  experimental: { cpus: Number(process.env.KB_BUILD_CPUS) || availableParallelism() },
};

export default nextConfig;
