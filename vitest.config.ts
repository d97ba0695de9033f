import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    environment: 'node',
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
