/**
 * Runs the CLI in-process (`main(argv, io)`, through `runCli`), keeping what it writes to stdout as
 * text and as bytes, so binary formats can be checked without a child process.
 */
import { join } from 'node:path';
import { ROOT, runCli } from '../cli/run-cli.js';

export { ROOT };
export const RENDER_FIXTURES = join(ROOT, 'test/render/fixtures');

export interface MainResult {
  code: number;
  stdout: string;
  bytes: Uint8Array;
  stderr: string;
}

export async function runMain(argv: readonly string[], opts: { stdoutIsTTY?: boolean } = {}): Promise<MainResult> {
  const r = await runCli(argv, {}, ROOT, opts);
  return { code: r.status, stdout: r.stdout, bytes: r.bytes, stderr: r.stderr };
}
