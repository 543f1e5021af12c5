/**
 * The checks of `validate`, on plain data: each problem kind with its place and arguments, grouping by
 * kind in a fixed order with counts and first examples.
 */
import { describe, expect, it } from 'vitest';
import { buildValidationReport, checkInputs, groupProblems, type FileCheck } from '../../src/core/validation.js';
import { rowReason } from '../../src/messages/reasons.js';
import { day, makeRecord } from './make-record.js';

const file = (
  records: ReturnType<typeof makeRecord>[],
  extra: Partial<Extract<FileCheck, { records: unknown }>> = {},
): FileCheck => ({
  file: 'e.csv',
  source: 'electronic',
  rowsRead: records.length,
  encoding: 'utf-8',
  delimiter: ',',
  records,
  rejections: [],
  columns: { code: 0, received: 1, due: 2, completed: 3 },
  header: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
  headerLine: 1,
  duplicateHeaders: [],
  unknownStatus: new Map(),
  ...extra,
});
const none = { from: null, to: null };

describe('checkInputs', () => {
  it('finds nothing in clean records', () => {
    expect(checkInputs([file([makeRecord({ code: 'A', line: 2 }), makeRecord({ code: 'B', line: 3 })])], none)).toEqual(
      [],
    );
  });

  it('a repeated code points at the first occurrence; the same code in the other source is not a repeat', () => {
    const p = checkInputs(
      [
        file([makeRecord({ code: 'A', rawCode: 'a', line: 2 }), makeRecord({ code: 'A', line: 9, file: 'e.csv' })]),
        { ...file([makeRecord({ code: 'A', source: 'paper', line: 4 })]), source: 'paper', file: 'p.csv' },
      ],
      none,
    );
    expect(p).toEqual([
      {
        kind: 'duplicate-code',
        file: 'e.csv',
        line: 9,
        column: null,
        args: { code: 'A', firstFile: 'electronic.csv', firstLine: 2 },
      },
    ]);
  });

  it('receipt dates outside the period, both ends included in the period', () => {
    const recs = ['2024-02-29', '2024-03-01', '2024-03-31', '2024-04-01'].map((r, i) =>
      makeRecord({ code: `C${i}`, received: r, due: '2024-04-15', line: i + 2 }),
    );
    const p = checkInputs([file(recs)], { from: day('2024-03-01'), to: day('2024-03-31') });
    expect(p.map((x) => [x.kind, x.line, x.args.received])).toEqual([
      ['outside-period', 2, '2024-02-29'],
      ['outside-period', 5, '2024-04-01'],
    ]);
  });

  it('dates before the receipt date, and unreadable optional dates', () => {
    const r = makeRecord({
      code: 'A',
      received: '2024-03-10',
      due: '2024-03-09',
      completed: '2024-03-08',
      line: 7,
      badDates: { returned: '31/02/2024' },
    });
    expect(checkInputs([file([r])], none).map((x) => [x.kind, x.args.field])).toEqual([
      ['date-order', 'due'],
      ['date-order', 'completed'],
      ['unreadable-date', 'returned'],
    ]);
  });

  it('columns: no result date column, and a second column for one field', () => {
    const p = checkInputs(
      [
        file([makeRecord()], {
          columns: { code: 0, received: 1, due: 2 },
          header: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'MaHoSo'],
          duplicateHeaders: [['MaHoSo', 'code']],
        }),
      ],
      none,
    );
    expect(p).toEqual([
      { kind: 'no-result-column', file: 'e.csv', line: 1, column: null, args: {} },
      {
        kind: 'duplicate-column',
        file: 'e.csv',
        line: 1,
        column: null,
        args: { header: 'MaHoSo', field: 'code', kept: 'Mã hồ sơ' },
      },
    ]);
  });

  it("rejected rows keep the reader's kind (other → rejected-row) and reason, as data", () => {
    const r1 = rowReason('requiredDateEmpty', { field: 'due' });
    const r2 = rowReason('emptyCode', {});
    const p = checkInputs(
      [
        file([], {
          rejections: [
            { kind: 'bad-due', line: 4, column: 3, reason: r1 },
            { kind: 'other', line: 5, column: 2, reason: r2 },
          ],
        }),
      ],
      none,
    );
    expect(p.map((x) => [x.kind, x.line, x.column, x.args, x.reason])).toEqual([
      ['bad-due', 4, 3, {}, { id: 'requiredDateEmpty', args: { field: 'due' } }],
      ['rejected-row', 5, 2, {}, { id: 'emptyCode', args: {} }],
    ]);
  });

  it('an unreadable file is one problem with its error', () => {
    expect(
      checkInputs(
        [{ file: 'x.csv', source: 'paper', error: { code: 'E_EMPTY', message: 'the file is empty', line: null } }],
        none,
      ),
    ).toEqual([
      {
        kind: 'unreadable-file',
        file: 'x.csv',
        line: null,
        column: null,
        args: { code: 'E_EMPTY', message: 'the file is empty' },
      },
    ]);
  });
});

describe('groupProblems and the report', () => {
  it('groups in the fixed kind order with counts and at most N examples', () => {
    const recs = Array.from({ length: 7 }, (_, i) => makeRecord({ code: 'A', line: i + 2 }));
    const groups = groupProblems(checkInputs([file(recs, { unknownStatus: new Map([['X', 3]]) })], none), 2);
    expect(groups.map((g) => [g.kind, g.count, g.examples.map((e) => e.line)])).toEqual([
      ['duplicate-code', 6, [3, 4]],
      ['unknown-status', 1, [null]],
    ]);
  });

  it('accounts for each input', () => {
    const rep = buildValidationReport(
      [
        file([makeRecord()], {
          rowsRead: 3,
          rejections: [
            { kind: 'missing-code', line: 3, column: 1, reason: rowReason('emptyCode', {}) },
            { kind: 'field-count', line: 4, column: null, reason: rowReason('fieldCount', { fields: 2, expected: 4 }) },
          ],
        }),
      ],
      { from: day('2024-01-01'), to: null },
    );
    expect(rep.inputs).toMatchObject([
      {
        file: 'e.csv',
        source: 'electronic',
        readable: true,
        rowsRead: 3,
        rowsUsed: 1,
        rowsRejected: 2,
        rowsLayout: 0,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
      },
    ]);
    expect(rep.period).toEqual({ from: '2024-01-01', to: null });
    expect(rep.problemCount).toBe(2);
  });

  it("a paper register's layout rows are rejected rows but no problem: counted in rowsLayout only", () => {
    const rejections = [
      { kind: 'layout' as const, line: 2, column: null, reason: rowReason('layoutColumnNumbers', {}) },
      { kind: 'missing-code' as const, line: 4, column: 1, reason: rowReason('emptyCode', {}) },
      { kind: 'layout' as const, line: 5, column: null, reason: rowReason('layoutTotal', { cell: 'Tổng cộng' }) },
    ];
    const rep = buildValidationReport([file([makeRecord()], { rowsRead: 4, rejections })], none);
    expect(rep.inputs[0]).toMatchObject({ rowsRead: 4, rowsUsed: 1, rowsRejected: 3, rowsLayout: 2 });
    expect(rep.problemCount).toBe(1);
    expect(rep.problems.map((g) => [g.kind, g.count, g.examples.map((e) => e.line)])).toEqual([
      ['missing-code', 1, [4]],
    ]);
  });
});
