/**
 * The rules inspectors cite, end to end (in-process): `late-apology` (and `--apology-lead-days`),
 * `repeated-new-date`, `due-on-day-off`, on a four-row export written here and on the department
 * fixture's register. Dates are counted by hand on the built-in calendar.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

// Due dates: Sat 16/3/2024; Tue 30/4/2024 (holiday); Fri 15/3/2024 with an apology on Thu 14/3 (one
// working day before: fine with the default, too late with --apology-lead-days 2) and a new date set
// twice; Wed 20/3/2024, an ordinary day.
const EXPORT = [
  'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Phiếu xin lỗi,Số lần hẹn lại',
  'A-1,UBND xã Mẫu,11/03/2024,16/03/2024,15/03/2024,,',
  'A-2,UBND xã Mẫu,22/04/2024,30/04/2024,26/04/2024,,',
  'A-3,UBND xã Mẫu,08/03/2024,15/03/2024,19/03/2024,14/03/2024,2',
  'A-4,UBND xã Mẫu,13/03/2024,20/03/2024,20/03/2024,,1',
  '',
].join('\n');

interface Json {
  findings: { kind: string; code: string; args?: Record<string, string | number> }[];
}

async function findings(args: string[]): Promise<Json['findings']> {
  const run = await runCli([...args, '--format', 'json']);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as Json).findings.filter((f) =>
    ['late-apology', 'repeated-new-date', 'due-on-day-off'].includes(f.kind),
  );
}

describe('the inspectors’ rules, end to end', () => {
  const dir = writeTemp({ 'e.csv': EXPORT });
  const stats = ['stats', join(dir, 'e.csv'), '--as-of', '2024-05-31'];

  it('flags due dates on a Saturday and on a holiday, and a new date set twice', async () => {
    const raised = (await findings(stats)).map((f) => [f.code, f.kind, f.args]);
    expect(raised.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['A-1', 'due-on-day-off', { source: 'electronic', due: '2024-03-16', dayOff: 'saturday' }],
      ['A-2', 'due-on-day-off', { source: 'electronic', due: '2024-04-30', dayOff: 'holiday' }],
      ['A-3', 'repeated-new-date', { source: 'electronic', count: 2 }],
    ]);
  });

  it('--apology-lead-days 2: an apology one working day before the due date is too late', async () => {
    const raised = await findings([...stats, '--apology-lead-days', '2']);
    expect(raised.filter((f) => f.kind === 'late-apology').map((f) => [f.code, f.args])).toEqual([
      [
        'A-3',
        { source: 'electronic', apologyDate: '2024-03-14', due: '2024-03-15', workingDaysBefore: 1, required: 2 },
      ],
    ]);
  });

  it('the department register: an apology on the due day is late-apology, one working day before is not', async () => {
    const raised = await findings([
      'reconcile',
      '--electronic',
      'fixtures/department-2024/electronic.csv',
      '--paper',
      'fixtures/department-2024/paper.csv',
      '--as-of',
      '2024-06-30',
    ]);
    expect(raised.map((f) => [f.kind, f.code, f.args])).toEqual([
      [
        'late-apology',
        'STP-240502-0001',
        { source: 'paper', apologyDate: '2024-05-15', due: '2024-05-15', workingDaysBefore: 0, required: 1 },
      ],
    ]);
  });

  it('rejects a threshold that is not a whole number of days from 0 to 30', async () => {
    const run = await runCli([...stats, '--apology-lead-days', '1.5']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--apology-lead-days');
  });

  it('finds the twelve district apologies dated on their due day (counted by hand: fixtures/README.md)', async () => {
    const district = ['reconcile', '--electronic', 'fixtures/district/electronic.csv'];
    const all = await findings([...district, '--paper', 'fixtures/district/paper.csv', '--as-of', '2024-12-31']);
    const late = all.filter((f) => f.kind === 'late-apology');
    expect(late.map((f) => f.code.toUpperCase()).sort()).toEqual(
      [
        '000.20.36.H17-240103-0002',
        '000.20.36.H17-240201-0001',
        '000.03.36.H17-240319-0002',
        '000.27.36.H17-240514-0004',
        '000.25.36.H17-240520-0003',
        '000.20.36.H17-240522-0001',
        '000.03.36.H17-240529-0001',
        '000.03.36.H17-240816-0001',
        '000.27.36.H17-240819-0002',
        '000.20.36.H17-240827-0002',
        '000.25.36.H17-241024-0001',
        '000.03.36.H17-241216-0002',
      ].sort(),
    );
    for (const f of late) expect(f.args?.apologyDate).toBe(f.args?.due);
  });
});
