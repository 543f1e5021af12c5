/**
 * `--form 06a` end to end (in-process): the published Dak Lak 2023 figures, and the hand-worked
 * two-period department of fixtures/department-2024 (its arithmetic is in fixtures/README.md,
 * "department-2024"), in every format the form is written in; the options' mistakes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAK_LAK, DEPT, Q1, Q2 } from './form-runs.js';
import { runCli } from './run-cli.js';

type Figures = Record<string, number> & { rates: Record<string, number | null> };
interface FormJson {
  period: { from: string | null; to: string };
  periodBy: string;
  rows: { labels: string[]; electronic: Figures | null; paper: Figures | null; differences: string[] }[];
  total: { electronic: Figures | null; paper: Figures | null; differences: string[] };
}

async function formJson(args: string[]): Promise<FormJson> {
  const run = await runCli([...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as FormJson;
}

/** The printed columns (1)–(11) in order, then channel not recorded, withdrawn, rejected, stopped. */
function columns(f: Figures | null): number[] {
  const keys = [
    'receivedTotal',
    'receivedOnline',
    'receivedDirect',
    'carriedOver',
    'resolvedTotal',
    'resolvedBefore',
    'resolvedOnTime',
    'resolvedLate',
    'inProgressTotal',
    'inProgressWithin',
    'inProgressOverdue',
    'receivedChannelUnknown',
    'withdrawn',
    'rejected',
    'stopped',
  ];
  return keys.map((k) => f![k]!);
}

describe('form 06a on the Dak Lak 2023 fixture', () => {
  it('gives received 538, resolved 526 = 509 / 16 / 1, 12 in progress within time', async () => {
    const form = await formJson(DAK_LAK);
    expect(form.periodBy).toBe('activity');
    expect(columns(form.total.electronic)).toEqual([538, 0, 0, 0, 526, 509, 16, 1, 12, 12, 0, 538, 0, 0, 0]);
    expect(form.total.electronic!.rates).toEqual({ before: 96.77, onTime: 3.04, late: 0.19 });
    // Decision 766 indicator 2.1: (509 + 16 + 12) / (526 + 12) = 537 / 538 = 99.81 %
    expect(form.total.electronic!.qd766).toEqual({ timely: 537, handled: 538, percent: 99.81 });
    expect(form.total.paper).toBeNull();
  });

  it('--decimals 1 prints 96.8 / 3.0 / 0.2 (and 96,8 in Vietnamese)', async () => {
    const en = await runCli([...DAK_LAK, '--decimals', '1']);
    expect(en.stdout).toContain('before the due date 509 (96.8%), on time 16 (3.0%), late 1 (0.2%)');
    const vi = await runCli([...DAK_LAK, '--decimals', '1', '--lang', 'vi']);
    expect(vi.stdout).toContain('trước hạn 509 (96,8%), đúng hạn 16 (3,0%), quá hạn 1 (0,2%)');
    const json = await formJson([...DAK_LAK, '--decimals', '0']);
    expect(json.total.electronic!.rates).toEqual({ before: 97, onTime: 3, late: 0 });
  });
});

