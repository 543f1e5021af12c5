/**
 * Header names → fields: every alias in every spelling a typed register or an export uses (upper
 * case, NFD, no diacritics, non-breaking spaces), and the column map with overrides and duplicates.
 */
import { describe, expect, it } from 'vitest';
import {
  countKnownHeaders,
  FIELD_ALIASES,
  fieldOfHeader,
  mapColumns,
  REQUIRED_FIELDS,
} from '../../src/core/columns.js';
import type { Field } from '../../src/core/types.js';

const NBSP = '\u00a0';
const stripDiacritics = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

const ALL_ALIASES = (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
  names.map((name) => [name, field] as const),
);

describe('fieldOfHeader: every alias in every spelling', () => {
  it.each(ALL_ALIASES)('%j → %s', (alias, field) => {
    expect(fieldOfHeader(alias)).toBe(field);
    expect(fieldOfHeader(alias.normalize('NFD'))).toBe(field);
    expect(fieldOfHeader(alias.normalize('NFC'))).toBe(field);
    expect(fieldOfHeader(alias.toUpperCase())).toBe(field);
    expect(fieldOfHeader(alias.toUpperCase().normalize('NFD'))).toBe(field);
    expect(fieldOfHeader(alias.toLowerCase())).toBe(field);
    expect(fieldOfHeader(stripDiacritics(alias))).toBe(field);
    expect(fieldOfHeader(alias.replace(/ /g, NBSP))).toBe(field);
    expect(fieldOfHeader(`  ${alias.replace(/ /g, '  ')}\t`)).toBe(field);
    expect(fieldOfHeader(`\ufeff${alias}`)).toBe(field);
  });
});

describe('fieldOfHeader: headers written by hand', () => {
  it.each([
    ['MÃ HỒ SƠ', 'code'],
    ['Ma ho so', 'code'],
    ['Mã hồ sơ (*)', 'code'],
    ['MA_HO_SO', 'code'],
    ['NGÀY HẸN TRẢ', 'due'],
    ['ngay hen tra ket qua', 'due'],
    [`Ngày${NBSP}tiếp${NBSP}nhận`, 'received'],
    ['NGAYTIEPNHAN', 'received'],
    ['Ngày trả kết quả', 'returned'],
    ['Ngày có kết quả', 'completed'],
    ['TÌNH TRẠNG', 'status'],
    ['Cơ quan giải quyết', 'unit'],
    ['Phiếu xin lỗi', 'apology'],
    ['Hẹn trả lại', 'newDate'],
    ['LÝ DO', 'reason'],
  ] as const)('%j → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['STT', 'TT', 'Ghi chú', 'Ký nhận', 'Chủ hồ sơ', 'Quyển số', 'Địa chỉ', '', 'ỦY BAN NHÂN DÂN XÃ AN BÌNH'])(
    'knows no field for %j',
    (header) => {
      expect(fieldOfHeader(header)).toBeUndefined();
    },
  );
});

describe('mapColumns', () => {
  it('maps the known headers of a register to their column indexes', () => {
    const map = mapColumns([
      'STT',
      'Mã hồ sơ',
      'Chủ hồ sơ',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày trả kết quả',
      'Ghi chú',
    ]);
    expect(map.index).toEqual({ code: 1, received: 3, due: 4, returned: 5 });
    expect(map.duplicates).toEqual([]);
  });

  it('maps an NFD, upper-case, no-diacritics header row the same way', () => {
    const headers = ['MÃ HỒ SƠ'.normalize('NFD'), 'ngay tiep nhan', `NGÀY${NBSP}HẸN${NBSP}TRẢ`, 'Trang thai'];
    expect(mapColumns(headers).index).toEqual({ code: 0, received: 1, due: 2, status: 3 });
  });

  it('keeps the first column that claims a field and lists the others', () => {
    const map = mapColumns(['Mã hồ sơ', 'Ngày tiếp nhận', 'MaHoSo', 'Ngày hẹn trả', 'Nhận hồ sơ']);
    expect(map.index).toEqual({ code: 0, received: 1, due: 3 });
    expect(map.duplicates).toEqual([
      ['MaHoSo', 'code'],
      ['Nhận hồ sơ', 'received'],
    ]);
  });

  it('lets an override name a field, matching the header by folding', () => {
    const map = mapColumns(['SỐ BIÊN NHẬN', 'Ngày tiếp nhận', 'Ngày hẹn trả'], { code: 'so bien nhan' });
    expect(map.index).toEqual({ code: 0, received: 1, due: 2 });
  });

  it('an override takes the field from its alias, so the alias column is not a duplicate', () => {
    const map = mapColumns(['Số biên nhận', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'], { code: 'Số biên nhận' });
    expect(map.index).toEqual({ code: 0, received: 2, due: 3 });
    expect(map.duplicates).toEqual([]);
  });

  it('an override may list candidate headers: whichever the file has names the field', () => {
    const candidates = { received: ['Ngày nhận HS', 'NgayNop'] };
    expect(mapColumns(['Mã hồ sơ', 'NgayNop', 'Ngày hẹn trả'], candidates).index).toEqual({
      code: 0,
      received: 1,
      due: 2,
    });
    expect(mapColumns(['Mã hồ sơ', 'Ngày nhận HS', 'Ngày hẹn trả'], candidates).index).toEqual({
      code: 0,
      received: 1,
      due: 2,
    });
    // Both present: the first column claims the field, the other is a duplicate header.
    const both = mapColumns(['Mã hồ sơ', 'NgayNop', 'Ngày nhận HS', 'Ngày hẹn trả'], candidates);
    expect(both.index).toEqual({ code: 0, received: 1, due: 3 });
    expect(both.duplicates).toEqual([['Ngày nhận HS', 'received']]);
  });

  it('an override can give an alias of one field to another field', () => {
    const map = mapColumns(['Ngày trả', 'Ngày trả kết quả', 'Ngày tiếp nhận'], { due: 'Ngày trả' });
    expect(map.index).toEqual({ due: 0, returned: 1, received: 2 });
  });

  it('maps nothing from an empty or unknown header row', () => {
    expect(mapColumns([]).index).toEqual({});
    expect(mapColumns(['STT', 'Ghi chú']).index).toEqual({});
  });
});

describe('countKnownHeaders', () => {
  it('counts distinct known fields, so a title row scores lower than the header row', () => {
    expect(countKnownHeaders(['ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL', '', ''])).toBe(0);
    expect(countKnownHeaders(['Từ ngày 01/01/2024 đến ngày 31/03/2024'])).toBe(0);
    expect(countKnownHeaders(['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'])).toBe(4);
    expect(countKnownHeaders(['Mã hồ sơ', 'MaHoSo', 'Ngày tiếp nhận'])).toBe(2);
  });
});

describe('REQUIRED_FIELDS', () => {
  it('are the code, the receipt date and the due date', () => {
    expect([...REQUIRED_FIELDS].sort()).toEqual(['code', 'due', 'received']);
  });
});
