/**
 * The site is static: every route is prerendered by `next build`, and `npm run build` (scripts/build.ts) exports the
 * pages itself from `.next/` (lib/build/export-pages.ts) rather than through `output: 'export'`, whose export also
 * copies each page's RSC payload files that the site never loads. KB_DIST_DIR gives the end-to-end tests' dev server
 * a folder of its own.
 */
import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.KB_DIST_DIR || '.next',
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  env: { KB_CONTENT_DIR: process.env.KB_CONTENT_DIR ?? '' },
  // `npm run build` checks types itself with TypeScript 7 beside the KB's validation (lib/build/type-check.ts);
  // Next's own check would load TypeScript 6's API and take twice as long. `next build` alone is not a way to build
  // the site: its pages read the KB that `npm run build` validated (lib/site/load.ts) and stop without it.
  typescript: { ignoreBuildErrors: process.env.KB_TYPES_CHECKED === '1' },
  // Page generation workers: Next's default is one less than the cores (1 on a 2-core machine);
  // every core measured faster here (docs/benchmarks/build.md). KB_BUILD_CPUS overrides it.
  // prefetchInlining: at build time Next decodes every page's RSC payload again and gzips its segments to plan
  // client-side prefetches; the site links with plain <a href> and its export leaves those payloads out
  // (lib/build/export-pages.ts), so the work is spent for nothing (docs/benchmarks/build.md).
  experimental: { cpus: Number(process.env.KB_BUILD_CPUS) || availableParallelism(), prefetchInlining: false },
};

export default nextConfig;
