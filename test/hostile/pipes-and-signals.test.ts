/**
 * Promise 8, pipes and signals. `tthc-audit … | head -1` exits quietly: a closed stdout (EPIPE) is not
 * an error, and the exit code is still the run's own (0, or 1 for --fail-on). Ctrl-C (SIGINT) and
 * SIGTERM stop a run promptly with exit 130 / 143 and leave no partial output and no temporary file:
 * an existing output keeps its old content. The inputs are generated here (tens of MB, not committed).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runMain } from '../render/run-main.js';
import { BIN, CLI, bigPair, runShell, tempDir } from './hostile-helpers.js';

describe('a closed stdout pipe', () => {
  let e = '';
  let p = '';
  /**
   * How many bytes each format writes in all: far more than a pipe holds (64 KiB), so the CLI does
   * write into a closed pipe. 5,000 dossiers are enough: over 4 MB in each format.
   */
  const sizes = new Map<string, number>();
  beforeAll(async () => {
    const dir = tempDir();
    const pair = bigPair(5_000);
    e = join(dir, 'e.csv');
    p = join(dir, 'p.csv');
    writeFileSync(e, pair.electronic);
    writeFileSync(p, pair.paper);
    for (const format of ['ndjson', 'json'])
      sizes.set(
        format,
        (await runMain(['reconcile', '--electronic', e, '--paper', p, '--as-of', '2024-12-31', '--format', format]))
          .bytes.length,
      );
  });

  /**
   * Run the CLI into `head -1`; the CLI's own exit status, its stderr, and what head printed. `--quiet`:
   * the generated pair has units on one side only, a warning this test is not about.
   */
  // A process: a closed stdout pipe and the exit status are the process's (runAsProcess, not main).
  function intoHead(args: string): { status: number; stderr: string; first: string } {
    const dir = tempDir();
    const r = runShell(
      `${CLI} reconcile --electronic "${e}" --paper "${p}" --as-of 2024-12-31 --quiet ${args} 2>"${dir}/err" ` +
        `| head -1 >"${dir}/first"; echo "\${PIPESTATUS[0]}" >"${dir}/status"`,
    );
    expect(r.status).toBe(0);
    return {
      status: Number(readFileSync(join(dir, 'status'), 'utf8')),
      stderr: readFileSync(join(dir, 'err'), 'utf8'),
      first: readFileSync(join(dir, 'first'), 'utf8'),
    };
  }

  it.each([
    ['ndjson', /^\{"kind":"/],
    ['json', /^\{\n$/],
  ])('--format %s | head -1: exit 0, nothing on stderr', (format, firstLine) => {
    expect(sizes.get(format)).toBeGreaterThan(1 << 20);
    const r = intoHead(`--format ${format}`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.first).toMatch(firstLine);
  });

  it("with --fail-on any: still the run's own exit code (1), on stderr only why (no pipe error)", () => {
    const r = intoHead('--format ndjson --fail-on any');
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^tthc-audit: [a-z-]+: [\d,]+ found \(--fail-on [a-z-]+\)$/);
  });

  it('an error message into a closed pipe: exit 2, no crash', () => {
    // A process: stderr closed under it, and the exit status of the process.
    const r = runShell(
      `${CLI} reconcile --electronic nope.csv --paper nope.csv 2>&1 | head -c 0; echo "\${PIPESTATUS[0]}"`,
    );
    expect(r.stdout.trim()).toBe('2');
  });
});

