import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Unit tests run on the server side, as the pages' server components do: `server-only` resolves to
      // the empty module Next picks under the react-server condition. Setting that condition here instead
      // would give React's server build to every test, and tests render with react-dom/server.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['tests/unit/temp-root.ts'],
  },
});
