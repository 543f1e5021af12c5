import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../src/render/xlsx.js';
import type { AuditReport } from '../../src/core/report.js';
import { RENDER_FIXTURES, runMain } from './run-main.js';
import { finding, statsReport, twoUnitReport } from './sample-report.js';

const en = { lang: 'en', color: false } as const;
const vi = { lang: 'vi', color: false } as const;

async function workbookOf(
  report: AuditReport,
  opts: { lang: 'en' | 'vi'; color: boolean } = en,
): Promise<ExcelJS.Workbook> {
  return load(await renderXlsx(report, opts));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('renderXlsx: the workbook', () => {
  it('has Summary, Findings, Inputs and About sheets (named in the chosen language)', async () => {
    expect((await workbookOf(twoUnitReport())).worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Findings',
      'Inputs',
      'About',
    ]);
    expect((await workbookOf(twoUnitReport(), vi)).worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Phát hiện',
      'Dữ liệu đầu vào',
      'Giới thiệu',
    ]);
  });
});

describe('renderXlsx: Summary', () => {
  it('freezes the two heading rows and the unit column, groups the headings, filters the units', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Summary');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    // The unit's heading on the second row, where the autofilter's buttons are; the total row left out of it
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getCell('A2').value).toBe('Unit');
    expect(JSON.stringify(ws.autoFilter)).toMatch(/A2:AC4|"row":4/);
    // 11 electronic columns B..L, 11 paper columns M..W, 6 finding columns X..AC
    expect(ws.getCell('B1').value).toBe('Electronic');
    expect(ws.getCell('L1').master.address).toBe('B1');
    expect(ws.getCell('M1').value).toBe('Paper');
    expect(ws.getCell('W1').master.address).toBe('M1');
    expect(ws.getCell('X1').value).toBe('Findings');
    expect(ws.getCell('AC1').master.address).toBe('X1');
    expect(ws.getCell('AD1').value).toBeNull();
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((c) => ws.getRow(2).getCell(c).value)).toEqual([
      'Records',
      'Resolved',
      'Before deadline',
      'On time',
      'Late',
      'Not due',
      'Overdue',
      'Withdrawn/rejected/stopped',
      'Before\n%',
      'On time\n%',
      'Late\n%',
    ]);
    expect(ws.getCell('Z2').value).toBe('Masked\nlate');
  });

  it('writes counts as numbers and percentages as fractions with a percent format', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Summary');
    // Phường Bắc electronic: 6 received, 4 resolved, 1/2/1 before/on time/late, 1 not due, 1 overdue, 0 withdrawn;
    // 25/50/25 %
    expect(ws.getRow(3).values).toEqual([
      undefined,
      'Phường Bắc',
      6,
      4,
      1,
      2,
      1,
      1,
      1,
      0,
      0.25,
      0.5,
      0.25,
      6,
      4,
      1,
      1,
      2,
      1,
      1,
      0,
      0.25,
      0.25,
      0.5,
      0,
      0,
      1,
      1,
      0,
      0,
    ]);
    expect(ws.getCell('J3').numFmt).toBe('0.00%');
    expect(ws.getCell('B3').numFmt).toBe('#,##0');
    expect(ws.getCell('A4').value).toBe('Xã Nam');
    expect(ws.getCell('AA4').value).toBe(2); // 1 status + 1 completed-date mismatch
  });

  it('ends with a bold total row', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Summary');
    expect(ws.rowCount).toBe(5);
    expect(ws.getCell('A5').value).toBe('TOTAL');
    expect(ws.getCell('B5').value).toBe(11);
    expect(ws.getCell('J5').value).toBe(0.5);
    expect(ws.getCell('L5').value).toBe(0.125);
    expect(ws.getCell('B5').font?.bold).toBe(true);
  });

  it('marks masked lateness red and sets column widths', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Summary');
    expect(ws.getCell('Z3').font).toMatchObject({ bold: true, color: { argb: 'FFB3261E' } });
    expect(ws.getCell('X3').font?.color?.argb).toBeUndefined(); // 0 missing: not marked
    expect(ws.getColumn(1).width).toBe(14); // "Phường Bắc" (10) + 2, at least 14
    expect(ws.getColumn(2).width).toBe(11);
  });

  it('has one source group for stats, with Vietnamese headings', async () => {
    const ws = sheet(await workbookOf(statsReport(), vi), 'Tổng hợp');
    expect(ws.getCell('B1').value).toBe('Điện tử');
    expect(ws.getCell('M1').value).toBe('Phát hiện');
    expect(ws.getCell('A3').value).toBe('Sở Nội vụ');
    expect(ws.getCell('B3').value).toBe(15641);
    expect(ws.getCell('J3').value).toBeCloseTo(0.9598, 12);
    expect(ws.getCell('L3').value).toBeCloseTo(0.0019, 12);
    expect(ws.getCell('A4').value).toBe('TỔNG CỘNG');
  });
});

