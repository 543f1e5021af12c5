/**
 * Usage, input and output errors: one line on stderr naming the file, line and column where it
 * applies and how to fix it; exit 2; no stack trace unless --debug.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

const HEADER_E = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\n';
const ROW = (code: string, received = '01/03/2024', due = '05/03/2024', done = '04/03/2024'): string =>
  `${code},Xã A,${received},${due},${done}\n`;

function pair(electronic: string, paper = HEADER_E + ROW('X-1')): { e: string; p: string; dir: string } {
  const dir = writeTemp({ 'e.csv': electronic, 'p.csv': paper });
  return { e: join(dir, 'e.csv'), p: join(dir, 'p.csv'), dir };
}

const expectOneLineError = (stderr: string, pattern: RegExp): void => {
  const lines = stderr.trim().split('\n');
  expect(lines.some((l) => pattern.test(l))).toBe(true);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
};

describe('usage errors exit 2 with a message naming the option', () => {
  it.each([
    [['--as-of', '31/12/2024'], /--as-of expects a date as yyyy-mm-dd, got "31\/12\/2024"/],
    [['--from', '2024-02-30'], /--from expects a date as yyyy-mm-dd/],
    [['--from', '2024-05-01', '--to', '2024-04-01'], /--from 2024-05-01 is after --to 2024-04-01/],
    [['--fail-on', 'masked-lateness'], /--fail-on: unknown finding kind "masked-lateness"/],
    [['--format', 'pdf'], /argument 'pdf' is invalid/],
    [['--max-errors', 'lots'], /--max-errors expects a number of rows or a percentage/],
    [['--map', 'colour=Màu'], /--map expects field=Header/],
  ])('%j', async (args, pattern) => {
    const { e, p } = pair(HEADER_E + ROW('X-1'));
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr, pattern);
  });

  it('a missing required option', async () => {
    const r = await runCli(['reconcile', '--electronic', 'x.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/required option '--paper <file...>' not specified/);
  });

  it('an unknown command', async () => {
    expect((await runCli(['reconsile'])).status).toBe(2);
  });
});

describe('input errors name the file (and line and column)', () => {
  it('a file that does not exist', async () => {
    const r = await runCli(['reconcile', '--electronic', 'nope.csv', '--paper', 'nope2.csv']);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /^tthc-audit: nope\.csv: file not found \(check the path\)$/);
  });

  it('a file without the required columns', async () => {
    const { e, p } = pair('Mã hồ sơ,Đơn vị,Ngày tiếp nhận\nX-1,Xã A,01/03/2024\n');
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p]);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /e\.csv:1: no column for due \(e\.g\. "Ngày hẹn trả"\)/);
  });

  it('a file with no unit column and no --unit-name', async () => {
    const { e, p } = pair('Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả\nX-1,01/03/2024,05/03/2024\n');
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p]);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /no unit column .*--unit-name/);
    const ok = await runCli(['stats', e, '--unit-name', 'Xã A', '--format', 'json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).units[0].unit).toBe('Xã A');
  });

  it('a bad required date rejects the row with file:line:column and exits 2 when over --max-errors', async () => {
    const { e, p } = pair(HEADER_E + ROW('X-1') + ROW('X-2', '12/31/2024'));
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /e\.csv:3:3: received date: "12\/31\/2024" reads as month 31: dates must be day-first \(dd\/mm\/yyyy\)/,
    );
    expect(r.stderr).toMatch(/1 of 3 rows were rejected, more than --max-errors allows \(0\)/);
    expect(r.stdout).toBe('');
  });

  it('rejected rows within --max-errors are reported and the audit goes on, with the accounting', async () => {
    const { e, p } = pair(HEADER_E + ROW('X-1') + ROW('', '01/03/2024'));
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p, '--max-errors', '1', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/e\.csv:3:1: the dossier code is empty/);
    const report = JSON.parse(r.stdout);
    expect(report.inputs[0]).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });

  it('an unclosed quote is one clear message', async () => {
    const { e, p } = pair(HEADER_E + ROW('X-1') + 'X-2,"Xã A,01/03/2024,05/03/2024,\n' + ROW('X-3'));
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p]);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /e\.csv(:\d+)?: a quoted field .*is never closed/);
  });

  it('an empty file and a header-only file', async () => {
    const empty = pair('');
    expectOneLineError(
      (await runCli(['reconcile', '--electronic', empty.e, '--paper', empty.p])).stderr,
      /e\.csv: the file is empty/,
    );
    const headerOnly = pair(HEADER_E);
    const r = await runCli(['reconcile', '--electronic', headerOnly.e, '--paper', headerOnly.p]);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /e\.csv:1: the file has a header but no dossier rows/);
  });

  it('a bad --calendar or --procedures file is reported before the inputs are read', async () => {
    // The inputs do not exist either: the small option file is checked first, so its error comes out.
    const cal = await runCli([
      'reconcile',
      '--electronic',
      'nope.csv',
      '--paper',
      'nope.csv',
      '--calendar',
      'no-calendar.json',
    ]);
    expect(cal.status).toBe(2);
    expectOneLineError(cal.stderr, /^tthc-audit: no-calendar\.json: calendar file not found/);
    const proc = await runCli([
      'reconcile',
      '--electronic',
      'nope.csv',
      '--paper',
      'nope.csv',
      '--procedures',
      'no-catalogue.csv',
    ]);
    expect(proc.status).toBe(2);
    expectOneLineError(proc.stderr, /^tthc-audit: no-catalogue\.csv: file not found/);
  });

  it('--debug adds the stack trace', async () => {
    const r = await runCli(['reconcile', '--electronic', 'nope.csv', '--paper', 'nope.csv', '--debug']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('output errors', () => {
  it('refuses to overwrite an input file', async () => {
    const { e, p } = pair(HEADER_E + ROW('X-1'));
    const r = await runCli(['reconcile', '--electronic', e, '--paper', p, '--output', e]);
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /--output .* is one of the input files/);
  });

  it('a folder that does not exist', async () => {
    const { e, p, dir } = pair(HEADER_E + ROW('X-1'));
    const r = await runCli([
      'reconcile',
      '--electronic',
      e,
      '--paper',
      p,
      '--output',
      join(dir, 'no/such/dir/out.json'),
    ]);
    expect(r.status).toBe(2);
    // Said before any work, naming the folder (overwrite-policy.ts), not after the run as ENOENT.
    expectOneLineError(
      r.stderr,
      /out\.json: --output: the folder .*no\/such\/dir does not exist \(create the folder first/,
    );
  });
});

describe('help and version', () => {
  it('--help and --version exit 0', async () => {
    const h = await runCli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/reconcile/);
    const v = await runCli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await runCli(['reconcile', '--help'])).stdout).toMatch(
      /Exit codes: 0 done, 1 findings matched --fail-on or a CI gate failed, 2 usage/,
    );
  });
});
