/**
 * Runs the CLI in-process (`main(argv, io)`), keeping what it writes to stdout as text and as bytes,
 * so binary formats can be checked without a child process.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDER_FIXTURES = join(ROOT, 'test/render/fixtures');

export interface MainResult {
  code: number;
  stdout: string;
  bytes: Uint8Array;
  stderr: string;
}

export async function runMain(argv: readonly string[], opts: { stdoutIsTTY?: boolean } = {}): Promise<MainResult> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const code = await main(argv, {
    stdout: (data) => {
      chunks.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { NO_COLOR: '1', LANG: 'C' },
    cwd: ROOT,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
  });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { code, stdout: Buffer.from(bytes).toString('utf8'), bytes, stderr };
}
