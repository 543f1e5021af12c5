/**
 * Reasons for rejected rows as the reader gives them, worded by hand in both languages: an empty code,
 * a month-first date, a day that does not exist, a row with too few cells.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/core/columns.js';
import { badDateReason } from '../../src/core/dates.js';
import { textCells } from '../../src/core/cells.js';
import { makeRowContext, normaliseRow, type RowContextOptions } from '../../src/core/normalise.js';
import { readDossierFile } from '../../src/io/read-dossiers.js';
import { reasonText, type RowReason } from '../../src/messages/reasons.js';

const explainBadDate = (text: string, lang: 'en' | 'vi' = 'en'): string => reasonText(badDateReason(text), lang);
import { tempDir } from '../cli/run-cli.js';

/** `normaliseRow` on cells given as strings, with a context made from `o`. */
const normalise = (cells: readonly string[], line: number, o: RowContextOptions) =>
  normaliseRow(textCells(cells), line, makeRowContext(o));

const CTX: RowContextOptions = {
  source: 'electronic',
  file: 'e.csv',
  columns: mapColumns(['Mã hồ sơ', 'Đơn vị', 'Ngày tiếp nhận', 'Ngày hẹn trả']),
};

function rejected(cells: string[]): { reason: RowReason; column: number | null } {
  const out = normalise(cells, 2, CTX);
  if (out.ok) throw new Error('expected the row to be rejected');
  return out;
}

describe('reasons for a rejected row, in Vietnamese and English', () => {
  it('an empty dossier code', () => {
    const r = rejected(['  ', 'Xã A', '01/03/2024', '05/03/2024']);
    expect(r.column).toBe(1);
    expect(r.reason).toEqual({ id: 'emptyCode', args: {} });
    expect(reasonText(r.reason, 'vi')).toBe('mã hồ sơ đang để trống (hãy điền mã hoặc xóa dòng này)');
    expect(reasonText(r.reason, 'en')).toBe('the dossier code is empty (fill it in or remove the row)');
  });

  it('a month-first due date 12/25/2024: read day-first its month would be 25', () => {
    const r = rejected(['A-1', 'Xã A', '01/03/2024', ' 12/25/2024 ']);
    expect(r.column).toBe(4);
    expect(r.reason).toEqual({ id: 'dateMonthFirst', args: { field: 'due', cell: '12/25/2024', month: 25 } });
    expect(reasonText(r.reason, 'vi')).toBe(
      'ngày hẹn trả: "12/25/2024" có vẻ ghi tháng trước ngày (đọc theo ngày/tháng thì thành tháng 25): ' +
        'ngày phải ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy)',
    );
    expect(reasonText(r.reason, 'en')).toBe(
      'due date (ngày hẹn trả): "12/25/2024" reads as month 25: dates must be day-first (dd/mm/yyyy)',
    );
  });

  it('a received date 30/02/2024: February 2024 has 29 days', () => {
    const r = rejected(['A-1', 'Xã A', '30/02/2024', '05/03/2024']);
    expect(r.column).toBe(3);
    expect(reasonText(r.reason, 'vi')).toBe(
      'ngày tiếp nhận: "30/02/2024" không phải là ngày có thật: tháng 2/2024 chỉ có 29 ngày',
    );
    expect(reasonText(r.reason, 'en')).toBe(
      'received date: "30/02/2024" is not a real date: February 2024 has 29 days',
    );
  });

  it('an empty received date', () => {
    const r = rejected(['A-1', 'Xã A', '', '05/03/2024']);
    expect(reasonText(r.reason, 'vi')).toBe('ngày tiếp nhận đang để trống (đây là thông tin bắt buộc)');
    expect(reasonText(r.reason, 'en')).toBe('the received date is empty (it is required)');
  });

  it('a date cell on its own (no field): explainBadDate in either language', () => {
    expect(badDateReason('15/01/1850')).toEqual({
      id: 'dateYearOutOfRange',
      args: { field: null, cell: '15/01/1850', year: 1850, min: 1900, max: 2199 },
    });
    expect(explainBadDate('15/01/1850', 'vi')).toBe('"15/01/1850" có năm 1850, nằm ngoài khoảng 1900–2199');
    expect(explainBadDate('15/01/1850')).toBe('"15/01/1850" has year 1850, outside 1900–2199');
    expect(explainBadDate('2024-13-01', 'vi')).toBe('"2024-13-01" có tháng 13: tháng chỉ từ 1 đến 12');
  });

  it('a row with fewer cells than the header', async () => {
    const file = join(tempDir(), 'e.csv');
    writeFileSync(file, 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\nA-1,Xã A,01/03/2024,05/03/2024\nA-2,Xã A\n');
    const f = await readDossierFile({ file, source: 'electronic' }, {});
    expect(f.rejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, null, { id: 'fieldCount', args: { fields: 2, expected: 4 } }],
    ]);
    expect(reasonText(f.rejections[0]!.reason, 'vi')).toBe(
      'dòng này có 2 cột nhưng dòng tiêu đề có 4 cột (thiếu hoặc thừa dấu phân cách, ' +
        'hoặc có chỗ xuống dòng không nằm trong dấu ngoặc kép)',
    );
  });
});
