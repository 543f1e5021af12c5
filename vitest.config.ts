import { defineConfig } from 'vitest/config';

// The time zone the CLI tests give every run (test/cli/run-cli.ts). Set here, in the main process,
// so that the workers (threads of this process) share it: an in-process run has the process's zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks run the CLI too (the runs their tests compare)
    hookTimeout: 30_000,
    // Each test file in a fresh worker thread (isolated modules and globals), cheaper to start than a
    // process; the CLI runs in-process in them (test/cli/run-cli.ts), so both cores are put to work.
    pool: 'threads',
    maxWorkers: 2,
  },
});
