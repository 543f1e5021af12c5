/**
 * Status labels and apology cells → what they mean. Labels from DOMAIN.md ("Status labels seen in
 * exports"), in the spellings registers use.
 */
import { describe, expect, it } from 'vitest';
import { isWithdrawnKind, readApology, readStatus, type StatusMeaning } from '../../src/core/status.js';
import { STATUS_KINDS, type StatusKind } from '../../src/core/types.js';

const kind = (k: StatusKind): StatusMeaning => ({ kind: k, labelClass: null });

describe('readStatus: national sync codes', () => {
  it.each([
    ['1', 'new'],
    ['2', 'received'],
    ['3', 'rejected'],
    ['4', 'processing'],
    ['5', 'supplement'],
    ['6', 'financial'],
    ['7', 'withdrawn'],
    ['8', 'stopped'],
    ['9', 'resolved'],
    ['10', 'returned'],
  ] as const)('code %s is %s', (code, k) => {
    expect(readStatus(code)).toEqual(kind(k));
    expect(readStatus(` ${code} `)).toEqual(kind(k));
  });
});

describe('readStatus: names of the national codes and vendor labels', () => {
  it.each([
    ['Mới đăng ký', 'new'],
    ['Được tiếp nhận', 'received'],
    ['Không được tiếp nhận', 'rejected'],
    ['Đang xử lý', 'processing'],
    ['Yêu cầu bổ sung giấy tờ', 'supplement'],
    ['Yêu cầu thực hiện nghĩa vụ tài chính', 'financial'],
    ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
    ['Dừng xử lý', 'stopped'],
    ['Đã xử lý xong', 'resolved'],
    ['Đã trả kết quả', 'returned'],
    ['Chờ xử lý', 'processing'],
    ['Chờ bổ sung hồ sơ', 'supplement'],
    ['Đang giải quyết', 'processing'],
    ['Đã giải quyết', 'resolved'],
    ['Hoàn thành', 'resolved'],
    ['Từ chối', 'rejected'],
    ['Trả lại', 'rejected'],
    ['Rút hồ sơ', 'withdrawn'],
    ['Tạm dừng', 'stopped'],
  ] as const)('%j is %s, in every spelling', (label, k) => {
    expect(readStatus(label)).toEqual(kind(k));
    expect(readStatus(label.toUpperCase())).toEqual(kind(k));
    expect(readStatus(label.normalize('NFD'))).toEqual(kind(k));
    const bare = label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    expect(readStatus(bare.toLowerCase())).toEqual(kind(k));
    expect(readStatus(`  ${label.replace(/ /g, '\u00a0')}  `)).toEqual(kind(k));
  });
});

describe('readStatus: labels that store the classification', () => {
  it.each([
    ['Trước hạn', 'before-deadline'],
    ['Sớm', 'before-deadline'],
    ['Đúng hạn', 'on-time'],
    ['Quá hạn', 'late'],
    ['Trễ hạn', 'late'],
    ['Trễ', 'late'],
    ['TRỄ HẠN', 'late'],
    ['tre han', 'late'],
  ] as const)('%j is the class %s, with no life-cycle status', (label, labelClass) => {
    expect(readStatus(label)).toEqual({ kind: null, labelClass });
  });

  it('reads "Sắp trễ" (about to be late) as a known label that says neither', () => {
    expect(readStatus('Sắp trễ')).toEqual({ kind: null, labelClass: null });
  });
});

describe('readStatus: empty, unknown and custom labels', () => {
  it('an empty label means nothing but is not unknown', () => {
    expect(readStatus('')).toEqual({ kind: null, labelClass: null });
    expect(readStatus('  \u00a0 ')).toEqual({ kind: null, labelClass: null });
  });

  it('an unknown label is undefined', () => {
    expect(readStatus('Đang chờ ký số')).toBeUndefined();
    expect(readStatus('11')).toBeUndefined();
  });

  it('a custom table adds labels and wins over the built-in ones', () => {
    const custom = new Map<string, StatusMeaning>([
      ['hoan tat', kind('resolved')],
      ['tu choi', kind('withdrawn')],
    ]);
    expect(readStatus('Hoàn tất', custom)).toEqual(kind('resolved'));
    expect(readStatus('Từ chối', custom)).toEqual(kind('withdrawn'));
    expect(readStatus('Đã trả kết quả', custom)).toEqual(kind('returned'));
    expect(readStatus('Hoàn tất')).toBeUndefined();
  });
});

describe('isWithdrawnKind', () => {
  it('is true for withdrawn, rejected and stopped only', () => {
    const out = STATUS_KINDS.filter((k) => isWithdrawnKind(k));
    expect([...out].sort()).toEqual(['rejected', 'stopped', 'withdrawn']);
    expect(isWithdrawnKind(null)).toBe(false);
  });
});

describe('readApology', () => {
  const isDate = (t: string): boolean => /^\d{2}\/\d{2}\/\d{4}$/.test(t.trim());

  it.each(['Có', 'CÓ', 'co', 'x', 'X', 'yes', '1', 'Đã xin lỗi', 'Có phiếu', '  có  '])(
    '%j records an apology',
    (cell) => {
      expect(readApology(cell, isDate)).toBe(true);
    },
  );

  it.each(['', '   ', 'Không', 'không', 'K', 'no', '0', 'Chưa', 'Chưa xin lỗi', '-'])('%j records none', (cell) => {
    expect(readApology(cell, isDate)).toBe(false);
  });

  it('a date in the cell records an apology (the date it was issued)', () => {
    expect(readApology('20/03/2024', isDate)).toBe(true);
  });

  it('anything else is unreadable: undefined', () => {
    expect(readApology('xem sổ', isDate)).toBeUndefined();
    expect(readApology('20/03', isDate)).toBeUndefined();
  });
});
