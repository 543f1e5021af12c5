/**
 * Preloaded into the CLI by bounded-resources.test.ts (NODE_OPTIONS=--require …): when the process
 * exits, however it exits, write its peak resident set size in KiB (all threads) to the file named by
 * TTHC_TEST_RSS_FILE. On Linux the peak is VmHWM of /proc/self/status, which starts afresh at exec:
 * getrusage's maxRSS would still count the parent's pages the child had right after fork.
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

function peakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.TTHC_TEST_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKiB())));
