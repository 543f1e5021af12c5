import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks run the CLI too (the runs their tests compare)
    hookTimeout: 30_000,
    pool: 'forks',
    // The environment the CLI tests give every run (test/cli/run-cli.ts): in-process runs share this time zone.
    env: { TZ: 'UTC' },
  },
});
