/**
 * readDossierFile on .xlsx workbooks, in-process: the bundled workbooks of fixtures/workbooks (their
 * expected counts worked out by hand in its README) and small ones written per case with the fixture
 * script's own `Book` (hand-written XML, zipped by Node's zlib: nothing of the tool's writer).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../src/core/day.js';
import { AuditError, formatPlace } from '../../src/errors.js';
import { type FileIngest, readDossierFile, rejectionPlace } from '../../src/io/read-dossiers.js';
import { reasonText } from '../../src/messages/reasons.js';
import { ROOT, tempDir } from '../cli/run-cli.js';
// @ts-expect-error: a plain .mjs script without types
import { Book, STYLE, serial1900 } from '../../fixtures/workbooks/make-workbooks.mjs';

const WB = join(ROOT, 'fixtures/workbooks');
const dir = tempDir();
let n = 0;
const HEAD = ['Mã hồ sơ', 'Đơn vị', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'];
const date = (d: number) => ({ n: serial1900(2024, 3, d), s: STYLE.date });

/** Write a workbook (under any name: it is read by content) and read it. */
async function readBook(bytes: Buffer, opts: { sheet?: string; name?: string } = {}): Promise<FileIngest> {
  const file = join(dir, opts.name ?? `book-${++n}.xlsx`);
  writeFileSync(file, bytes);
  return readDossierFile({ file, source: 'electronic', ...(opts.sheet ? { sheet: opts.sheet } : {}) }, {});
}
async function failure(bytes: Buffer, opts: { sheet?: string } = {}): Promise<AuditError> {
  const err = await readBook(bytes, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuditError);
  return err as AuditError;
}
const days = (f: FileIngest, field: 'received' | 'due' | 'completed') =>
  f.records.map((r) => (r[field] === null ? null : formatIsoDay(r[field])));

describe('cells as the user sees them (fixtures/workbooks/cells.xlsx)', () => {
  it('reads codes as displayed, dates in every form, formulas by their cached value; rejects three rows', async () => {
    const f = await readDossierFile({ file: join(WB, 'cells.xlsx'), source: 'electronic' }, {});
    expect(f.sheet).toBe('Data');
    expect([f.rowsRead, f.records.length, f.rowsRejected]).toEqual([9, 6, 3]);
    expect(f.records.map((r) => r.rawCode)).toEqual(['240301000123', '00123', 'C-3', 'C-4', 'C-6', 'C-7']);
    expect(days(f, 'received')).toEqual(Array(6).fill('2024-03-01'));
    expect(days(f, 'due')).toEqual(Array(6).fill('2024-03-05'));
    expect(days(f, 'completed')).toEqual(['2024-03-04', '2024-03-05', '2024-03-06', null, '2024-03-04', '2024-03-05']);
    expect(f.records[3]!.unit).toBe('Xã A'); // rich text joined, its phonetic guide left out
    expect(f.hiddenRows).toBe(1);
    const places = f.rejections.map((r) => formatPlace(rejectionPlace(r, [f])));
    expect(places).toEqual([
      `${join(WB, 'cells.xlsx')} [Data] row 6, column D (Ngày hẹn trả): `,
      `${join(WB, 'cells.xlsx')} [Data] row 9, column C (Ngày tiếp nhận): `,
      `${join(WB, 'cells.xlsx')} [Data] row 10, column C (Ngày tiếp nhận): `,
    ]);
    const reasons = f.rejections.map((r) => reasonText(r.reason, 'en'));
    expect(reasons[0]).toContain('"=C6+4"'); // a formula never computed: its text, so the row says what it is
    expect(reasons[1]).toContain('"#N/A"');
    expect(reasons[2]).toContain('"1900-02-29" is not a real date'); // serial 60: Excel's phantom leap day
  });

  it('reads every number of a 1904-system workbook in that system', async () => {
    const f = await readDossierFile({ file: join(WB, 'date1904.xlsx'), source: 'electronic' }, {});
    expect(days(f, 'received')).toEqual(['2024-03-01', '2024-03-01', '2024-03-01']);
    expect(days(f, 'completed')).toEqual(['2024-03-04', '2024-03-05', '2024-03-06']);
  });
});

describe('sheets', () => {
  it('reads the first sheet with a header by default, another by name or number', async () => {
    const file = join(WB, 'two-sheets.xlsx');
    const first = await readDossierFile({ file, source: 'electronic' }, {});
    expect([first.sheet, first.records.map((r) => r.code)]).toEqual(['Tháng 1', ['T1-1']]);
    const byName = await readDossierFile({ file, source: 'electronic', sheet: ' tháng 2 ' }, {});
    const byNumber = await readDossierFile({ file, source: 'electronic', sheet: '2' }, {});
    expect(byName.records.map((r) => r.code)).toEqual(['T2-1', 'T2-2']);
    expect(byNumber.records.map((r) => r.code)).toEqual(['T2-1', 'T2-2']);
  });

  it('passes over sheets without a header; says so when none has one, or when the sheet named is missing', async () => {
    const notes = new Book()
      .addSheet('Ghi chú', [['Hướng dẫn']])
      .addSheet('Dữ liệu', [HEAD, ['A-1', 'Xã A', date(1), date(5), null, '']]);
    expect((await readBook(notes.zip())).sheet).toBe('Dữ liệu');
    const none = new Book().addSheet('A', [['x']]).addSheet('B', [['y']]);
    const err = await failure(none.zip());
    expect(err.code).toBe('E_NO_HEADER');
    expect(err.message).toContain('"A", "B"');
    const missing = await failure(notes.zip(), { sheet: 'Tháng 3' });
    expect(missing.code).toBe('E_NO_SHEET');
    expect(missing.message).toContain('"Ghi chú", "Dữ liệu"');
  });

  it('names the sheet in a whole-file error of the sheet named', async () => {
    const err = await failure(new Book().addSheet('S', [['Mã hồ sơ', 'Đơn vị', 'Ngày tiếp nhận']]).zip(), {
      sheet: 'S',
    });
    expect(err.code).toBe('E_MISSING_COLUMN');
    expect(err.place.sheet).toBe('S');
  });
});

describe('layout rows and short rows', () => {
  it('takes a row whose last cells are empty (left out of the XML) as a full row', async () => {
    const f = await readBook(new Book().addSheet('S', [HEAD, ['A-1', 'Xã A', date(1), date(5)]]).zip());
    expect([f.rowsRead, f.records.length, f.rowsRejected]).toEqual([1, 1, 0]);
  });

  it('skips empty styled rows like blank lines, and reads cells given without references in order', async () => {
    const book = new Book().addSheet('S', [HEAD, [], [], ['A-1', 'Xã A', date(1), date(5)], []]);
    const f = await readBook(book.zip());
    expect([f.rowsRead, f.records[0]!.line]).toEqual([1, 4]);
  });
});

describe('read by content, whatever the name', () => {
  it('reads a workbook named .csv as a workbook', async () => {
    const f = await readBook(new Book().addSheet('S', [HEAD, ['A-1', 'Xã A', date(1), date(5)]]).zip(), {
      name: 'export.csv',
    });
    expect([f.dialect.encoding, f.records.length]).toEqual(['xlsx', 1]);
  });

  it('reads a CSV named .xlsx as CSV', async () => {
    const file = join(dir, 'really-a.xlsx');
    writeFileSync(file, `${HEAD.join(',')}\nA-1,Xã A,01/03/2024,05/03/2024,,\n`);
    const f = await readDossierFile({ file, source: 'electronic' }, {});
    expect([f.dialect.encoding, f.sheet, f.records.length]).toEqual(['utf-8', null, 1]);
  });
});
