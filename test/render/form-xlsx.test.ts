/**
 * `--form 06a --format xlsx` read back with exceljs, cell by cell: the title rows, the merged group
 * headings, the column names and the numbered row, the hand-worked figures of fixtures/department-2024
 * (Q1, fixtures/README.md "department-2024") as integers, the rates as the printed figures, the two
 * sources side by side with the differing cells filled and listed, and the Dak Lak 2023 figures
 * (538 / 526 = 509 / 16 / 1 / 12; 96.77 % stored as 0.9677), in English and Vietnamese.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-main.js';
import { DAK_LAK, Q1 } from '../cli/form-runs.js';

async function workbook(argv: string[]): Promise<ExcelJS.Workbook> {
  const run = await runMain([...argv, '--format', 'xlsx']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(run.bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The values of row `r` from column A to `last`, as exceljs reads them (a merged cell gives its master's). */
function rowValues(ws: ExcelJS.Worksheet, r: number, last: number): unknown[] {
  return Array.from({ length: last }, (_, i) => ws.getRow(r).getCell(i + 1).value);
}

/** Columns D–N hold (1)–(11): each must be a whole number cell. */
function figures(ws: ExcelJS.Worksheet, r: number, from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const cell = ws.getRow(r).getCell(from + i);
    expect(cell.type, `${cell.address}`).toBe(ExcelJS.ValueType.Number);
    expect(Number.isInteger(cell.value), `${cell.address}`).toBe(true);
    return cell.value as number;
  });
}

const filled = (cell: ExcelJS.Cell): boolean =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFE699';

