/**
 * Workbooks end to end on the built CLI (reader threads included): the district fixture saved as .xlsx
 * (fixtures/workbooks, counts worked out by hand in its README) gives exactly the figures and findings
 * of the CSV version; workbook places, the --rejects file, --sheet, and validate's view of a workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { allWorkbooks } from '../../fixtures/workbooks/make-workbooks.mjs';
import { ROOT, runBuilt, tempDir } from './run-cli.js';

const WB = 'fixtures/workbooks';
const AS_OF = ['--as-of', '2024-12-31'];

interface Side {
  file: string;
  sheet?: string;
  line: number;
}
interface Report {
  inputs: {
    file: string;
    rowsRead: number;
    rowsUsed: number;
    rowsRejected: number;
    rowsLayout: number;
    sheet?: string;
    headerLine: number;
    encoding: string;
  }[];
  units: unknown;
  total: unknown;
  coverage: unknown;
  notes: unknown;
  skippedChecks: unknown;
  findings: { kind: string; code: string; electronic: Side | null; paper: Side | null; args?: object }[];
}
/** A finding without where it is (the row numbers of a sheet are not the lines of a CSV). */
const unplaced = (f: Report['findings'][number]) => ({
  kind: f.kind,
  code: f.code,
  electronic: f.electronic && { ...f.electronic, file: '', sheet: '', line: 0 },
  paper: f.paper && { ...f.paper, file: '', sheet: '', line: 0 },
  args: f.args && { ...f.args, keptFile: '', keptLine: 0 },
});

