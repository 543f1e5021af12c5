/**
 * Inputs that are not regular files: a FIFO, `-` (standard input) and `/dev/stdin` are read in one
 * forward pass and give the report the same file would; what can be read only once and is named twice
 * is refused at once; Ctrl-C and SIGTERM end a run that waits for a pipe's writer (130 / 143). Every
 * FIFO writer here is a child process, killed when the test ends, so no test can hang on a FIFO. The
 * CLI runs as a process of its own too (runBin): a FIFO is a process's business, and whatever happens
 * to its descriptors cannot reach the test runner (an in-process run here was followed, now and then,
 * by the runner aborting).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runBin } from '../cli/run-cli.js';
import { BIN, CLI, bigPair, runShell, tempDir } from './hostile-helpers.js';

const dir = tempDir();
const e = join(dir, 'e.csv');
const p = join(dir, 'p.csv');
const common = ['--as-of', '2024-12-31', '--format', 'json'];

beforeAll(() => {
  // 2,000 dossiers: about 180 KB, more than a pipe holds and than one read returns.
  const pair = bigPair(2_000);
  writeFileSync(e, pair.electronic);
  writeFileSync(p, pair.paper);
});

/** A FIFO named `name` in a new folder. */
function fifo(name: string): string {
  const path = join(tempDir(), name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

/** A child that copies `file` into the FIFO `path` (it waits for a reader), killed when the test ends. */
function feed(file: string, path: string): ChildProcess {
  const child = spawn('sh', ['-c', 'cat "$0" > "$1"', file, path], { stdio: 'ignore' });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** The report's figures, without the names of the files (they differ: `-` and a path). */
function figures(json: string): unknown {
  const r = JSON.parse(json) as { units: unknown; total: unknown; findings: unknown[]; inputs: object[] };
  return {
    units: r.units,
    total: r.total,
    findings: r.findings.length,
    inputs: r.inputs.map((i) => ({ ...i, file: undefined })),
  };
}

describe('a FIFO as input', () => {
  it('is read in one pass: byte for byte the report of the same rows in a regular file (reader threads)', async () => {
    // Same-length paths in one folder, so that the two reports differ only by the path's text (findings
    // of one code and kind are in the order of their files' paths: both sort alike against the paper's).
    const base = tempDir();
    mkdirSync(join(base, 'f'));
    mkdirSync(join(base, 'r'));
    const named = join(base, 'f', 'e.csv');
    expect(spawnSync('mkfifo', [named]).status).toBe(0);
    const regular = join(base, 'r', 'e.csv');
    writeFileSync(regular, readFileSync(e));
    expect(named.length).toBe(regular.length);
    feed(e, named);
    const env = { TTHC_AUDIT_THREADS: '2' };
    const viaFifo = runBin(['reconcile', '--electronic', named, '--paper', p, ...common], env);
    const viaFile = runBin(['reconcile', '--electronic', regular, '--paper', p, ...common], env);
    // (the same warnings: the pair's units are not all on both sides)
    expect(viaFifo.stderr.replaceAll(named, 'E')).toBe(viaFile.stderr.replaceAll(regular, 'E'));
    expect(viaFifo.status).toBe(0);
    expect(viaFifo.stdout.replaceAll(named, 'E')).toBe(viaFile.stdout.replaceAll(regular, 'E'));
    expect((JSON.parse(viaFifo.stdout) as { inputs: { rowsRead: number }[] }).inputs[0]!.rowsRead).toBe(2_000);
  }, 120_000);

  it('named twice: refused at once, exit 2, before anything is read (no writer is waited for)', async () => {
    const named = fifo('twice.csv');
    const r = runBin(['reconcile', '--electronic', named, named, '--paper', p, ...common]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${named}: standard input or a pipe can be read only once, and is named twice ` +
        '(give it to one side only; name the other files by path)\n',
    );
  });
});

describe('standard input as input', () => {
  let fileRun: Promise<string> | undefined;
  const fromFile = (): Promise<string> => {
    fileRun ??= Promise.resolve(runBin(['reconcile', '--electronic', e, '--paper', p, ...common]).stdout);
    return fileRun;
  };

  // A process: its standard input is the point.
  it.each([
    ['-, from a pipe', `cat "${e}" | ${CLI} reconcile --electronic - --paper "${p}"`],
    ['-, from a file (<)', `${CLI} reconcile --electronic - --paper "${p}" < "${e}"`],
    ['/dev/stdin, from a pipe', `cat "${e}" | ${CLI} reconcile --electronic /dev/stdin --paper "${p}"`],
    ['- as the paper side', `cat "${p}" | ${CLI} reconcile --electronic "${e}" --paper -`],
  ])(
    '%s: the same figures as the file',
    async (_name, line) => {
      const r = runShell(`${line} ${common.join(' ')} 2>/dev/null`);
      expect(r.status).toBe(0);
      expect(figures(r.stdout)).toEqual(figures(await fromFile()));
    },
    120_000,
  );

  it('- on both sides: refused at once, exit 2', () => {
    const err = join(tempDir(), 'err');
    const r = runShell(`${CLI} reconcile --electronic - --paper - ${common.join(' ')} </dev/null 2>"${err}"`);
    expect(r.status).toBe(2);
    expect(readFileSync(err, 'utf8')).toMatch(/^tthc-audit: -: standard input or a pipe can be read only once/);
  });

  it('validate - reads standard input too', () => {
    const r = runShell(`cat "${e}" | ${CLI} validate - --format json 2>/dev/null`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"rowsRead": 2000');
  });
});

/** Start the CLI; once `ready(pid)`, send `signal`; how it ended (killed after 20 s if it does not end). */
function interrupt(
  args: string[],
  signal: NodeJS.Signals,
  ready: (pid: number) => boolean,
  stdin: 'ignore' | 'pipe' = 'ignore',
): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', TZ: 'UTC' },
      stdio: [stdin, 'ignore', 'ignore'],
    });
    let killed = false;
    // Not a timing assertion: only so that a run that ignores the signal fails the test instead of hanging it.
    const guard = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, 20_000);
    const poll = (): void => {
      if (child.exitCode !== null) return;
      if (ready(child.pid!)) child.kill(signal);
      else setTimeout(poll, 5);
    };
    poll();
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearTimeout(guard);
      resolve({ code, signal: sig, killed });
    });
  });
}

/** Whether process `pid` has `file` open (its FIFO, opened and waiting for a writer). */
function hasOpen(pid: number, file: string): boolean {
  const fds = `/proc/${pid}/fd`;
  if (!existsSync(fds)) return true;
  try {
    return spawnSync('ls', ['-l', fds], { encoding: 'utf8' }).stdout.includes(` -> ${file}`);
  } catch {
    return false;
  }
}

/** Whether the process reads its standard input without blocking (the pipe reader has started). */
function readsStdin(pid: number): boolean {
  const info = `/proc/${pid}/fdinfo/0`;
  if (!existsSync(info)) return true;
  const flags = /flags:\s+([0-7]+)/.exec(readFileSync(info, 'utf8'));
  return flags !== null && (Number.parseInt(flags[1]!, 8) & 0o4000) !== 0;
}

describe('a signal while a pipe has not been written to', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('a FIFO without a writer, %s: exit %i', async (signal, code) => {
    const named = fifo('e.csv');
    const r = await interrupt(['reconcile', '--electronic', named, '--paper', p, ...common], signal, (pid) =>
      hasOpen(pid, named),
    );
    expect(r.killed).toBe(false);
    expect(r).toEqual({ code, signal: null, killed: false });
  });

  it('- with a writer that never writes, SIGINT: exit 130', async () => {
    const r = await interrupt(
      ['reconcile', '--electronic', '-', '--paper', p, ...common],
      'SIGINT',
      readsStdin,
      'pipe',
    );
    expect(r).toEqual({ code: 130, signal: null, killed: false });
  });
});
