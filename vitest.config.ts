import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['tests/setup/fixtureSite.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
