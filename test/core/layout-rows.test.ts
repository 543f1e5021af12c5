/**
 * core/layout-rows.ts: which rejected rows of a transcribed paper register are its printed layout
 * (column numbers under the header, total row, signature block) and which stay ordinary rejected
 * rows. Every case is a row as an inspector would type it; the expected answer is decided by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  footerKind,
  layoutKindOf,
  layoutReason,
  looksLikeCode,
  recogniseLayoutRow,
  type LayoutContext,
} from '../../src/core/layout-rows.js';
import { reasonText, rowReason } from '../../src/messages/reasons.js';

/** STT, Số hồ sơ, Đơn vị, Ngày tiếp nhận, Ngày hẹn trả, Ghi chú */
const COLUMNS: LayoutContext['columns'] = { code: 1, unit: 2, received: 3, due: 4 };
const first = (cells: string[]) => recogniseLayoutRow(cells, { firstAfterHeader: true, columns: COLUMNS });
const later = (cells: string[]) => recogniseLayoutRow(cells, { firstAfterHeader: false, columns: COLUMNS });
const _kindOf = (r: ReturnType<typeof first>) => r?.kind ?? null;

describe('the column-number row under the header', () => {
  it.each([
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
    [['1', '2', '3', '4', '5', '6']],
    [['A', 'B', 'C', 'D', 'E', 'F']],
    [['(a)', '(b)', '(c)', '', '', '']],
    [['[1]', '2.', ' (3) ', '4', '', '']],
    [['( 1 )', '(2)', '(3)']],
  ])('%j is the column numbers when it is the first row after the header', (cells) => {
    expect(first(cells)).toEqual({ kind: 'column-numbers', cell: null });
  });

  it('the same row anywhere else is an ordinary rejected row', () => {
    expect(later(['1', '2', '3', '4', '5', '6'])).toBeNull();
    expect(later(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])).toBeNull();
  });

  it.each([
    [['(1)', '(2)', '', '', '', ''], 'only two numbered cells'],
    [['1', '', '', '', '', 'x'], 'one number and some text'],
    [['1', 'H56-0001', 'Xã A', '', '', ''], 'a dossier with no dates'],
    [['(1)', '(2)', '(3)', 'Ghi chú', '', ''], 'a cell that is not a number'],
    [['1000', '1001', '1002', '', '', ''], 'four digits: not a column number'],
    [['AB', 'C', 'D', '', '', ''], 'two letters'],
    [['(1', '2)', '3', '', '', ''], 'unbalanced brackets'],
    [['1)', '(2', '3', '', '', ''], 'brackets the wrong way round'],
  ])('%j is not (%s)', (cells) => {
    expect(first(cells)).toBeNull();
  });
});

describe('total rows', () => {
  it.each([
    ['Tổng cộng: 120 hồ sơ'],
    ['TỔNG CỘNG'],
    ['Tong cong'],
    ['Tổng số hồ sơ: 57'],
    ['Cộng'],
    ['Cộng:'],
    ['Cộng: 12 hồ sơ'],
    ['Cộng 12'],
    ['  cộng (12 hồ sơ)'],
  ])('%j', (text) => {
    expect(footerKind(text)).toBe('total');
  });

  it('"Công chứng …", "Cộng hòa …" and "Tổng hợp" are not totals', () => {
    expect(footerKind('Công chứng hợp đồng')).toBeNull();
    expect(footerKind('Cộng hòa xã hội chủ nghĩa Việt Nam')).toBeNull();
    expect(footerKind('Tổng hợp')).toBeNull();
    expect(footerKind('Congress')).toBeNull();
  });

  it('is recognised wherever it is: under the last dossier, or in the middle (a page break of the register)', () => {
    const total = ['', 'Tổng cộng: 120 hồ sơ', '', '', '', ''];
    expect(later(total)).toEqual({ kind: 'total', cell: 'Tổng cộng: 120 hồ sơ' });
    expect(first(total)).toEqual({ kind: 'total', cell: 'Tổng cộng: 120 hồ sơ' });
    expect(later(['Cộng', '', '', '', '', '57'])).toEqual({ kind: 'total', cell: 'Cộng' });
  });

  it('the phrase may sit in the code column itself, even written "Cộng:57" with no space', () => {
    expect(later(['', 'Cộng:57', '', '', '', ''])).toEqual({ kind: 'total', cell: 'Cộng:57' });
  });

  it(
    'is not recognised when its code column holds something that looks like a code (a count typed there, ' +
      'or a dossier)',
    () => {
      expect(later(['Tổng cộng', '120', '', '', '', ''])).toBeNull();
      expect(later(['Cộng', 'H56.01-240301-0001', 'Xã A', '', '', ''])).toBeNull();
    },
  );
});