describe('the district fixture as workbooks', () => {
  it('gives exactly the figures and findings of the CSV version, with the rows accounted for by hand', async () => {
    const run = (e: string, p: string, ...more: string[]) =>
      runBuilt(['reconcile', '--electronic', e, '--paper', p, ...AS_OF, '--format', 'json', ...more], {
        TTHC_AUDIT_THREADS: '2',
      });
    const dir = tempDir();
    const lists = ['--details', join(dir, 'details.csv'), '--dossiers', join(dir, 'dossiers.json')];
    const xlsx = await run(`${WB}/district-electronic.xlsx`, `${WB}/district-paper.xlsx`, ...lists);
    const csv = await run('fixtures/district/electronic.csv', 'fixtures/district/paper.csv');
    expect([xlsx.status, csv.status]).toEqual([0, 0]);
    const a = JSON.parse(xlsx.stdout) as Report;
    const b = JSON.parse(csv.stdout) as Report;
    for (const key of ['units', 'total', 'coverage', 'notes', 'skippedChecks'] as const) expect(a[key]).toEqual(b[key]);
    // 343 findings of the reconcile issue's kinds + the district's 12 late-apology (fixtures/README.md)
    expect(a.findings.length).toBe(343 + 12);
    expect(a.findings.map(unplaced)).toEqual(b.findings.map(unplaced));
    // provenance names what each file was: the workbook and its sheet, the CSV text
    const inputsOf = (r: Report) =>
      (r as unknown as { provenance: { inputs: { format: string; sheet?: string }[] } }).provenance.inputs;
    expect(inputsOf(a).map((i) => [i.format, i.sheet])).toEqual([
      ['xlsx', 'Hồ sơ'],
      ['xlsx', 'Sổ theo dõi'],
    ]);
    expect(inputsOf(b).map((i) => [i.format, i.sheet])).toEqual([
      ['csv', undefined],
      ['csv', undefined],
    ]);
    expect(
      a.inputs.map((i) => [i.sheet, i.headerLine, i.rowsRead, i.rowsUsed, i.rowsRejected, i.rowsLayout, i.encoding]),
    ).toEqual([
      ['Hồ sơ', 3, 3000, 2996, 4, 4, 'xlsx'],
      ['Sổ theo dõi', 3, 2980, 2976, 4, 4, 'xlsx'],
    ]);
    expect(xlsx.stderr).toBe(
      `tthc-audit: ${WB}/district-electronic.xlsx [Hồ sơ]: 4 rows are not dossiers and were left out (column ` +
        `numbers, total, signatures): lines 5, 3002, 3004, 3005\n` +
        `tthc-audit: ${WB}/district-paper.xlsx [Sổ theo dõi]: 4 rows are not dossiers and were left out (column ` +
        `numbers, total, signatures): lines 4, 2981, 2982, 2983\n`,
    );
    // A finding's place is the sheet's row: the first dossier of the paper register is on row 5.
    const first = a.findings.find((f) => f.paper !== null && f.paper.line === 5);
    expect(first?.paper?.file).toBe(`${WB}/district-paper.xlsx`);

    // A finding's place names the sheet, as messages do. Worked out by hand: masked-late dossier
    // 000.03.36.H17-240226-0001 is line 405 of electronic.csv (sheet "Hồ sơ": data from row 6, line 2 →
    // row 409) and line 396 of paper.csv (sheet "Sổ theo dõi": data from row 5 → row 399).
    const code = '000.03.36.H17-240226-0001';
    const masked = a.findings.find((f) => f.kind === 'masked-late' && f.code === code)!;
    expect([masked.electronic, masked.paper].map((s) => s && [s.file, s.sheet, s.line])).toEqual([
      [`${WB}/district-electronic.xlsx`, 'Hồ sơ', 409],
      [`${WB}/district-paper.xlsx`, 'Sổ theo dõi', 399],
    ]);
    expect(b.findings.every((f) => f.electronic?.sheet === undefined && f.paper?.sheet === undefined)).toBe(true);
    const details = readFileSync(join(dir, 'details.csv'), 'utf8').split(/\r?\n/);
    expect(
      details
        .find((l) => l.startsWith(`masked-late,${code},`))
        ?.split(',')
        .slice(3, 7),
    ).toEqual([`${WB}/district-electronic.xlsx [Hồ sơ]`, '409', `${WB}/district-paper.xlsx [Sổ theo dõi]`, '399']);
    const dossiers = JSON.parse(readFileSync(join(dir, 'dossiers.json'), 'utf8')) as {
      code: string;
      electronic: Side | null;
      paper: Side | null;
    }[];
    const entry = dossiers.find((d) => d.code === code)!;
    expect([entry.electronic, entry.paper].map((s) => s && [s.sheet, s.line])).toEqual([
      ['Hồ sơ', 409],
      ['Sổ theo dõi', 399],
    ]);
  });

  it('shows the sheet and the header row in the table', async () => {
    const r = await runBuilt(['stats', `${WB}/district-paper.xlsx`, '--source', 'paper', ...AS_OF]);
    expect(r.stdout).toContain(`${WB}/district-paper.xlsx (sheet "Sổ theo dõi", header at row 3): 2,980 rows read`);
  });
});

describe('rejected rows of a workbook', () => {
  it('are placed by sheet, row and column letter, on stderr and in --rejects', async () => {
    const rejects = join(tempDir(), 'rejects.csv');
    const r = await runBuilt(['stats', `${WB}/cells.xlsx`, ...AS_OF, '--max-errors', '3', '--rejects', rejects]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toBe(
      `tthc-audit: ${WB}/cells.xlsx [Data] row 6, column D (Ngày hẹn trả): due date (ngày hẹn trả): "=C6+4" is not a ` +
        `date; expected dd/mm/yyyy, yyyy-mm-dd or an Excel serial number`,
    );
    const csv = readFileSync(rejects, 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/);
    expect(csv[0]).toBe(
      'file,sheet,row,column,reason,Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái',
    );
    expect(csv.slice(1, 4).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      `${WB}/cells.xlsx,Data,6,D`,
      `${WB}/cells.xlsx,Data,9,C`,
      `${WB}/cells.xlsx,Data,10,C`,
    ]);
  });
});

