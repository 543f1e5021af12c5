/**
 * The progress line end to end, under a pseudo-terminal: the built CLI run by util-linux `script`
 * (stderr and stdout on a pty 80 columns wide), with TTHC_PROGRESS_DELAY_MS=0 so that the district
 * fixture's short run draws at once. It shows the phases — each file read, matching and classifying,
 * writing — the share of bytes read (electronic.csv is 674,726 of the 1,064,825 bytes of the two
 * files: 63%), rows per second; every frame fits the terminal; and the final screen holds no trace of
 * it. Never on a pipe, in CI (CI=true) or with --quiet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin, runCli } from './run-cli.js';

const INPUTS = [
  ...['--electronic', 'fixtures/district/electronic.csv', '--paper', 'fixtures/district/paper.csv'],
  ...['--as-of', '2024-12-31'],
];

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Run the built CLI on a pty 80 columns wide; what the terminal received, as bytes turned to text. */
function runOnPty(args: readonly string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qfec', `stty cols 80 rows 50; ${quoted}`, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', TZ: 'UTC', TTHC_PROGRESS_DELAY_MS: '0', ...env },
  });
  return { status: r.status, out: r.stdout };
}

/** The frames drawn: each `\r\x1b[K` starts one (an empty one clears the line). */
const framesOf = (out: string): string[] =>
  out
    .split('\r\x1b[K')
    .slice(1)
    .map((f) => f.replace(/[\r\n].*$/s, ''));

/** What the terminal shows at the end: lines after carriage returns, line feeds and erase-line. */
function finalScreen(out: string): string[] {
  const lines: string[] = [''];
  let col = 0;
  for (let i = 0; i < out.length; i++) {
    const row = lines.length - 1;
    if (out.startsWith('\x1b[K', i)) {
      lines[row] = [...lines[row]!].slice(0, col).join('');
      i += 2;
    } else if (out[i] === '\r') col = 0;
    else if (out[i] === '\n') {
      lines.push('');
      col = 0;
    } else {
      const chars = [...lines[row]!];
      while (chars.length < col) chars.push(' ');
      chars[col++] = out[i]!;
      lines[row] = chars.join('');
    }
  }
  return lines;
}

describe.skipIf(!hasScript)('the progress line on a terminal', () => {
  it('shows each phase with the share read and rows/s, fits 80 columns, and leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-'));
    const report = join(dir, 'report.json');
    const r = runOnPty(['reconcile', ...INPUTS, '--format', 'json', '--output', report]);
    expect(r.status).toBe(0);
    const frames = framesOf(r.out).filter((f) => f !== '');
    expect(frames.some((f) => /^tthc-audit: .*reading electronic\.csv/.test(f))).toBe(true);
    expect(frames.some((f) => /^tthc-audit: .*reading paper\.csv/.test(f))).toBe(true);
    expect(frames.some((f) => / rows\/s/.test(f))).toBe(true);
    // electronic.csv read, paper.csv not yet: 674,726 / 1,064,825 bytes = 63.4% → 63%.
    expect(frames.some((f) => f.includes('1/2 files done') && f.includes('63% read'))).toBe(true);
    expect(frames.some((f) => f.includes('2/2 files done') && f.includes('100% read'))).toBe(true);
    expect(frames.some((f) => f.includes('5,972 rows read; matching and classifying'))).toBe(true);
    expect(frames.some((f) => f.includes('writing the report'))).toBe(true);
    for (const f of frames) expect([...f].length).toBeLessThan(80);
    // The last thing written is the clearing: the screen is empty.
    expect(r.out.endsWith('\r\x1b[K')).toBe(true);
    expect(finalScreen(r.out).filter((l) => l.trim() !== '')).toEqual([]);
    expect(JSON.parse(readFileSync(report, 'utf8')).total.electronic.received).toBe(2975);
  });

  it('leaves the report on the screen and no frame above or below it', () => {
    const r = runOnPty(['reconcile', ...INPUTS, '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(framesOf(r.out).some((f) => f.includes('đang đọc'))).toBe(true);
    const screen = finalScreen(r.out).filter((l) => l.trim() !== '');
    expect(screen[0]).toBe('Đối chiếu hệ thống điện tử với sổ theo dõi giấy');
    expect(screen.some((l) => l.includes('tthc-audit:'))).toBe(false);
  });

  it('is not drawn in CI (CI=true) nor with --quiet, even on a terminal', () => {
    for (const [args, env] of [
      [[], { CI: 'true' }],
      [['--quiet'], {}],
    ] as const) {
      const r = runOnPty(['reconcile', ...INPUTS, '--format', 'json', ...args], env);
      expect(r.status).toBe(0);
      expect(r.out).not.toContain('\x1b[K');
      expect(r.out).not.toContain('tthc-audit:');
    }
  });
});

describe('the progress line off a terminal', () => {
  it('writes nothing on a pipe, even with no delay', () => {
    const r = runBin(['reconcile', ...INPUTS, '--format', 'json'], { TTHC_PROGRESS_DELAY_MS: '0' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('in-process, with stderr said to be a terminal: drawn, and cleared last', async () => {
    const r = await runCli(['reconcile', ...INPUTS, '--format', 'json'], { TTHC_PROGRESS_DELAY_MS: '0' }, ROOT, {
      stderrIsTTY: true,
    });
    expect(r.stderr).toContain('matching and classifying');
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    const ci = await runCli(
      ['reconcile', ...INPUTS, '--format', 'json'],
      { TTHC_PROGRESS_DELAY_MS: '0', CI: '1' },
      ROOT,
      {
        stderrIsTTY: true,
      },
    );
    expect(ci.stderr).toBe('');
  });
});