describe('signature rows', () => {
  it.each([
    ['Người lập biểu'],
    ['NGƯỜI LẬP BIỂU'],
    ['Nguoi lap bieu'],
    ['Người lập'],
    ['Người ghi sổ'],
    ['Thủ trưởng đơn vị'],
    ['THỦ TRƯỞNG CƠ QUAN'],
    ['Lãnh đạo đơn vị'],
    ['Xác nhận của UBND xã'],
    ['(Ký, ghi rõ họ tên)'],
    ['(Ký và ghi rõ họ tên)'],
    ['(ký tên, đóng dấu)'],
    ['(Ký)'],
    ['Đắk Mil, ngày 31 tháng 12 năm 2024'],
    ['An Phú, ngày ..... tháng ..... năm 20...'],
    ['ngày…tháng…năm…'],
    ['Ngày    tháng    năm 2024'],
  ])('%j', (text) => {
    expect(footerKind(text)).toBe('signature');
  });

  it.each([
    ['(Kỳ báo cáo: tháng 12)'],
    ['Người nộp'],
    ['Lãnh'],
    ['Nguyễn Văn An'],
    ['Hẹn trả ngày 15'],
    ['Ngày tiếp nhận'],
    [''],
  ])('%j is not', (text) => {
    expect(footerKind(text)).toBeNull();
  });

  it('a row of the signature block: the first cell that gives it away is kept for the message', () => {
    expect(later(['', 'Người lập biểu', '', '', '', 'Thủ trưởng đơn vị'])).toEqual({
      kind: 'signature',
      cell: 'Người lập biểu',
    });
    expect(later(['', '', '', '', '', 'Đắk Mil, ngày 31 tháng 12 năm 2024'])).toEqual({
      kind: 'signature',
      cell: 'Đắk Mil, ngày 31 tháng 12 năm 2024',
    });
    expect(later(['', ' (Ký, ghi rõ họ tên) '])).toEqual({ kind: 'signature', cell: '(Ký, ghi rõ họ tên)' });
  });

  it("the signer's name under the block is not recognised (it stays an ordinary rejected row)", () => {
    expect(later(['', 'Nguyễn Văn An', '', '', '', 'Trần Thị Bình'])).toBeNull();
  });
});

describe('a row that may be a dossier is never a layout row', () => {
  it('a dossier with an empty code and nothing of the layout is not one', () => {
    expect(first(['3', '', 'Xã A', '01/03/2024', '05/03/2024', ''])).toBeNull();
    expect(later(['3', '', 'Xã A', '01/03/2024', '', ''])).toBeNull();
  });

  it(
    'a dossier with an empty code whose note happens to read like a footer is not one: ' +
      'it has a readable receipt date',
    () => {
      expect(later(['3', '', 'Xã A', '01/03/2024', '', 'Lãnh đạo đã duyệt'])).toBeNull();
      expect(later(['3', '', 'Xã A', '01/03/2024', '05/03/2024', 'Cộng: 2 bản'])).toBeNull();
    },
  );

  it('nor when the phrase is the readable date itself, in the due-date column', () => {
    expect(later(['', '', '', '', 'Ngày 31 tháng 12 năm 2024', ''])).toBeNull();
  });

  it('a dossier with a code and a bad date is not one, whatever its note says', () => {
    expect(later(['3', 'H56-0003', 'Xã A', '32/03/2024', '05/03/2024', 'Người lập: Tổ một cửa'])).toBeNull();
  });

  it('without a code column only the dates are looked at', () => {
    const columns = { received: 3, due: 4 };
    expect(recogniseLayoutRow(['', 'Tổng cộng', '', '', '', ''], { firstAfterHeader: false, columns })).toEqual({
      kind: 'total',
      cell: 'Tổng cộng',
    });
  });

  it('what looks like a code: a digit and no space', () => {
    expect(looksLikeCode('H56.01-240301-0001')).toBe(true);
    expect(looksLikeCode(' 125 ')).toBe(true);
    expect(looksLikeCode('')).toBe(false);
    expect(looksLikeCode('Tổng cộng')).toBe(false);
    expect(looksLikeCode('8 hồ sơ')).toBe(false);
  });
});

describe('the reasons', () => {
  it('name the kind, and quote the cell for a total or signature row, shortened past 40 characters', () => {
    expect(layoutReason({ kind: 'column-numbers', cell: null })).toEqual(rowReason('layoutColumnNumbers', {}));
    expect(layoutReason({ kind: 'total', cell: 'Tổng cộng: 8 hồ sơ' })).toEqual(
      rowReason('layoutTotal', { cell: 'Tổng cộng: 8 hồ sơ' }),
    );
    const long = 'Xác nhận của Ủy ban nhân dân xã Hòa Bình, huyện An Phú';
    expect(layoutReason({ kind: 'signature', cell: long })).toEqual(
      rowReason('layoutSignature', { cell: 'Xác nhận của Ủy ban nhân dân xã Hòa Bìn…' }),
    );
    expect(reasonText(layoutReason({ kind: 'total', cell: 'Cộng' }), 'en')).toBe(
      'not a dossier: the total row of the register ("Cộng")',
    );
    expect(reasonText(layoutReason({ kind: 'total', cell: 'Cộng' }), 'vi')).toBe(
      'không phải hồ sơ: đây là dòng tổng cộng của sổ ("Cộng")',
    );
  });

  it('tell their kind back, and no other reason is a layout reason', () => {
    expect(layoutKindOf(rowReason('layoutColumnNumbers', {}))).toBe('column-numbers');
    expect(layoutKindOf(rowReason('layoutTotal', { cell: 'x' }))).toBe('total');
    expect(layoutKindOf(rowReason('layoutSignature', { cell: 'x' }))).toBe('signature');
    expect(layoutKindOf(rowReason('emptyCode', {}))).toBeNull();
  });
});
