import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // End-to-end tests run the bundle several times per test against the emulator; a loaded 2-core CI needs room.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
