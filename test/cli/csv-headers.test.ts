/**
 * `--headers labels|keys`: the CSV report and `--details` have headings, a total row and class names
 * in the report's language by default, and the machine names scripts rely on with `--headers keys`;
 * `--details` has the working days late beside the calendar days. Figures from fixtures/mini (the
 * hand-checked counts of test/cli/csv-dialect.test.ts) and fixtures/tet-2024 (its README's table).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { runCli, tempDir } from './run-cli.js';

const MINI = [
  'reconcile',
  '--electronic',
  'fixtures/mini/electronic.csv',
  '--paper',
  'fixtures/mini/paper.csv',
  '--as-of',
  '2024-03-10',
  '--format',
  'csv',
];
/** Xã A's and the total's figures (electronic then paper), as in test/cli/csv-dialect.test.ts. */
const XA = '4,3,1,2,0,0,1,0,33.33,66.67,0.00,4,3,1,1,1,0,1,0,33.33,33.33,33.33';
const TOTAL = '5,3,1,2,0,1,1,0,33.33,66.67,0.00,5,3,1,1,1,0,2,0,33.33,33.33,33.33';

const rows = (text: string): string[][] => parse(text.replace(/^\ufeff/, '')) as string[][];

describe('the CSV report', () => {
  it('has Vietnamese headings and total row with --lang vi, the same columns and figures as the keys', async () => {
    const vi = rows((await runCli([...MINI, '--lang', 'vi'])).stdout);
    const keys = rows((await runCli([...MINI, '--lang', 'vi', '--headers', 'keys'])).stdout);
    expect(vi[0]!.slice(0, 4)).toEqual(['Đơn vị', 'Điện tử: Số hồ sơ', 'Điện tử: Đã giải quyết', 'Điện tử: Trước hạn']);
    expect(vi[0]!.slice(9, 12)).toEqual(['Điện tử: Trước hạn %', 'Điện tử: Đúng hạn %', 'Điện tử: Quá hạn %']);
    expect(vi[0]![12]).toBe('Sổ giấy: Số hồ sơ');
    expect(vi[0]![23]).toBe('Sổ giấy quá hạn nhưng hệ thống điện tử ghi đúng/trước hạn');
    expect(vi[0]).toHaveLength(1 + 2 * 11 + FINDING_KINDS.length);
    expect(keys[0]).toHaveLength(vi[0]!.length);
    expect(keys[0]!.slice(0, 2)).toEqual(['unit', 'electronic_received']);
    expect(vi[1]!.slice(0, 23).join(',')).toBe(`Xã A,${XA}`);
    expect(vi[3]!.slice(0, 23).join(',')).toBe(`TỔNG CỘNG,${TOTAL}`);
    expect(keys[3]!.slice(0, 23).join(',')).toBe(`TOTAL,${TOTAL}`);
    // the rows of figures are the same in both forms, but for the total's name
    expect(vi.slice(1, 3)).toEqual(keys.slice(1, 3));
    expect(vi[3]!.slice(1)).toEqual(keys[3]!.slice(1));
  });

  it('in English by default; --headers keys is the plain table scripts read: no provenance rows', async () => {
    const en = (await runCli(MINI)).stdout.split('\n');
    expect(en[0]).toMatch(/^Unit,Electronic: Records,/);
    expect(en[3]).toMatch(new RegExp(`^TOTAL,${TOTAL.replace(/\./g, '\\.')},`));
    expect(en[5]).toMatch(/^Provenance,+$/);
    const keys = (await runCli([...MINI, '--headers', 'keys'])).stdout;
    expect(keys.split('\n')).toHaveLength(5); // header, two units, total, and the final line end
    expect(keys).not.toContain('Provenance');
  });

  it('refuses another --headers value, naming the choices (exit 2)', async () => {
    const r = await runCli([...MINI, '--headers', 'vi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "option '--headers <which>' argument 'vi' is invalid. Allowed choices are labels, keys.",
    );
  });
});

describe('--details', () => {
  const TET = [
    'reconcile',
    '--electronic',
    'fixtures/tet-2024/electronic.csv',
    '--paper',
    'fixtures/tet-2024/paper.csv',
    '--as-of',
    '2025-09-05',
  ];

  async function details(extra: string[]): Promise<string[][]> {
    const file = join(tempDir(), 'd.csv');
    const r = await runCli([...TET, '--details', file, ...extra]);
    expect(r.stderr).toBe('');
    return rows(readFileSync(file, 'utf8'));
  }

  it('has Vietnamese headings and class names, and the working days late (fixtures/tet-2024/README.md)', async () => {
    const d = await details(['--lang', 'vi']);
    expect(d[0]!.slice(0, 3)).toEqual(['Loại phát hiện', 'Mã hồ sơ', 'Đơn vị']);
    expect(d[0]!.slice(7, 9)).toEqual(['Điện tử: Phân loại', 'Sổ giấy: Phân loại']);
    expect(d[0]!.slice(17)).toEqual(['Số ngày trễ', 'Chi tiết', 'Số ngày làm việc trễ']);
    const row = (kind: string, code: string): string[] => d.find((r) => r[0] === kind && r[1]!.endsWith(code))!;
    // T6: due 30/4, resolved 2/5 on the electronic side, 2 calendar days, 1 working day (30/4 and 1/5 off)
    const t6 = row('status-mismatch', '240425-0001');
    expect([t6[7], t6[8], t6[17], t6[19]]).toEqual(['quá hạn', 'trước hạn', '2', '1']);
    // T17: due 14/2 (inside the Tết break), resolved 20/2: 6 calendar days, 4 working days (15, 16, 19, 20/2)
    const t17 = row('late-without-apology', '240207-0001');
    expect([t17[7], t17[8], t17[17], t17[19]]).toEqual(['quá hạn', 'quá hạn', '6', '4']);
  });

  it('keeps the machine names and class keys with --headers keys, working_days_late last', async () => {
    const d = await details(['--lang', 'vi', '--headers', 'keys']);
    expect(d[0]!.slice(-3)).toEqual(['calendar_days_late', 'message', 'working_days_late']);
    const t6 = d.find((r) => r[0] === 'status-mismatch' && r[1]!.endsWith('240425-0001'))!;
    expect([t6[7], t6[8], t6[17], t6[19]]).toEqual(['late', 'before-deadline', '2', '1']);
  });
});

describe('a labelled CSV of ours is known as ours', () => {
  it('is replaced by the next run without --force, in Vietnamese and with ";" too', async () => {
    const dir = tempDir();
    for (const extra of [
      ['--lang', 'vi'],
      ['--lang', 'vi', '--delimiter', ';'],
      ['--lang', 'en'],
    ]) {
      const out = join(dir, `r${extra.length}.csv`);
      const details = join(dir, `d${extra.length}.csv`);
      const args = [...MINI, ...extra, '--output', out, '--details', details];
      expect((await runCli(args)).status).toBe(0);
      const again = await runCli(args);
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
    }
  });
});
