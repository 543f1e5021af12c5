/**
 * How the tests run the CLI. `runCli` runs it in-process (`main(argv, io)` from src/) with the
 * environment a real run from a test gets: colour off, `LANG=C`, the test's overrides, and a working
 * directory. `runBuilt` does the same with the built `dist/cli.js`, whose reader and audit threads are
 * real worker threads. `runBin` starts the built binary (bin/tthc-audit.js) as a real process, and
 * `runInOneProcess` runs several command lines in one fresh process: only for what a process alone
 * shows (a closed pipe, signals, the process's time zone and locale, preloaded scripts, peak memory).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../../src/cli.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/tthc-audit.js');
const RUN_MANY = join(ROOT, 'test/cli/run-many.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** An in-process run: what it wrote to stdout also as bytes (xlsx), and always an exit status. */
export interface InProcessResult extends CliResult {
  status: number;
  bytes: Uint8Array;
}

type Main = typeof main;

/** The environment of every run: a fixed one, whatever the machine's, with the test's overrides. */
export function cliEnv(env: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', TZ: 'UTC', ...env };
}

/** Variables only a new process honours: an in-process run refuses them rather than ignore them. */
function refuseProcessOnly(env: Record<string, string>): void {
  if (env.TZ !== process.env.TZ)
    throw new Error(`TZ=${env.TZ} needs a process of its own (runBin); this one runs in ${process.env.TZ}`);
  if (env.NODE_OPTIONS !== undefined) throw new Error('NODE_OPTIONS needs a process of its own (runBin)');
}

async function runWith(
  run: Main,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
  tty: { stdoutIsTTY?: boolean; stderrIsTTY?: boolean },
): Promise<InProcessResult> {
  const fullEnv = cliEnv(env);
  refuseProcessOnly(fullEnv);
  const chunks: Buffer[] = [];
  let stderr = '';
  const status = await run(args, {
    stdout: (data) => {
      chunks.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    },
    stderr: (text) => {
      stderr += text;
    },
    env: fullEnv,
    cwd,
    stdoutIsTTY: tty.stdoutIsTTY ?? false,
    stderrIsTTY: tty.stderrIsTTY ?? false,
  });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return { status, stdout: Buffer.from(bytes).toString('utf8'), bytes, stderr };
}

/**
 * Run the CLI in-process (src/) with `args`, the fixed environment plus `env`, in `cwd` (where a
 * config file is looked for). The test workers are threads, which cannot change directory: relative
 * paths in `args` are read from the repository root, so a test with another `cwd` gives full paths.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = ROOT,
  tty: { stdoutIsTTY?: boolean; stderrIsTTY?: boolean } = {},
): Promise<InProcessResult> {
  return runWith(main, args, env, cwd, tty);
}

let built: Promise<Main> | undefined;

/**
 * Run the built CLI (dist/, `npm run build` first) in-process. Unlike src/, it reads and audits in
 * worker threads when the input is big or `TTHC_AUDIT_THREADS` asks for them.
 */
export async function runBuilt(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = ROOT,
): Promise<InProcessResult> {
  built ??= (import(pathToFileURL(join(ROOT, 'dist/cli.js')).href) as Promise<{ main: Main }>).then((m) => m.main);
  return runWith(await built, args, env, cwd, {});
}

/** Start the built binary as a real process, with the fixed environment plus `env`, in `cwd`. */
export function runBin(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the built CLI once for each of `runs`, one after another in one new process (test/cli/run-many.mjs)
 * with the fixed environment plus `env`: for what differs from process to process (time zone, locale,
 * a preloaded script) without a process for every run. `stderr`: what the process itself wrote there.
 * Asynchronous, so that the test can go on meanwhile (the runs it compares with, in-process).
 */
export function runInOneProcess(
  runs: readonly (readonly string[])[],
  env: Record<string, string> = {},
): Promise<{ runs: InProcessResult[]; stderr: string }> {
  const jobs = join(tempDir(), 'runs.json');
  writeFileSync(jobs, JSON.stringify(runs));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_MANY, jobs], { cwd: ROOT, env: cliEnv(env) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) return reject(new Error(`run-many.mjs exited with ${code}:\n${stderr}`));
      const results = JSON.parse(Buffer.concat(out).toString('utf8')) as {
        status: number;
        stdout: string;
        stderr: string;
      }[];
      resolve({
        runs: results.map((x) => {
          const bytes = new Uint8Array(Buffer.from(x.stdout, 'base64'));
          return { status: x.status, stdout: Buffer.from(bytes).toString('utf8'), bytes, stderr: x.stderr };
        }),
        stderr,
      });
    });
  });
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tthc-audit-test-'));
}

/** Write `files` (name → content) into a fresh temporary folder and return its path. */
export function writeTemp(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
