/**
 * Runs the built CLI (dist/cli.js) once for each command line of a JSON file (an array of argument
 * arrays), one after another in this process, and prints their exit codes, stdout (base64) and stderr
 * as JSON. Used by run-cli.ts's `runInOneProcess`: one process for all the runs that need the same
 * process-wide setting (time zone, locale, a preloaded script).
 */
import { readFileSync } from 'node:fs';
import { main } from '../../dist/cli.js';

const runs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const args of runs) {
  const chunks = [];
  let stderr = '';
  const status = await main(args, {
    stdout: (data) => chunks.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)),
    stderr: (text) => {
      stderr += text;
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  results.push({ status, stdout: Buffer.concat(chunks).toString('base64'), stderr });
}
process.stdout.write(JSON.stringify(results));