describe('renderXlsx: Findings', () => {
  it('has one row per finding, a frozen heading row and an autofilter', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Findings');
    expect(ws.rowCount).toBe(8);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const filter = ws.autoFilter as unknown;
    expect(typeof filter === 'string' ? filter : JSON.stringify(filter)).toMatch(/A1:S8|"row":8/);
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Kind',
      'Description',
      'Unit',
      'Dossier code',
      'Where (file:line) E',
      'Where (file:line) P',
      'Class E',
      'Class P',
      'Status E',
      'Status P',
      'Received E',
      'Received P',
      'Due date E',
      'Due date P',
      'Result date E',
      'Result date P',
      'Days late',
      'Working days late',
      'Details',
    ]);
  });

  it('writes dates as dates and days late as numbers', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Findings');
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('masked-late');
    expect(row.getCell(4).value).toBe('H1-240301-0003');
    expect(row.getCell(5).value).toBe('e.csv:2');
    expect(row.getCell(7).value).toBe('on time');
    expect(row.getCell(8).value).toBe('late');
    expect(row.getCell(9).value).toBe('Đã xử lý xong'); // the status label as written in the file
    expect(row.getCell(11).value).toEqual(utc(2024, 3, 1)); // received
    expect(row.getCell(13).value).toEqual(utc(2024, 3, 5)); // due
    expect(row.getCell(13).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(16).value).toEqual(utc(2024, 3, 7)); // paper: no completion date, returned 7/3
    expect(row.getCell(17).value).toBe(2);
    expect(row.getCell(18).value).toBe(2);
    // missing-in-electronic: no electronic side
    const missing = ws.getRow(5);
    expect(missing.getCell(1).value).toBe('missing-in-electronic');
    expect(missing.getCell(5).value).toBeNull();
    expect(missing.getCell(6).value).toBe('p.csv:2');
  });

  it('uses day/month/year in Vietnamese too', async () => {
    const ws = sheet(await workbookOf(twoUnitReport(), vi), 'Phát hiện');
    expect(ws.getRow(2).getCell(13).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getRow(2).getCell(7).value).toBe('đúng hạn');
  });
});

describe('renderXlsx: more findings than a sheet holds', () => {
  it('continues them on "Findings (2)", … each with the heading row, frozen and filtered', async () => {
    // 7 findings, sheets of at most 4 rows (Excel's limit is 1,048,576): 3 + 3 + 1 findings
    const wb = await load(await renderXlsx(twoUnitReport(), en, 4));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Findings',
      'Findings (2)',
      'Findings (3)',
      'Inputs',
      'About',
    ]);
    const sheets = ['Findings', 'Findings (2)', 'Findings (3)'].map((n) => sheet(wb, n));
    expect(sheets.map((w) => w.rowCount)).toEqual([4, 4, 2]);
    for (const w of sheets) {
      expect(w.getCell('A1').value).toBe('Kind');
      expect(w.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const all = sheets.flatMap((w) => [2, 3, 4].slice(0, w.rowCount - 1).map((r) => w.getRow(r).getCell(4).value));
    const one = sheet(await workbookOf(twoUnitReport()), 'Findings');
    expect(all).toEqual([2, 3, 4, 5, 6, 7, 8].map((r) => one.getRow(r).getCell(4).value));
    expect(JSON.stringify(sheets[2]!.autoFilter)).toMatch(/A1:S2|"row":2/);
  });
});

