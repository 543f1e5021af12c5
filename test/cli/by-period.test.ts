/**
 * `reconcile --by month|quarter|year` end to end on the district fixture, in every format: JSON
 * (`by`, and `byPeriod` per unit and for the total), CSV (a period column), markdown and HTML (a "By
 * period" section), XLSX (a "By period" sheet), the terminal table (indented period rows). Phòng Tư
 * pháp's electronic dossiers by quarter of receipt, counted by hand from fixtures/district/electronic.csv
 * (codes counted once): 102, 112, 122, 115 — 451 in all, as fixtures/README.md lists for the unit.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runCli, writeTemp } from './run-cli.js';

const DISTRICT = [
  'reconcile',
  ...['--electronic', 'fixtures/district/electronic.csv', '--paper', 'fixtures/district/paper.csv'],
  ...['--as-of', '2024-12-31'],
];
const run = (extra: string[]) => runCli([...DISTRICT, ...extra]);
/** A fixture's path from the repository root, for a run in another folder. */
const full = (arg: string): string => (arg.startsWith('fixtures/') ? join(ROOT, arg) : arg);

interface Figures {
  received: number;
  resolved: number;
  beforeDeadline: number;
  onTime: number;
  late: number;
  withdrawn: number;
  rates: { beforeDeadline: number | null; onTime: number | null; late: number | null };
}
interface Row {
  unit?: string;
  period?: string;
  electronic: Figures;
  paper: Figures;
  findingCounts: Record<string, number>;
  byPeriod?: Row[];
}

