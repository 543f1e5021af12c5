/**
 * One row → one record, or the reason it cannot be used and the 1-based column at fault.
 */
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/core/columns.js';
import { textCells } from '../../src/core/cells.js';
import { makeRowContext, normaliseRow, type RowContextOptions } from '../../src/core/normalise.js';
import type { StatusMeaning } from '../../src/core/status.js';
import { day } from './make-record.js';

/** `normaliseRow` on cells given as strings, with a context made from `o`. */
const normalise = (cells: readonly string[], line: number, o: RowContextOptions) =>
  normaliseRow(textCells(cells), line, makeRowContext(o));

const HEADERS = [
  'STT', // 0
  'Mã hồ sơ', // 1
  'Chủ hồ sơ', // 2 (never read)
  'Đơn vị', // 3
  'Tên thủ tục', // 4
  'Ngày tiếp nhận', // 5
  'Ngày hẹn trả', // 6
  'Ngày có kết quả', // 7
  'Ngày trả kết quả', // 8
  'Trạng thái', // 9
  'Xin lỗi', // 10
  'Ngày hẹn lại', // 11
  'Lý do', // 12
];

const FULL: RowContextOptions = { source: 'paper', file: 'so-theo-doi.csv', columns: mapColumns(HEADERS) };
/** Only the required columns plus status: no unit, apology or reason column. */
const MINIMAL: RowContextOptions = {
  source: 'electronic',
  file: 'igate.csv',
  columns: mapColumns(['MaHoSo', 'NgayTiepNhan', 'NgayHenTra', 'TrangThaiHoSo']),
};

/** A full register row; `over` replaces cells by index. */
function row(over: Record<number, string> = {}): string[] {
  const cells = [
    '1',
    ' h56 - 240301 - 0001 ',
    'Nguyễn Văn Bí Mật',
    '  UBND   xã An Bình ',
    'Chứng thực bản sao',
    '01/03/2024',
    '15/03/2024 17:00',
    '14/03/2024',
    '2024-03-18',
    'Đã trả kết quả',
    'Không',
    '',
    '',
  ];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
  return cells;
}

function ok(cells: readonly string[], line: number, ctx: RowContextOptions) {
  const out = normalise(cells, line, ctx);
  if (!out.ok) throw new Error(`expected a record, got rejection: ${out.reason}`);
  return out;
}

describe('normaliseRow: a usable row', () => {
  it('fills every field from its column', () => {
    const out = ok(row(), 7, FULL);
    expect(out.record).toMatchObject({
      source: 'paper',
      code: 'H56-240301-0001',
      rawCode: 'h56 - 240301 - 0001',
      unit: 'UBND xã An Bình',
      procedure: 'Chứng thực bản sao',
      received: day('2024-03-01'),
      due: day('2024-03-15'),
      completed: day('2024-03-14'),
      returned: day('2024-03-18'),
      statusKind: 'returned',
      labelClass: null,
      statusLabel: 'Đã trả kết quả',
      apology: false,
      newDate: null,
      reason: '',
      badDates: {},
      file: 'so-theo-doi.csv',
      line: 7,
    });
    expect(out.unknownStatus).toBeNull();
  });

  it('two spellings of one code get one matching key', () => {
    const a = ok(row({ 1: '000.17.22.h56-210531-0001' }), 2, FULL).record;
    const b = ok(row({ 1: ' 000.17.22.H56 - 210531 -\u00a00001' }), 3, FULL).record;
    expect(a.code).toBe('000.17.22.H56-210531-0001');
    expect(b.code).toBe(a.code);
    expect(b.rawCode).toBe('000.17.22.H56 - 210531 -\u00a00001');
  });

  it('never copies a cell of an unmapped column (applicant names stay out)', () => {
    const out = ok(row(), 2, FULL);
    expect(JSON.stringify(out)).not.toContain('Bí Mật');
  });

  it('reads a short row as empty trailing cells', () => {
    const out = ok(['1', 'H56-1', '', '', '', '01/03/2024', '15/03/2024'], 2, FULL);
    expect(out.record).toMatchObject({
      completed: null,
      returned: null,
      statusLabel: '',
      statusKind: null,
      apology: false,
      reason: '',
    });
  });

  it('reads a stored class label as labelClass', () => {
    const out = ok(row({ 9: 'Trễ hạn' }), 2, FULL);
    expect(out.record.statusKind).toBeNull();
    expect(out.record.labelClass).toBe('late');
  });

  it('reports an unknown status label and keeps the row', () => {
    const out = ok(row({ 9: 'Đang chờ ký số' }), 2, FULL);
    expect(out.unknownStatus).toBe('Đang chờ ký số');
    expect(out.record.statusKind).toBeNull();
    expect(out.record.labelClass).toBeNull();
    expect(out.record.statusLabel).toBe('Đang chờ ký số');
  });

  it('uses a custom status table', () => {
    const customStatus = new Map<string, StatusMeaning>([['dang cho ky so', { kind: 'processing', labelClass: null }]]);
    const out = ok(row({ 9: 'Đang chờ ký số' }), 2, { ...FULL, customStatus });
    expect(out.record.statusKind).toBe('processing');
    expect(out.unknownStatus).toBeNull();
  });
});

