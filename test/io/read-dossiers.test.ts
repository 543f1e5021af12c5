/**
 * readDossierFile in-process on small files written for each case: header finding (title rows, two-row
 * headers, look-alike columns), rejected rows and their kinds, unknown status labels, and the rule for
 * a date column that mostly fails (at least 20 values, more than half unreadable).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_COLUMN_MIN_VALUES } from '../../src/core/column-health.js';
import { AuditError } from '../../src/errors.js';
import { readDossierFile, type ReadOptions } from '../../src/io/read-dossiers.js';
import { reasonText } from '../../src/messages/reasons.js';
import { tempDir } from '../cli/run-cli.js';

const dir = tempDir();
let n = 0;
function fileWith(text: string | Uint8Array): string {
  const file = join(dir, `case-${++n}.csv`);
  writeFileSync(file, text);
  return file;
}
const read = (text: string | Uint8Array, opts: ReadOptions = {}) =>
  readDossierFile({ file: fileWith(text), source: 'electronic' }, opts);
async function failure(text: string | Uint8Array, opts: ReadOptions = {}): Promise<AuditError> {
  const err = await read(text, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuditError);
  return err as AuditError;
}

const HEADER = 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái\n';
const row = (code: string, received = '01/03/2024', due = '05/03/2024', done = '', status = 'Đang xử lý'): string =>
  `${code},Xã A,${received},${due},${done},${status}\n`;

describe('header', () => {
  it('is found under title rows and blank rows; the rows after it are the data', async () => {
    const f = await read('ỦY BAN NHÂN DÂN XÃ A,,,,,\nBÁO CÁO HỒ SƠ,,,,,\n,,,,,\n\n' + HEADER + row('A-1') + row('A-2'));
    expect(f.headerLine).toBe(5);
    expect(f.headerRows).toBe(1);
    expect(f.records.map((r) => [r.code, r.line])).toEqual([
      ['A-1', 6],
      ['A-2', 7],
    ]);
  });

  it('spread over two rows (merged cells flattened) is combined', async () => {
    const f = await read(
      'STT,Mã hồ sơ,Ngày,,Trạng thái,Đơn vị\n,,Tiếp nhận,Hẹn trả,,\n1,A-1,01/03/2024,05/03/2024,Đang xử lý,Xã A\n',
    );
    expect(f.headerRows).toBe(2);
    expect(f.header).toEqual(['STT', 'Mã hồ sơ', 'Ngày Tiếp nhận', 'Ngày Hẹn trả', 'Trạng thái', 'Đơn vị']);
    expect(f.columns.index).toEqual({ code: 1, received: 2, due: 3, status: 4, unit: 5 });
    expect(f.records).toHaveLength(1);
    expect(f.rowsRead).toBe(1);
  });

  it('complete on its first row takes a second row that adds fields and has no dossier code', async () => {
    const f = await read(
      'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Kết quả,\n,,,,Ngày có kết quả,Ngày trả kết quả\n' +
        'A-1,Xã A,01/03/2024,05/03/2024,04/03/2024,06/03/2024\n',
    );
    expect(f.headerRows).toBe(2);
    expect(f.records[0]).toMatchObject({ code: 'A-1', completed: 19786, returned: 19788 }); // 2024-03-04, 2024-03-06
  });

  it('complete on its first row keeps the next row as data when it has a dossier code', async () => {
    const f = await read(HEADER + row('A-1'));
    expect(f.headerRows).toBe(1);
    expect(f.records).toHaveLength(1);
  });

  it('lacking a required column says which, with an example header', async () => {
    const err = await failure('Mã hồ sơ,Đơn vị,Ngày tiếp nhận\nA-1,Xã A,01/03/2024\n');
    expect(err.code).toBe('E_MISSING_COLUMN');
    expect(err.message).toBe('no column for due (e.g. "Ngày hẹn trả")');
    expect(err.place).toEqual({ file: expect.any(String), line: 1 });
  });

  it('never takes the submission date (NgayNopHoSo) as the receipt date, and says so', async () => {
    const err = await failure('MaHoSo,TenDonVi,NgayNopHoSo,NgayHenTra\nA-1,Xã A,01/03/2024,05/03/2024\n');
    expect(err.message).toBe('no column for received (e.g. "Ngày tiếp nhận")');
    expect(err.hint('en')).toBe(
      '"NgayNopHoSo" is not the received column; if it is all there is, say so with --map received="NgayNopHoSo"',
    );
    const f = await read('MaHoSo,TenDonVi,NgayNopHoSo,NgayHenTra\nA-1,Xã A,01/03/2024,05/03/2024\n', {
      map: { received: 'NgayNopHoSo' },
    });
    expect(f.records[0]!.received).toBe(19783); // 2024-03-01
  });

  it('needs a unit column unless --unit names one', async () => {
    const text = 'Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả\nA-1,01/03/2024,05/03/2024\n';
    expect((await failure(text)).code).toBe('E_NO_UNIT');
    expect((await read(text, { unit: 'Xã B' })).records[0]!.unit).toBe('Xã B');
  });

  it('is found by --map names alone, with no known alias in the row', async () => {
    const f = await read('Số biên nhận,Cơ quan,Nhận lúc,Hạn\nA-1,Xã A,01/03/2024,05/03/2024\n', {
      map: { code: 'Số biên nhận', received: 'Nhận lúc', due: 'Hạn' },
    });
    expect(f.columns.index).toEqual({ code: 0, unit: 1, received: 2, due: 3 });
  });

  it('not in the first 30 rows is an error', async () => {
    const err = await failure('x,y\n'.repeat(30) + HEADER + row('A-1'));
    expect(err.code).toBe('E_NO_HEADER');
  });

  it('with no rows after it is an error at the header line', async () => {
    const err = await failure('Tiêu đề\n' + HEADER + ',,,,,\n\n');
    expect([err.code, err.place.line]).toEqual(['E_NO_ROWS', 2]);
  });
});

describe('rows', () => {
  it('each unusable row is rejected with its kind, line, column and reason; blank rows are not rows', async () => {
    const f = await read(
      HEADER +
        row('A-1') +
        ',,,,,\n' +
        row('') +
        row('A-3', '31/02/2024') +
        row('A-4', '01/03/2024', '') +
        'A-5,Xã A,01/03/2024\n' +
        row('A-6'),
    );
    expect([f.rowsRead, f.records.length, f.rowsRejected]).toEqual([6, 2, 4]);
    expect(f.rejections.map((r) => [r.kind, r.line, r.column])).toEqual([
      ['missing-code', 4, 1],
      ['bad-received', 5, 3],
      ['bad-due', 6, 4],
      ['field-count', 7, null],
    ]);
    expect(f.rejections[3]!.reason).toEqual({ id: 'fieldCount', args: { fields: 3, expected: 6 } });
    expect(reasonText(f.rejections[3]!.reason, 'en')).toBe(
      'the row has 3 fields but the header has 6 (a missing or extra delimiter, or an unquoted line break)',
    );
    expect(f.rejections[3]!.cells).toEqual(['A-5', 'Xã A', '01/03/2024']);
  });

  it('extra empty fields at the end of a row are not an error, extra values are', async () => {
    const f = await read(
      HEADER + 'A-1,Xã A,01/03/2024,05/03/2024,,Đang xử lý,,\n' + 'A-2,Xã A,01/03/2024,05/03/2024,,Đang xử lý,x\n',
    );
    expect(f.records.map((r) => r.code)).toEqual(['A-1']);
    expect(f.rejections.map((r) => r.kind)).toEqual(['field-count']);
  });

  it('a stray quote inside an unquoted cell is kept as written', async () => {
    const f = await read('Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả\nA-1,Xã "Hòa" Bình,01/03/2024,05/03/2024\n');
    expect(f.records[0]!.unit).toBe('Xã "Hòa" Bình');
  });

  it('unknown status labels are counted once per label, spellings that fold alike together', async () => {
    const f = await read(
      HEADER +
        row('A-1', undefined, undefined, '', 'Hoàn tất') +
        row('A-2', undefined, undefined, '', 'HOÀN TẤT') +
        row('A-3', undefined, undefined, '', 'hoan tat') +
        row('A-4', undefined, undefined, '', 'Đã duyệt') +
        row('A-5'),
    );
    expect([...f.unknownStatus]).toEqual([
      ['Hoàn tất', 3],
      ['Đã duyệt', 1],
    ]);
  });

  it('custom status labels (config) are known', async () => {
    const f = await read(HEADER + row('A-1', undefined, undefined, '', 'Hoàn tất'), {
      customStatus: new Map([['hoan tat', { kind: 'resolved', labelClass: null }]]),
    });
    expect(f.unknownStatus.size).toBe(0);
    expect(f.records[0]!.statusKind).toBe('resolved');
  });
});

describe('a date column that mostly fails to parse', () => {
  const rows = (count: number, bad: number, field: 'due' | 'done'): string =>
    Array.from({ length: count }, (_, i) => {
      const d = i < bad ? '12/31/2024' : '05/03/2024';
      return field === 'due'
        ? row(`A-${i}`, '01/03/2024', d)
        : row(`A-${i}`, '01/03/2024', '05/03/2024', i < bad ? 'không rõ' : '04/03/2024');
    }).join('');

  it(
    `is one error when more than half of at least ${BAD_COLUMN_MIN_VALUES} values fail, ` +
      `with examples and a month-first hint`,
    async () => {
      const err = await failure(HEADER + rows(20, 11, 'due'));
      expect(err.code).toBe('E_UNREADABLE_COLUMN');
      expect(err.message).toBe(
        'column "Ngày hẹn trả" (col 4, due): 11 of 20 values are not dates, e.g. "12/31/2024" (line 2), ' +
          '"12/31/2024" (line 3), "12/31/2024" (line 4)',
      );
      expect(err.hint('en')).toBe(
        'these dates look month-first (mm/dd/yyyy), which is never guessed: export them as dd/mm/yyyy',
      );
      expect(err.place.line).toBe(1);
    },
  );

  it(
    'is an error for an optional date column too, with a mapping hint when the values are not month-first ' + 'dates',
    async () => {
      const err = await failure(HEADER + rows(20, 11, 'done'));
      expect(err.message).toContain(
        'column "Ngày có kết quả" (col 5, completed): 11 of 20 values are not dates, e.g. "không rõ" (line 2)',
      );
      expect(err.hint('en')).toBe(
        'check the column mapping (--map completed="<header>" or "columns" in the config file)',
      );
    },
  );

  it('is rejected row by row when exactly half fail', async () => {
    const f = await read(HEADER + rows(20, 10, 'due'));
    expect([f.records.length, f.rowsRejected]).toEqual([10, 10]);
  });

  it('is rejected row by row below 20 values', async () => {
    const f = await read(HEADER + rows(19, 19, 'due'));
    expect([f.records.length, f.rowsRejected]).toEqual([0, 19]);
  });

  it('counts the due column only where the row got that far (a bad receipt date leaves it unknown)', async () => {
    // 20 rows with bad due dates of which 10 also have a bad receipt date: due is 10 bad of 10 known → not 20 values.
    const text = Array.from({ length: 20 }, (_, i) => row(`A-${i}`, i < 10 ? 'x' : '01/03/2024', '12/31/2024')).join(
      '',
    );
    const f = await read(HEADER + text);
    expect(f.rowsRejected).toBe(20);
  });
});