describe('--sheet', () => {
  it('reads the sheet named, per side for reconcile; a missing sheet is exit 2 naming the sheets', async () => {
    const count = async (args: string[]) => {
      const r = await runBuilt([...args, ...AS_OF, '--format', 'json']);
      return (JSON.parse(r.stdout) as Report).inputs.map((i) => [i.sheet, i.rowsUsed]);
    };
    expect(await count(['stats', `${WB}/two-sheets.xlsx`])).toEqual([['Tháng 1', 1]]);
    expect(await count(['stats', `${WB}/two-sheets.xlsx`, '--sheet', '2'])).toEqual([['Tháng 2', 2]]);
    const both = ['reconcile', '--electronic', `${WB}/two-sheets.xlsx`, '--paper', `${WB}/two-sheets.xlsx`];
    expect(await count([...both, '--paper-sheet', 'Tháng 2'])).toEqual([
      ['Tháng 1', 1],
      ['Tháng 2', 2],
    ]);
    const r = await runBuilt(['stats', `${WB}/two-sheets.xlsx`, '--sheet', '3', ...AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${WB}/two-sheets.xlsx: the workbook has no sheet "3"; its sheets are "Tháng 1", "Tháng 2" (give ` +
        `--sheet a name or a number (1 is the first sheet))\n`,
    );
  });
});

describe('validate on a workbook', () => {
  it('shows the sheet, the header row, each header and its field, the date forms and the first dossiers', async () => {
    const r = await runBuilt(['validate', `${WB}/district-electronic.xlsx`]);
    const lines = r.stdout.split('\n');
    expect(lines[3]).toBe(
      `  ${WB}/district-electronic.xlsx (Electronic): 3,000 rows read = 2,996 used + 4 rejected (4 of them not ` +
        `dossiers: column-number, total or signature rows of the register); sheet "Hồ sơ", header at row 3`,
    );
    // The two-row header, "Ngày" merged over four columns, combined into one name per column
    expect(lines[4]).toContain('"Ngày Tiếp nhận" → received, "Ngày Hẹn trả" → due, "Ngày Có kết quả" → completed');
    expect(lines[5]).toBe('    columns ignored: "STT", "Chủ hồ sơ"');
    expect(r.stdout).toContain('    1 hidden rows, read like the others');
    expect(r.stdout).toContain(
      '      row 6: 000.40.36.H17-240102-0002 | Văn phòng đăng ký đất đai - Chi nhánh Đắk Mil | received 2024-01-02 ' +
        '| due 2024-01-30 | result 2024-01-24',
    );
  });
});

describe('a web page saved as .xls', () => {
  it('reads its table rows under the same rules: two-row header, entities, unclosed cells, a total row', async () => {
    const r = await runBuilt(['stats', `${WB}/web-export.xls`, ...AS_OF, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report & {
      total: { electronic: Record<string, number> };
      units: { unit: string }[];
    };
    expect(
      report.inputs.map((i) => [i.encoding, i.headerLine, i.rowsRead, i.rowsUsed, i.rowsRejected, i.rowsLayout]),
    ).toEqual([['html', 3, 4, 3, 1, 1]]);
    expect(report.units.map((u) => u.unit)).toEqual(['Xã An Bình']);
    const e = report.total.electronic;
    expect([e.received, e.beforeDeadline, e.onTime, e.late, e.pendingOverdue]).toEqual([3, 1, 0, 1, 1]);
    expect(report.notes).toEqual([
      { kind: 'unknown-status', file: `${WB}/web-export.xls`, label: 'Trễ hạn & đã trả', count: 1 },
    ]);
    expect(r.stderr).toContain('1 row is not a dossier and was left out (total): line 8');
  });
});

describe('fixtures/workbooks', () => {
  it('holds exactly what make-workbooks.mjs writes', () => {
    for (const [name, bytes] of Object.entries(allWorkbooks() as Record<string, Buffer>)) {
      expect(readFileSync(join(ROOT, WB, name)).equals(bytes), name).toBe(true);
    }
  });
});