describe('a standard output that cannot be written (a full disk)', () => {
  // A process: stdout redirected by the shell to /dev/full, where every write fails with ENOSPC.
  it.each(['table', 'json', 'ndjson', 'xlsx'])(
    '--format %s > /dev/full: exit 2 and one line on stderr saying the report is incomplete',
    (format) => {
      const err = join(tempDir(), 'err');
      const r = runShell(
        `${CLI} reconcile --electronic fixtures/district/electronic.csv --paper fixtures/district/paper.csv --as-of ` +
          `2024-12-31 --format ${format} >/dev/full 2>"${err}"`,
      );
      expect(r.status).toBe(2);
      expect(readFileSync(err, 'utf8')).toBe(
        'tthc-audit: cannot write to stdout (ENOSPC): the report is incomplete ' +
          '(free some disk space, or write the report elsewhere with --output <file>)\n',
      );
    },
    120_000,
  );

  it('with --fail-on any, findings present: still exit 2 (the failed write wins over the findings)', () => {
    const r = runShell(
      `${CLI} reconcile --electronic fixtures/district/electronic.csv --paper fixtures/district/paper.csv --as-of ` +
        `2024-12-31 --fail-on any >/dev/full`,
    );
    expect(r.status).toBe(2);
  });
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  afterSignalMs: number;
}

/** Whether process `pid` has `file` open (Linux; elsewhere: after a fixed wait). */
function hasOpen(pid: number, file: string): boolean {
  if (!existsSync(`/proc/${pid}/fd`)) return true;
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** Start the CLI; when `ready()` says so, send `signal`; resolve with how it ended. */
// A process: signals, their exit codes and the removal of temporary files on exit are the process's.
function interrupt(
  args: string[],
  signal: NodeJS.Signals,
  ready: (pid: number) => boolean | Promise<boolean>,
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', TZ: 'UTC' },
      stdio: 'ignore',
    });
    let sentAt = 0;
    const poll = async (): Promise<void> => {
      if (child.exitCode !== null) return;
      if (await ready(child.pid!)) {
        sentAt = Date.now();
        child.kill(signal);
      } else setTimeout(() => void poll(), 5);
    };
    void poll();
    child.on('error', reject);
    child.on('exit', (code, sig) =>
      resolve({ code, signal: sig, afterSignalMs: sentAt === 0 ? -1 : Date.now() - sentAt }),
    );
  });
}

describe('Ctrl-C and kill', () => {
  const dir = tempDir();
  const e = join(dir, 'e.csv');
  const p = join(dir, 'p.csv');
  afterAll(() => rmSync(dir, { recursive: true, force: true })); // tens of MB
  beforeAll(() => {
    const pair = bigPair(300_000);
    writeFileSync(e, pair.electronic);
    writeFileSync(p, pair.paper);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while reading: exit %i within a second; the old output stays, no temporary file',
    async (signal, code) => {
      const out = tempDir();
      writeFileSync(join(out, 'report.json'), 'OLD');
      const r = await interrupt(
        [
          'reconcile',
          '--electronic',
          e,
          '--paper',
          p,
          '--as-of',
          '2024-12-31',
          '--format',
          'json',
          '--output',
          join(out, 'report.json'),
          '--details',
          join(out, 'details.csv'),
          '--force',
        ],
        signal,
        (pid) => hasOpen(pid, e),
      );
      expect(r.signal).toBeNull();
      expect(r.code).toBe(code);
      expect(r.afterSignalMs).toBeGreaterThanOrEqual(0);
      expect(r.afterSignalMs).toBeLessThan(1000);
      expect(readdirSync(out)).toEqual(['report.json']);
      expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('OLD');
    },
  );

  it(
    'SIGINT while the report is being written: the file is the old one or the whole new one, never part of it; ' +
      'no temporary file',
    async () => {
      const small = tempDir();
      onTestFinished(() => rmSync(small, { recursive: true, force: true }));
      const pair = bigPair(40_000);
      writeFileSync(join(small, 'e.csv'), pair.electronic);
      writeFileSync(join(small, 'p.csv'), pair.paper);
      const args = (out: string): string[] => [
        'reconcile',
        '--electronic',
        join(small, 'e.csv'),
        '--paper',
        join(small, 'p.csv'),
        '--as-of',
        '2024-12-31',
        '--format',
        'ndjson',
        '--output',
        out,
        '--force',
      ];
      const reference = join(tempDir(), 'whole.ndjson');
      const whole = await interrupt(args(reference), 'SIGINT', () => false);
      expect(whole.code).toBe(0);
      const out = tempDir();
      const target = join(out, 'findings.ndjson');
      writeFileSync(target, 'OLD');
      let tempSeen = false;
      const watcher = watch(out, (_event, name) => {
        if (name?.endsWith('.tmp')) tempSeen = true;
      });
      const r = await interrupt(args(target), 'SIGINT', () => tempSeen);
      watcher.close();
      expect(tempSeen).toBe(true);
      expect([0, 130]).toContain(r.code);
      expect(readdirSync(out)).toEqual(['findings.ndjson']);
      const content = readFileSync(target);
      expect(content.equals(Buffer.from('OLD')) || content.equals(readFileSync(reference))).toBe(true);
      if (r.code === 130) expect(content.toString()).toBe('OLD');
    },
  );
});