describe('renderXlsx: Inputs', () => {
  it('states the as-of date, period, rates and each file with its row accounting', async () => {
    const ws = sheet(await workbookOf(twoUnitReport()), 'Inputs');
    expect(ws.getCell('A1').value).toBe('Electronic system vs paper register');
    expect([ws.getCell('A2').value, ws.getCell('B2').value]).toEqual(['Unit(s)', 'Phường Bắc, Xã Nam']);
    expect([ws.getCell('A3').value, ws.getCell('B3').value]).toEqual(['As of', utc(2024, 12, 31)]);
    expect([ws.getCell('A4').value, ws.getCell('B4').value]).toEqual(['Period (by receipt date)', 'all dates']);
    expect(ws.getCell('B5').value).toBe('resolved: late / (before + on time + late)');
    expect(ws.getRow(8).values).toEqual([
      undefined,
      'Source',
      'File',
      'Rows read',
      'Rows used',
      'Rows rejected',
      'Outside the period',
      'Encoding',
      'Delimiter',
      'Header line',
    ]);
    expect(ws.getRow(9).values).toEqual([undefined, 'Electronic', 'e.csv', 11, 11, 0, 0, 'utf-8', ',', 1]);
    expect(ws.getRow(10).values).toEqual([undefined, 'Paper', 'p.csv', 12, 11, 1, 0, 'windows-1258', ';', 3]);
    expect(ws.getCell('A12').value).toBe('Checks skipped');
    expect(ws.getCell('A13').value).toBe('late-without-apology: no input has an apology column');
  });
  it('adds the coverage of the paper register under the facts for reconcile, one row lower for the rest', async () => {
    const ws = sheet(
      await workbookOf({ ...twoUnitReport(), coverage: { paperDossiers: 12, foundInElectronic: 11, percent: 91.67 } }),
      'Inputs',
    );
    expect([ws.getCell('A7').value, ws.getCell('B7').value]).toEqual([
      'Coverage',
      '11 of 12 paper dossiers are in the electronic system (91.67%)',
    ]);
    expect(ws.getRow(9).values).toEqual([
      undefined,
      'Source',
      'File',
      'Rows read',
      'Rows used',
      'Rows rejected',
      'Outside the period',
      'Encoding',
      'Delimiter',
      'Header line',
    ]);
  });
});

describe('renderXlsx: cells a spreadsheet would run as a formula', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1-240301-0002', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];

  it('are text with a leading apostrophe, and no cell anywhere is a formula', async () => {
    const report = twoUnitReport(
      hostile.map((code, i) =>
        finding('missing-in-paper', code, i === 0 ? '=cmd|"/C calc"!A0' : 'Xã Nam', { paper: null }),
      ),
    );
    report.units[0] = { ...report.units[0]!, unit: '=cmd|"/C calc"!A0' };
    report.inputs[0] = { ...report.inputs[0]!, file: '@evil.csv' };
    const wb = await workbookOf(report);
    const findings = sheet(wb, 'Findings');
    // A CR, a control character, is shown as \u000D (as the table shows it), so it starts no formula
    expect([2, 3, 4, 5, 6, 7].map((r) => findings.getRow(r).getCell(4).value)).toEqual(
      hostile.map((c) => (c.startsWith('\r') ? c.replace('\r', '\\u000D') : `'${c}`)),
    );
    expect(findings.getRow(2).getCell(3).value).toBe(`'=cmd|"/C calc"!A0`);
    expect(sheet(wb, 'Summary').getCell('A3').value).toBe(`'=cmd|"/C calc"!A0`);
    expect(sheet(wb, 'Inputs').getCell('B9').value).toBe("'@evil.csv");
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    expect(findings.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
  });

  it('leave ordinary text and negative numbers alone', async () => {
    const report = twoUnitReport([finding('missing-in-paper', 'H1-0001', 'Xã Nam', { paper: null })]);
    const ws = sheet(await workbookOf(report), 'Findings');
    expect(ws.getRow(2).getCell(4).value).toBe('H1-0001');
  });
});

describe('--format xlsx through the CLI', () => {
  const args = [
    'reconcile',
    '--electronic',
    join(RENDER_FIXTURES, 'two-units/electronic.csv'),
    '--paper',
    join(RENDER_FIXTURES, 'two-units/paper.csv'),
    '--as-of',
    '2024-12-31',
    '--format',
    'xlsx',
  ];

  it('writes the workbook to --output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tthc-xlsx-')), 'report.xlsx');
    const r = await runMain([...args, '--output', out], { stdoutIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const wb = await load(readFileSync(out));
    const summary = sheet(wb, 'Summary');
    expect(summary.getCell('A3').value).toBe('Phường Bắc');
    expect(summary.getCell('B5').value).toBe(11);
    // 7 findings (fixture: 2 masked, 1+1 missing, 1 status, 2 completed-date)
    expect(sheet(wb, 'Findings').rowCount).toBe(8);
  });

  it('writes the bytes to stdout when stdout is not a terminal', async () => {
    const r = await runMain(args, { stdoutIsTTY: false });
    expect(r.code).toBe(0);
    expect(Buffer.from(r.bytes.subarray(0, 2)).toString('latin1')).toBe('PK'); // a zip file
    expect(sheet(await load(r.bytes), 'Inputs').getCell('B3').value).toEqual(utc(2024, 12, 31));
  });

  it('refuses to write bytes to a terminal, before reading anything, and says how', async () => {
    const r = await runMain([...args.slice(0, 2), '/nonexistent/e.csv', ...args.slice(3)], { stdoutIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.bytes.length).toBe(0);
    expect(r.stderr).toContain('--format xlsx is a binary file and stdout is a terminal');
    expect(r.stderr).toContain('--output report.xlsx');
  });
});