describe('normaliseRow: the time of receipt', () => {
  it('is read only when asked for (a receipt cut-off): otherwise null, whatever the cell says', () => {
    const cells = row({ 5: '01/03/2024 16:20' });
    expect(ok(cells, 2, FULL).record.receivedMinute).toBeNull();
    expect(ok(cells, 2, { ...FULL, receiptTime: true }).record.receivedMinute).toBe(16 * 60 + 20);
  });

  it('is null for a receipt written without a time; the day is read as ever', () => {
    const out = ok(row({ 5: '01/03/2024' }), 2, { ...FULL, receiptTime: true });
    expect(out.record.receivedMinute).toBeNull();
    expect(out.record.received).toBe(day('2024-03-01'));
  });

  it('reads the 12-hour form of Vietnamese Windows (CH = afternoon)', () => {
    const out = ok(row({ 5: '01/03/2024 4:05:00 CH' }), 2, { ...FULL, receiptTime: true });
    expect(out.record.receivedMinute).toBe(16 * 60 + 5);
  });
});

describe('normaliseRow: optional dates', () => {
  it('keeps the row and records an unreadable optional date by field', () => {
    const out = ok(row({ 7: 'hôm qua', 8: '31/02/2024', 11: 'sau Tết' }), 2, FULL);
    expect(out.record.completed).toBeNull();
    expect(out.record.returned).toBeNull();
    expect(out.record.newDate).toBeNull();
    expect(out.record.badDates).toEqual({ completed: 'hôm qua', returned: '31/02/2024', newDate: 'sau Tết' });
  });

  it('an empty optional date is simply absent', () => {
    const out = ok(row({ 7: '', 8: '   ' }), 2, FULL);
    expect(out.record.completed).toBeNull();
    expect(out.record.returned).toBeNull();
    expect(out.record.badDates).toEqual({});
  });

  it('reads the new return date of an apology', () => {
    const out = ok(row({ 10: 'Có', 11: '22/03/2024' }), 2, FULL);
    expect(out.record.apology).toBe(true);
    expect(out.record.newDate).toBe(day('2024-03-22'));
  });
});

describe('normaliseRow: apology and reason columns', () => {
  it('apology and reason are null when the file has no such column', () => {
    const out = ok(['H56-1', '01/03/2024', '15/03/2024', 'Từ chối'], 2, MINIMAL);
    expect(out.record.apology).toBeNull();
    expect(out.record.reason).toBeNull();
    expect(out.record.statusKind).toBe('rejected');
  });

  it.each([
    ['', false],
    ['Không', false],
    ['Có', true],
    ['x', true],
    ['18/03/2024', true],
  ])('apology cell %j → %s', (cell, expected) => {
    const out = ok(row({ 10: cell }), 2, FULL);
    expect(out.record.apology).toBe(expected);
  });

  it('an unreadable apology cell counts as recorded', () => {
    const out = ok(row({ 10: 'xem hồ sơ' }), 2, FULL);
    expect(out.record.apology).toBe(true);
  });

  it('the reason is the trimmed cell', () => {
    expect(ok(row({ 9: 'Từ chối', 12: '  Thiếu giấy tờ ' }), 2, FULL).record.reason).toBe('Thiếu giấy tờ');
    expect(ok(row({ 9: 'Từ chối', 12: '   ' }), 2, FULL).record.reason).toBe('');
  });
});

describe('normaliseRow: unit', () => {
  it('takes --unit when the file has no unit column', () => {
    const out = ok(['H56-1', '01/03/2024', '15/03/2024', ''], 2, { ...MINIMAL, unitOverride: ' UBND  xã Đắk Sắk ' });
    expect(out.record.unit).toBe('UBND xã Đắk Sắk');
  });

  it('the unit column wins over --unit', () => {
    const out = ok(row(), 2, { ...FULL, unitOverride: 'Khác' });
    expect(out.record.unit).toBe('UBND xã An Bình');
  });

  it('is empty with neither', () => {
    expect(ok(['H56-1', '01/03/2024', '15/03/2024', ''], 2, MINIMAL).record.unit).toBe('');
  });
});

describe('normaliseRow: rejected rows', () => {
  it.each([
    ['an empty code', { 1: '  ' }, 2],
    ['an empty received date', { 5: '' }, 6],
    ['an unreadable received date', { 5: '2024/13/01' }, 6],
    ['an empty due date', { 6: '' }, 7],
    ['an impossible due date', { 6: '30/02/2024' }, 7],
    ['a month-first due date', { 6: '03/15/2024' }, 7],
  ] as const)('rejects %s, naming the column', (_what, over, column) => {
    const out = normalise(row(over), 2, FULL);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.column).toBe(column);
    expect(out.reason).not.toBe('');
  });

  it('checks the code before the dates', () => {
    const out = normalise(row({ 1: '', 5: '', 6: '' }), 2, FULL);
    expect(out).toMatchObject({ ok: false, column: 2 });
  });

  it('names no column when the file has no code column at all', () => {
    const out = normalise(['01/03/2024', '15/03/2024'], 2, {
      ...MINIMAL,
      columns: mapColumns(['Ngày tiếp nhận', 'Ngày hẹn trả']),
    });
    expect(out).toMatchObject({ ok: false, column: null });
  });
});
