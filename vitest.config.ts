import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    environment: 'node',
    globals: true,
    // Component tests render whole islands; give them room on a busy 2-core machine.
    testTimeout: 20_000,
    setupFiles: ['tests/unit/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