describe('form xlsx: department-2024, Q1, both sources', () => {
  it('has the title rows, then the grouped headings merged as on the printed form, and the numbered row', async () => {
    const wb = await workbook(Q1);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Form II.06a', 'About']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Form II.06a/VPCP/KSTT');
    expect(ws.getCell('A2').value).toBe('SETTLEMENT RESULTS OF ADMINISTRATIVE PROCEDURES');
    expect(ws.getCell('A3').value).toBe('Unit: Sở Tư pháp tỉnh Mẫu');
    expect(ws.getCell('A4').value).toBe(
      'Period: 2024-01-01 to 2024-03-31 (every dossier open at any time in the period; counted at its last day)',
    );
    // A No., B Field, C Source, D–N (1)–(11), O Rejected, P Late with apology (the extras not all zero),
    // Q–S the rates, T Differs.
    expect(ws.model.merges.sort()).toEqual(
      [
        ...['A2:T2', 'A3:T3', 'A4:T4'],
        ...['A6:A7', 'B6:B7', 'C6:C7', 'D6:G6', 'H6:K6', 'L6:N6', 'O6:P6', 'Q6:S6', 'T6:T7'],
        ...[9, 11, 13, 15].flatMap((r) => ['A', 'B', 'T'].map((c) => `${c}${r}:${c}${r + 1}`)),
      ].sort(),
    );
    expect(rowValues(ws, 6, 20)).toEqual([
      'No.',
      'Field',
      'Source',
      ...Array(4).fill('Received to handle'),
      ...Array(4).fill('Resolved in the period'),
      ...Array(3).fill('In progress at the end'),
      ...Array(2).fill('Not on the printed form'),
      ...Array(3).fill('Rates (% of resolved)'),
      'Differs',
    ]);
    expect(rowValues(ws, 7, 20).slice(3)).toEqual([
      'Total',
      'Online',
      'In person or by post',
      'Carried over',
      'Total',
      'Before due date',
      'On time',
      'Late',
      'Total',
      'Within time',
      'Overdue',
      'Rejected',
      'Late, with apology',
      'Before due date (%)',
      'On time (%)',
      'Late (%)',
      'Differs',
    ]);
    expect(rowValues(ws, 8, 20)).toEqual([
      null,
      null,
      null,
      ...['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
      ...Array(6).fill(null),
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 8 });
    // Printed as the paper form is: A4 (paper size 9) landscape, one page wide, as many pages down as needed.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(ws.pageSetup.fitToHeight).toBe(0);
  });

  it('writes the hand-worked figures per field and source as integers, and the total row', async () => {
    const ws = (await workbook(Q1)).worksheets[0]!;
    const lead = (r: number): unknown[] => rowValues(ws, r, 3);
    expect([9, 10, 11, 12, 13, 14, 15, 16].map(lead)).toEqual([
      [1, 'Chứng thực', 'Electronic'],
      [1, 'Chứng thực', 'Paper'],
      [2, 'Hộ tịch', 'Electronic'],
      [2, 'Hộ tịch', 'Paper'],
      [3, 'Lý lịch tư pháp', 'Electronic'],
      [3, 'Lý lịch tư pháp', 'Paper'],
      [null, 'Total', 'Electronic'],
      [null, 'Total', 'Paper'],
    ]);
    // (1)–(11), rejected, late with apology
    expect(figures(ws, 9, 4, 16)).toEqual([3, 1, 2, 0, 2, 1, 1, 0, 1, 1, 0, 0, 0]);
    expect(figures(ws, 10, 4, 16)).toEqual([2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0]);
    expect(figures(ws, 11, 4, 16)).toEqual([5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1, 0, 0]);
    expect(figures(ws, 12, 4, 16)).toEqual([5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1, 0, 1]);
    expect(figures(ws, 13, 4, 16)).toEqual([2, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(figures(ws, 14, 4, 16)).toEqual([2, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(figures(ws, 15, 4, 16)).toEqual([10, 3, 5, 2, 6, 2, 2, 2, 3, 2, 1, 1, 0]);
    expect(figures(ws, 16, 4, 16)).toEqual([9, 3, 4, 2, 5, 1, 2, 2, 3, 2, 1, 1, 1]);
    expect(ws.getCell('D15').numFmt).toBe('#,##0');
    expect(ws.getCell('B15').font?.bold).toBe(true);
    expect(ws.getCell('D16').font?.bold).toBe(true);
  });

  it('writes each rate as the printed figure, a fraction in a 0.00% format (as the report workbook does)', async () => {
    const ws = (await workbook(Q1)).worksheets[0]!;
    const rates = (r: number): unknown[] => [17, 18, 19].map((c) => ws.getRow(r).getCell(c).value);
    // Chứng thực e: 1 before, 1 on time of 2; p: 1 on time of 1. Hộ tịch 1/1/1 of 3 = 33.33 %. Lý lịch 1 late of 1.
    expect([9, 10, 11, 12, 13, 14].map(rates)).toEqual([
      [0.5, 0.5, 0],
      [0, 1, 0],
      [0.3333, 0.3333, 0.3333],
      [0.3333, 0.3333, 0.3333],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    // Total: e 2/2/2 of 6, p 1/2/2 of 5
    expect(rates(15)).toEqual([0.3333, 0.3333, 0.3333]);
    expect(rates(16)).toEqual([0.2, 0.4, 0.4]);
    expect(ws.getCell('Q15').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('Q15').numFmt).toBe('0.00%');
  });

  it('marks where the sources differ: the cells filled, their column numbers in "Differs"', async () => {
    const ws = (await workbook(Q1)).worksheets[0]!;
    expect(ws.getCell('T9').value).toBe('(1) (3) (5) (6)');
    expect(ws.getCell('T11').value).toBe('Late, with apology');
    expect(ws.getCell('T13').value).toBeNull();
    expect(ws.getCell('T15').value).toBe('(1) (3) (5) (6); Late, with apology');
    const marked = (r: number): string[] =>
      Array.from({ length: 16 }, (_, i) => ws.getRow(r).getCell(i + 4))
        .filter(filled)
        .map((c) => c.address.replace(/\d+$/, ''));
    // Chứng thực: (1) D, (3) F, (5) H, (6) I; the before and on-time rates Q, R
    expect(marked(9)).toEqual(['D', 'F', 'H', 'I', 'Q', 'R']);
    expect(marked(10)).toEqual(['D', 'F', 'H', 'I', 'Q', 'R']);
    expect(marked(11)).toEqual(['P']);
    expect(marked(13)).toEqual([]);
    expect(marked(16)).toEqual(['D', 'F', 'H', 'I', 'P', 'Q', 'R', 'S']);
  });

  it('states the rates, the Decision 766 indicator and the sums under the table', async () => {
    const ws = (await workbook(Q1)).worksheets[0]!;
    expect([18, 19, 20, 21].map((r) => ws.getCell(`A${r}`).value)).toEqual([
      'Electronic: 6 resolved — before the due date 2 (33.33%), on time 2 (33.33%), late 2 (33.33%)',
      'Paper: 5 resolved — before the due date 1 (20.00%), on time 2 (40.00%), late 2 (40.00%)',
      'Decision 766 indicator 2.1 (timeliness), electronic: ((6) + (7) + (10) − more than one supplement ' +
        'request) / ((5) + (9)) = 6 / 9 = 66.67%',
      'Decision 766 indicator 2.1 (timeliness), paper: ((6) + (7) + (10) − more than one supplement request) / ' +
        '((5) + (9)) = 5 / 8 = 62.50%',
    ]);
  });

  it("puts the provenance on the report workbook's About sheet: the inputs with their size and SHA-256", async () => {
    const ws = (await workbook(Q1)).worksheets[1]!;
    expect(ws.getCell('A1').value).toBe('Provenance');
    expect([ws.getCell('B14').value, ws.getCell('C14').value]).toEqual([
      'fixtures/department-2024/electronic.csv',
      'fixtures/department-2024/paper.csv',
    ]);
    expect([ws.getCell('B15').value, ws.getCell('C15').value]).toEqual([3272, 2952]);
    expect(String(ws.getCell('B16').value)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('form xlsx: Dak Lak 2023, one source', () => {
  it('gives received 538, resolved 526 = 509 / 16 / 1, in progress 12 within time; 96.77 / 3.04 / 0.19', async () => {
    const ws = (await workbook(DAK_LAK)).worksheets[0]!;
    // A No., B Field, C–M (1)–(11), N channel not recorded (the export has no channel column), O–Q rates
    expect(ws.getCell('A4').value).toBe(
      'Period: up to 2023-12-31 (every dossier open at any time in the period; counted at its last day)',
    );
    expect(ws.model.merges).toEqual(
      expect.arrayContaining(['A6:A7', 'B6:B7', 'C6:F6', 'G6:J6', 'K6:M6', 'O6:Q6', 'A2:Q2']),
    );
    expect(ws.getCell('N6').value).toBe('Not on the printed form');
    expect(ws.getCell('N7').value).toBe('Channel not recorded');
    expect(rowValues(ws, 8, 13).slice(2)).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)',
      '(9)',
      '(10)',
      '(11)',
    ]);
    expect(rowValues(ws, 9, 2)).toEqual([1, '(not given)']);
    expect(rowValues(ws, 10, 2)).toEqual([null, 'Total']);
    expect(figures(ws, 10, 3, 14)).toEqual([538, 0, 0, 0, 526, 509, 16, 1, 12, 12, 0, 538]);
    expect(rowValues(ws, 10, 17).slice(14)).toEqual([0.9677, 0.0304, 0.0019]);
    expect(ws.getCell('P10').numFmt).toBe('0.00%');
    expect(ws.getCell('A13').value).toBe(
      'Decision 766 indicator 2.1 (timeliness), electronic: ((6) + (7) + (10) − more than one supplement ' +
        'request) / ((5) + (9)) = 537 / 538 = 99.81%',
    );
  });

  it('--decimals 1: 96.8 / 3.0 / 0.2 %, formatted with one decimal; --decimals 0: 97 / 3 / 0 %', async () => {
    const ws = (await workbook([...DAK_LAK, '--decimals', '1'])).worksheets[0]!;
    expect(rowValues(ws, 10, 17).slice(14)).toEqual([0.968, 0.03, 0.002]);
    expect(ws.getCell('P10').numFmt).toBe('0.0%');
    const none = (await workbook([...DAK_LAK, '--decimals', '0'])).worksheets[0]!;
    expect(rowValues(none, 10, 17).slice(14)).toEqual([0.97, 0.03, 0]);
    expect(none.getCell('P10').numFmt).toBe('0%');
  });

  it("in Vietnamese: the printed form's words", async () => {
    const wb = await workbook([...DAK_LAK, '--lang', 'vi']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu II.06a', 'Giới thiệu']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Biểu số II.06a/VPCP/KSTT');
    expect(ws.getCell('A2').value).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(ws.getCell('A3').value).toBe('Đơn vị: Sở Nội vụ tỉnh Đắk Lắk');
    expect(ws.getCell('A4').value).toBe(
      'Kỳ báo cáo: đến ngày 31/12/2023 (mọi hồ sơ đang mở vào một lúc nào đó trong kỳ; tính tại ngày cuối kỳ)',
    );
    expect(rowValues(ws, 6, 14)).toEqual([
      'STT',
      'Lĩnh vực',
      ...Array(4).fill('Số hồ sơ nhận giải quyết'),
      ...Array(4).fill('Số hồ sơ đã giải quyết'),
      ...Array(3).fill('Số hồ sơ đang giải quyết'),
      'Ngoài biểu mẫu',
    ]);
    expect(rowValues(ws, 7, 13).slice(2)).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, bưu chính',
      'Kỳ trước chuyển qua',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(rowValues(ws, 10, 2)).toEqual([null, 'Tổng cộng']);
    expect(figures(ws, 10, 3, 13)).toEqual([538, 0, 0, 0, 526, 509, 16, 1, 12, 12, 0]);
    expect(rowValues(ws, 10, 17).slice(14)).toEqual([0.9677, 0.0304, 0.0019]);
  });
});

describe('form xlsx: text from the inputs', () => {
  it('stays text: a field a spreadsheet would run as a formula gets a leading apostrophe', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tthc-form-xlsx-')), 'e.csv');
    writeFileSync(
      file,
      [
        'Mã hồ sơ,Đơn vị,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái',
        'A-1,Sở X,"=HYPERLINK(""http://evil.example"",""x"")",01/03/2024,05/03/2024,04/03/2024,Đã trả kết quả',
        'A-2,Sở X,@SUM(A1),01/03/2024,05/03/2024,05/03/2024,Đã trả kết quả',
        '',
      ].join('\n'),
    );
    const ws = (await workbook(['form', file, '--to', '2024-03-31'])).worksheets[0]!;
    // the rows in the form's order (by name): @ before =
    expect([ws.getCell('B9').value, ws.getCell('B10').value]).toEqual([
      "'@SUM(A1)",
      '\'=HYPERLINK("http://evil.example","x")',
    ]);
    expect(ws.getCell('B9').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B11').value).toBe('Total');
  });
});