describe('--by in the JSON report', () => {
  it('gives each unit and the total its quarters, which add up to it', async () => {
    const r = await run(['--by', 'quarter', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { by: string; units: Row[]; total: Row };
    expect(report.by).toBe('quarter');
    const tuPhap = report.units.find((u) => u.unit === 'Phòng Tư pháp')!;
    expect(tuPhap.byPeriod!.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(tuPhap.byPeriod!.map((p) => p.electronic.received)).toEqual([102, 112, 122, 115]);
    // Each period's rate is its own share of its resolved dossiers, as for a unit: 90 of 98 → 91.84%.
    const q1 = tuPhap.byPeriod![0]!.electronic;
    expect([q1.beforeDeadline, q1.resolved, q1.rates.beforeDeadline]).toEqual([90, 98, 91.84]);
    for (const u of [...report.units, report.total]) {
      for (const source of ['electronic', 'paper'] as const) {
        for (const k of ['received', 'resolved', 'beforeDeadline', 'onTime', 'late'] as const) {
          expect(u.byPeriod!.reduce((n, p) => n + p[source][k], 0)).toBe(u[source][k]);
        }
      }
      for (const [kind, n] of Object.entries(u.findingCounts))
        expect(u.byPeriod!.reduce((s, p) => s + p.findingCounts[kind]!, 0)).toBe(n);
    }
    // The district's total (fixtures/README.md): 2975 electronic, 36 masked-late.
    expect(report.total.byPeriod!.reduce((n, p) => n + p.electronic.received, 0)).toBe(2975);
    expect(report.total.byPeriod!.reduce((n, p) => n + p.findingCounts['masked-late']!, 0)).toBe(36);
  });

  it('--period-by resolved: by the month of the result', async () => {
    const r = await run(['--by', 'month', '--period-by', 'resolved', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { units: Row[]; total: Row };
    // Every dossier of a resolved period has a result by the as-of date: none is pending.
    for (const p of report.total.byPeriod!)
      expect(p.electronic.received).toBe(p.electronic.resolved + p.electronic.withdrawn);
    // electronic.csv line 637 has its result typed a year early (26/03/2023): it goes to March 2023.
    expect(report.total.byPeriod!.map((p) => p.period).slice(0, 3)).toEqual(['2023-03', '2024-01', '2024-02']);
    expect(report.total.byPeriod![0]!.electronic.received).toBe(1);
  });

  it('is absent without --by', async () => {
    const r = await run(['--format', 'json']);
    const report = JSON.parse(r.stdout) as { units: Row[]; total: Row };
    expect('by' in report).toBe(false);
    expect(report.units.some((u) => 'byPeriod' in u) || 'byPeriod' in report.total).toBe(false);
  });

  it('is refused with --form (the form has --rows month and quarter): one line, exit 2', async () => {
    const r = await runCli(['form', 'fixtures/district/electronic.csv', '--to', '2024-12-31', '--by', 'month']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--by in the human formats', () => {
  it('CSV: a period column, the unit row first with it empty', async () => {
    const keys = (await run(['--by', 'quarter', '--format', 'csv', '--headers', 'keys'])).stdout.split('\n');
    expect(keys[0]!.startsWith('unit,period,electronic_received,')).toBe(true);
    expect(keys.filter((l) => l.startsWith('Phòng Tư pháp,')).map((l) => l.split(',').slice(1, 3))).toEqual([
      ['', '451'],
      ['2024-Q1', '102'],
      ['2024-Q2', '112'],
      ['2024-Q3', '122'],
      ['2024-Q4', '115'],
    ]);
    const vi = (await run(['--by', 'quarter', '--format', 'csv', '--lang', 'vi'])).stdout;
    expect(vi).toContain('\nPhòng Tư pháp,Quý I/2024,102,');
    expect(vi).toContain('\nTỔNG CỘNG,Quý IV/2024,');
  });

  it('markdown and HTML: a By period section, periods written as the language writes them', async () => {
    const md = (await run(['--by', 'month', '--format', 'markdown'])).stdout;
    expect(md).toContain('### By period');
    expect(md).toMatch(/^\| Phòng Tư pháp \| Jan 2024 \| /m);
    expect(md).toMatch(/^\| +\| Dec 2024 \| /m);
    const mdVi = (await run(['--by', 'year', '--format', 'markdown', '--lang', 'vi'])).stdout;
    expect(mdVi).toMatch(/^\| \*\*TỔNG CỘNG\*\* \| Năm 2024 \| \*\*2\.975\*\* \|/m);
    const page = (await run(['--by', 'quarter', '--format', 'html', '--lang', 'vi'])).stdout;
    expect(page).toContain('<h2 id="periods-title">Theo kỳ</h2>');
    expect(page).toContain('<td class="unit">Phòng Tư pháp</td><td class="unit">Quý I/2024</td><td class="num">102');
    const none = (await run(['--format', 'html'])).stdout;
    expect(none).not.toContain('periods-title');
  });

  it('XLSX: a By period sheet after the others, counts as numbers', async () => {
    const r = await run(['--by', 'quarter', '--format', 'xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings', 'By period', 'Inputs', 'About']);
    const ws = wb.getWorksheet('By period')!;
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const tuPhap = rows.findIndex((row) => row[1] === 'Phòng Tư pháp');
    expect(rows.slice(tuPhap, tuPhap + 4).map((row) => [row[2], row[3]])).toEqual([
      ['Q1 2024', 102],
      ['Q2 2024', 112],
      ['Q3 2024', 122],
      ['Q4 2024', 115],
    ]);
  });

  it('the terminal table: each period indented under its unit, in the language', async () => {
    const en = (await runCli([...DISTRICT, '--by', 'quarter'], { COLUMNS: '100' })).stdout.split('\n');
    const at = en.findIndex((l) => l.startsWith('Phòng Tư pháp '));
    expect(en[at + 2]).toMatch(/^ {2}Q1 2024 +E +102 +98 +90 91\.84%/);
    const vi = (await runCli([...DISTRICT, '--by', 'month', '--lang', 'vi'], { COLUMNS: '200' })).stdout;
    expect(vi).toMatch(/^ {2}Tháng 1\/2024 +Đ?\S* +\d/m);
  });
});

describe('"by" and "periodBy" in the config file\'s defaults', () => {
  const config = (defaults: object): string => writeTemp({ 'tthc-audit.config.json': JSON.stringify({ defaults }) });

  it('"by" sets --by, and a typed --by wins', async () => {
    const cwd = config({ by: 'quarter' });
    const r = await runCli([...DISTRICT.map(full), '--format', 'json'], {}, cwd);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { by: string; total: Row };
    expect(report.by).toBe('quarter');
    // The district's 2975 electronic dossiers, in four quarters.
    expect(report.total.byPeriod!.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    const typed = await runCli([...DISTRICT.map(full), '--by', 'year', '--format', 'json'], {}, cwd);
    expect((JSON.parse(typed.stdout) as { by: string }).by).toBe('year');
  });

  it('a bad value names the key: exit 2', async () => {
    const r = await runCli([...DISTRICT.map(full), '--format', 'json'], {}, config({ periodBy: 'due' }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('defaults.periodBy: expected one of received, resolved, activity, got "due"');
  });
});