describe('form 06a on the hand-worked department, two quarters', () => {
  it('Q1 by field: carried over from December, in progress at 31 March, the register missing one', async () => {
    const form = await formJson(Q1);
    expect(form.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(form.rows.map((r) => r.labels)).toEqual([['Chứng thực'], ['Hộ tịch'], ['Lý lịch tư pháp']]);
    const [ct, ht, ll] = form.rows;
    expect(columns(ct!.electronic)).toEqual([3, 1, 2, 0, 2, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(columns(ct!.paper)).toEqual([2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(ct!.differences).toEqual(['receivedTotal', 'receivedDirect', 'resolvedTotal', 'resolvedBefore']);
    expect(columns(ht!.electronic)).toEqual([5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1, 0, 0, 0, 0]);
    expect(columns(ht!.paper)).toEqual(columns(ht!.electronic));
    // Only the register has an apology column: its late 231228 has one (dated 09/01, due 10/01).
    expect([ht!.paper!.lateWithApology, ht!.electronic!.lateWithApology]).toEqual([1, 0]);
    expect(ht!.differences).toEqual(['lateWithApology']);
    expect(columns(ll!.electronic)).toEqual([2, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]);
    expect(columns(form.total.electronic)).toEqual([10, 3, 5, 2, 6, 2, 2, 2, 3, 2, 1, 0, 0, 1, 0]);
    expect(columns(form.total.paper)).toEqual([9, 3, 4, 2, 5, 1, 2, 2, 3, 2, 1, 0, 0, 1, 0]);
    expect(form.total.electronic!.rates).toEqual({ before: 33.33, onTime: 33.33, late: 33.33 });
    expect(form.total.paper!.rates).toEqual({ before: 20, onTime: 40, late: 40 });
    // Decision 766: (before + on time + in progress within time) / (resolved + in progress)
    expect(form.total.electronic!.qd766).toEqual({ timely: 6, handled: 9, percent: 66.67 });
    expect(form.total.paper!.qd766).toEqual({ timely: 5, handled: 8, percent: 62.5 });
  });

  it("Q2: what was in progress at Q1's end is carried over; a result after 30 June is still in progress", async () => {
    const form = await formJson(Q2);
    const [ct, ht, ll] = form.rows;
    expect(columns(ct!.electronic)).toEqual([3, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0]);
    expect(columns(ht!.electronic)).toEqual([4, 1, 1, 2, 2, 2, 0, 0, 2, 1, 1, 0, 0, 0, 0]);
    expect(columns(ht!.paper)).toEqual([5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1, 0, 0, 0, 0]);
    expect(columns(ll!.electronic)).toEqual([1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(columns(form.total.electronic)).toEqual([8, 2, 2, 3, 4, 3, 1, 0, 3, 2, 1, 1, 1, 0, 0]);
    expect(columns(form.total.paper)).toEqual([9, 2, 3, 3, 5, 2, 2, 1, 3, 2, 1, 1, 1, 0, 0]);
    expect(form.total.differences).toEqual([
      'receivedTotal',
      'receivedDirect',
      'resolvedTotal',
      'resolvedBefore',
      'resolvedOnTime',
      'resolvedLate',
      'closedWithoutReason',
      'lateWithApology',
    ]);
  });

  it('Q2 as CSV, exactly', async () => {
    const run = await runCli([...Q2, '--format', 'csv']);
    const head =
      'field,source,received_total,received_online,received_direct_or_postal,carried_over,resolved_total,' +
      'resolved_before_deadline,resolved_on_time,resolved_late,in_progress_total,in_progress_within_time,' +
      'in_progress_overdue,received_channel_unknown,withdrawn,rejected,stopped,closed_without_reason,' +
      'late_with_apology,' +
      'overdue_with_apology,before_deadline_pct,on_time_pct,late_pct,qd766_timely,qd766_handled,qd766_pct,differs';
    const diff =
      'received_total received_direct_or_postal resolved_total resolved_before_deadline resolved_on_time ' +
      'resolved_late ' +
      'closed_without_reason late_with_apology';
    const htDiff =
      'received_total received_direct_or_postal resolved_total resolved_before_deadline resolved_on_time ' +
      'resolved_late ' +
      'late_with_apology';
    expect(run.stdout).toBe(
      [
        head,
        'Chứng thực,electronic,3,1,1,1,1,0,1,0,1,1,0,0,1,0,0,1,0,0,0.00,100.00,0.00,2,2,100.00,closed_without_reason',
        'Chứng thực,paper,3,1,1,1,1,0,1,0,1,1,0,0,1,0,0,0,0,0,0.00,100.00,0.00,2,2,100.00,closed_without_reason',
        `Hộ tịch,electronic,4,1,1,2,2,2,0,0,2,1,1,0,0,0,0,0,0,0,100.00,0.00,0.00,3,4,75.00,${htDiff}`,
        `Hộ tịch,paper,5,1,2,2,3,1,1,1,2,1,1,0,0,0,0,0,1,0,33.33,33.33,33.33,3,5,60.00,${htDiff}`,
        'Lý lịch tư pháp,electronic,1,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,100.00,0.00,0.00,1,1,100.00,',
        'Lý lịch tư pháp,paper,1,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,0,100.00,0.00,0.00,1,1,100.00,',
        `TOTAL,electronic,8,2,2,3,4,3,1,0,3,2,1,1,1,0,0,1,0,0,75.00,25.00,0.00,6,7,85.71,${diff}`,
        `TOTAL,paper,9,2,3,3,5,2,2,1,3,2,1,1,1,0,0,0,1,0,40.00,40.00,20.00,6,8,75.00,${diff}`,
        '',
      ].join('\n'),
    );
  });

  it('Q2 as a table and as markdown: the total lines and the rates', async () => {
    const table = (await runCli(Q2)).stdout;
    const cells = (line: string): string[] =>
      line
        .split('│')
        .map((c) => c.trim())
        .filter(Boolean);
    const lines = table.split('\n');
    const total = lines.findIndex((l) => l.includes('Total') && l.includes('Electronic'));
    // (1)–(11), then channel not recorded, withdrawn, of these no reason, late with apology (not all zero), differs
    const e = ['Total', 'Electronic', '8', '2', '2', '3', '4', '3', '1', '0', '3', '2', '1', '1', '1', '1', '0'];
    const p = [
      'Paper',
      '9',
      '2',
      '3',
      '3',
      '5',
      '2',
      '2',
      '1',
      '3',
      '2',
      '1',
      '1',
      '1',
      '0',
      '1',
      '(1) (3) (5) (6) (7)',
    ];
    expect(cells(lines[total]!)).toEqual(e);
    expect(cells(lines[total + 1]!)).toEqual(p);
    expect(table).toContain('Paper: 5 resolved — before the due date 2 (40.00%), on time 2 (40.00%), late 1 (20.00%)');
    const md = (await runCli([...Q2, '--format', 'markdown'])).stdout;
    expect(md).toContain(
      '|  | **Total** | Electronic | **8** | **2** | **2** | **3** | **4** | **3** | **1** | **0** | **3** | **2** | ' +
        '**1** | **1** | **1** | **1** | **0** |  |',
    );
    expect(md).toContain(
      '|  |  | Paper | **9** | **2** | **3** | **3** | **5** | **2** | **2** | **1** | **3** | **2** | **1** | **1** ' +
        '| **1** | **0** | **1** | (1) (3) (5) (6) (7) (8); Of these, no reason given; Late, with apology |',
    );
  });

  it('the period line writes dates as the language does: ISO in English, dd/mm/yyyy in Vietnamese', async () => {
    const activity = 'every dossier open at any time in the period; counted at its last day';
    const en = (await runCli(Q2)).stdout.split('\n');
    expect(en[1]).toBe(`Period: 2024-04-01 to 2024-06-30 (${activity})`);
    const vi =
      'Kỳ báo cáo: từ ngày 01/04/2024 đến ngày 30/06/2024 ' +
      '(mọi hồ sơ đang mở vào một lúc nào đó trong kỳ; tính tại ngày cuối kỳ)';
    expect((await runCli([...Q2, '--lang', 'vi'])).stdout.split('\n')[1]).toBe(vi);
    const md = (await runCli([...Q2, '--lang', 'vi', '--format', 'markdown'])).stdout.split('\n');
    expect(md[2]).toBe(vi);
  });

  it('--rows month: March and April, April carrying over what March left open', async () => {
    const form = await formJson([...DEPT, '--from', '2024-03-01', '--to', '2024-04-30', '--rows', 'month']);
    expect(form.rows.map((r) => r.labels)).toEqual([['2024-03'], ['2024-04']]);
    expect(columns(form.rows[0]!.electronic)).toEqual([3, 1, 2, 0, 0, 0, 0, 0, 3, 2, 1, 0, 0, 0, 0]);
    expect(columns(form.rows[1]!.electronic)).toEqual([5, 0, 1, 3, 3, 2, 1, 0, 1, 0, 1, 1, 1, 0, 0]);
  });

  it('--period-by received: Q1 holds only what was received in Q1, nothing carried over', async () => {
    const form = await formJson([...Q1, '--period-by', 'received']);
    expect(columns(form.total.electronic)).toEqual([8, 3, 5, 0, 4, 1, 2, 1, 3, 2, 1, 0, 0, 1, 0]);
  });

  it('--period-by resolved: Q2 holds only what was resolved in Q2', async () => {
    const form = await formJson([...Q2, '--period-by', 'resolved']);
    expect(columns(form.total.electronic)).toEqual([4, 1, 0, 2, 4, 3, 1, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('--rows unit-field and --rows channel', async () => {
    const byUnitField = await formJson([...Q1, '--rows', 'unit-field']);
    expect(byUnitField.rows.map((r) => r.labels)).toEqual([
      ['Sở Tư pháp tỉnh Mẫu', 'Chứng thực'],
      ['Sở Tư pháp tỉnh Mẫu', 'Hộ tịch'],
      ['Sở Tư pháp tỉnh Mẫu', 'Lý lịch tư pháp'],
    ]);
    const byChannel = await formJson([...Q2, '--rows', 'channel']);
    expect(byChannel.rows.map((r) => [r.labels[0], r.electronic!.receivedTotal])).toEqual([
      ['direct', 3],
      ['online', 2],
      ['online-full', 1],
      ['postal', 1],
      ['', 1],
    ]);
  });
});

describe('form options', () => {
  it.each([
    [['--rows', 'field'], '--rows applies to the settlement-results form only'],
    [['--decimals', '1'], '--decimals applies to the settlement-results form only'],
    [['--form', '06a', '--decimals', '5'], '--decimals'],
    [['--form', '06a', '--format', 'ndjson'], '--form 06a cannot be written as ndjson yet'],
    [['--form', '06a', '--to', '2023-12-31', '--as-of', '2023-12-30'], 'differs from --to 2023-12-31'],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli(['stats', 'fixtures/dak-lak-2023/electronic.csv', ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});

describe('tthc-audit form', () => {
  it('is stats --form 06a for files, reconcile --form 06a for --electronic and --paper', async () => {
    const viaStats = await runCli([...DAK_LAK, '--format', 'csv']);
    const viaForm = await runCli([
      'form',
      'fixtures/dak-lak-2023/electronic.csv',
      '--to',
      '2023-12-31',
      '--format',
      'csv',
    ]);
    expect(viaForm.stdout).toBe(viaStats.stdout);
    expect(viaForm.stdout).toContain('TOTAL,electronic,538,0,0,0,526,509,16,1,12,12,0');
    const both = await runCli([
      'form',
      '--electronic',
      'fixtures/department-2024/electronic.csv',
      '--paper',
      'fixtures/department-2024/paper.csv',
      '--from',
      '2024-04-01',
      '--to',
      '2024-06-30',
    ]);
    expect(both.stdout).toBe((await runCli(Q2)).stdout);
  });

  it.each([[['--to', '2023-12-31']], [['fixtures/dak-lak-2023/electronic.csv', '--paper', 'x.csv']]])(
    'refuses %j: one source or both, not neither nor a mix',
    async (args) => {
      const run = await runCli(['form', ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('form needs the files of one source, or both --electronic and --paper');
    },
  );
});

describe('tthc-audit form: the document formats end to end', () => {
  const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an .xlsx is a zip

  it('--format xlsx on a pipe writes the workbook to stdout, nothing on stderr, exit 0', async () => {
    const run = await runCli([
      'form',
      'fixtures/dak-lak-2023/electronic.csv',
      '--to',
      '2023-12-31',
      '--format',
      'xlsx',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect([...run.bytes.subarray(0, 4)]).toEqual(ZIP);
  });

  it('--format xlsx without --output on a terminal is a usage error, as for the report', async () => {
    const run = await runCli(
      ['form', 'fixtures/dak-lak-2023/electronic.csv', '--to', '2023-12-31', '--format', 'xlsx'],
      {},
      undefined,
      { stdoutIsTTY: true },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'tthc-audit: --format xlsx is a binary file and stdout is a terminal (add --output report.xlsx, or ' +
        'redirect: > report.xlsx)\n',
    );
  });

  it('--format xlsx|html --output writes the file and nothing to stdout, and again over it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tthc-form-')), 'form.xlsx');
    const run = await runCli([...Q1, '--format', 'xlsx', '--output', out]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect([...readFileSync(out).subarray(0, 4)]).toEqual(ZIP);
    // written by tthc-audit, so written over without --force (html too)
    expect((await runCli([...Q1, '--format', 'xlsx', '--output', out])).status).toBe(0);
    const page = join(out, '..', 'form.html');
    expect((await runCli([...Q1, '--format', 'html', '--output', page])).status).toBe(0);
    expect((await runCli([...Q1, '--format', 'html', '--output', page])).status).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<h1>Settlement results of administrative procedures</h1>');
  });

  it('--format html writes one page with the Q1 total lines; in Vietnamese with a decimal comma', async () => {
    const run = await runCli([...Q1, '--format', 'html']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(run.stdout).toContain(
      'Paper: 5 resolved — before the due date 1 (20.00%), on time 2 (40.00%), late 2 (40.00%)',
    );
    const vi = await runCli([...DAK_LAK, '--format', 'html', '--lang', 'vi', '--decimals', '1']);
    expect([vi.status, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain('<html lang="vi">');
    expect(vi.stdout).toContain(
      'Điện tử: đã giải quyết 526 — trước hạn 509 (96,8%), đúng hạn 16 (3,0%), quá hạn 1 (0,2%)',
    );
  });
});
