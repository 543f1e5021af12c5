/**
 * One record per code and source: which duplicate row is kept (by content, never by position) and
 * that every other row is listed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareForKeeping, compareLocation, groupByCode, keptBecause } from '../../src/core/dedupe.js';
import type { DossierRecord } from '../../src/core/types.js';
import { makeRecord, type RecordSpec } from './make-record.js';

const CODE = 'H56-240301-0001';
const rec = (line: number, spec: RecordSpec = {}): DossierRecord => makeRecord({ code: CODE, line, ...spec });

/** The line of the kept row, for each order of the rows. */
function keptLineInEveryOrder(rows: DossierRecord[]): Set<number> {
  const lines = new Set<number>();
  const permute = (rest: DossierRecord[], acc: DossierRecord[]): void => {
    if (rest.length === 0) {
      lines.add(groupByCode(acc).get(CODE)!.kept.line);
      return;
    }
    rest.forEach((r, i) => {
      permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, r]);
    });
  };
  permute(rows, []);
  return lines;
}

describe('groupByCode', () => {
  it('groups by the matching key and keeps single rows with no extras', () => {
    const groups = groupByCode([rec(2), makeRecord({ code: 'H56-240301-0002', line: 3 })]);
    expect([...groups.keys()].sort()).toEqual([CODE, 'H56-240301-0002']);
    expect(groups.get(CODE)!.extras).toEqual([]);
  });

  it('lists every row but the kept one as extras, in file and line order', () => {
    const rows = [rec(9), rec(4, { completed: '2024-03-10' }), rec(7), rec(5)];
    const g = groupByCode(rows).get(CODE)!;
    expect(g.kept.line).toBe(4);
    expect(g.extras.map((r) => r.line)).toEqual([5, 7, 9]);
  });

  it('prefers a row with a result to one without', () => {
    expect(keptLineInEveryOrder([rec(2), rec(3, { returned: '2024-03-20' }), rec(4)])).toEqual(new Set([3]));
  });

  it('then the later result', () => {
    expect(
      keptLineInEveryOrder([
        rec(2, { completed: '2024-03-10' }),
        rec(3, { completed: '2024-03-12' }),
        rec(4, { returned: '2024-03-11' }),
      ]),
    ).toEqual(new Set([3]));
  });

  it('then the earlier receipt', () => {
    expect(
      keptLineInEveryOrder([
        rec(2, { received: '2024-03-04' }),
        rec(3, { received: '2024-03-02' }),
        rec(4, { received: '2024-03-03' }),
      ]),
    ).toEqual(new Set([3]));
  });

  it('then the later due date', () => {
    expect(
      keptLineInEveryOrder([
        rec(2, { due: '2024-03-15' }),
        rec(3, { due: '2024-03-14' }),
        rec(4, { due: '2024-03-20' }),
      ]),
    ).toEqual(new Set([4]));
  });

  it('then by content (not position) when the dates are equal', () => {
    const rows = [
      rec(2, { statusLabel: 'Đang xử lý' }),
      rec(3, { statusLabel: 'Đã trả kết quả' }),
      rec(4, { unit: 'UBND xã Khác' }),
    ];
    const kept = keptLineInEveryOrder(rows);
    expect(kept.size).toBe(1);
  });

  it('only identical rows fall back to file and line, and that is order-independent too', () => {
    const rows = [rec(8, { file: 'b.csv' }), rec(5, { file: 'a.csv' }), rec(3, { file: 'b.csv' })];
    expect(keptLineInEveryOrder(rows)).toEqual(new Set([5]));
  });
});

describe('compareForKeeping', () => {
  it('is a total order: antisymmetric and consistent with sorting', () => {
    const arbRecord = fc.record({
      completed: fc.option(fc.constantFrom('2024-03-10', '2024-03-12'), { nil: null }),
      returned: fc.option(fc.constantFrom('2024-03-11', '2024-03-12'), { nil: null }),
      received: fc.constantFrom('2024-03-01', '2024-03-02'),
      due: fc.constantFrom('2024-03-14', '2024-03-15'),
      statusLabel: fc.constantFrom('', 'Đã trả kết quả', 'Trễ hạn'),
      unit: fc.constantFrom('UBND xã A', 'UBND xã B'),
      file: fc.constantFrom('a.csv', 'b.csv'),
      line: fc.integer({ min: 2, max: 6 }),
    });
    fc.assert(
      fc.property(arbRecord, arbRecord, arbRecord, (a0, b0, c0) => {
        const [a, b, c] = [
          makeRecord({ code: CODE, ...a0 }),
          makeRecord({ code: CODE, ...b0 }),
          makeRecord({ code: CODE, ...c0 }),
        ];
        expect(Math.sign(compareForKeeping(a, b))).toBe(-Math.sign(compareForKeeping(b, a)) || 0);
        if (compareForKeeping(a, b) <= 0 && compareForKeeping(b, c) <= 0)
          expect(compareForKeeping(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('the kept row does not depend on the order of the rows', () => {
    const arbRow = fc.record({
      completed: fc.option(fc.constantFrom('2024-03-10', '2024-03-12'), { nil: null }),
      received: fc.constantFrom('2024-03-01', '2024-03-02'),
      statusLabel: fc.constantFrom('', 'Đã trả kết quả'),
    });
    fc.assert(
      fc.property(
        fc.array(arbRow, { minLength: 1, maxLength: 7 }).chain((specs) => {
          const rows = specs.map((s, i) => rec(i + 2, s));
          return fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
          );
        }),
        ([rows, shuffled]) => {
          const a = groupByCode(rows).get(CODE)!;
          const b = groupByCode(shuffled).get(CODE)!;
          expect(b.kept.line).toBe(a.kept.line);
          expect(b.extras.map((r) => r.line)).toEqual(a.extras.map((r) => r.line));
        },
      ),
    );
  });
});

describe('keptBecause: why the kept row won, the first rule that tells the two apart', () => {
  it.each([
    ['has-result', { completed: '2024-03-10' }, {}],
    ['later-result', { completed: '2024-03-12' }, { completed: '2024-03-10' }],
    ['earlier-receipt', { received: '2024-02-28' }, {}],
    ['later-due', { due: '2024-03-20' }, {}],
    ['other-values', { unit: 'UBND xã A' }, { unit: 'UBND xã B' }],
    ['earlier-line', {}, {}],
  ] as const)('%s', (because, keptSpec, otherSpec) => {
    const kept = rec(9, keptSpec);
    const other = rec(10, otherSpec);
    // The rows given in both orders: the same row is kept, for the same reason.
    for (const rows of [
      [kept, other],
      [other, kept],
    ]) {
      const group = groupByCode(rows).get(CODE)!;
      expect(group.kept).toBe(kept);
      expect(keptBecause(group.kept, group.extras[0]!)).toBe(because);
    }
  });
});

describe('compareLocation', () => {
  it('orders by file, then line', () => {
    expect(compareLocation(rec(9, { file: 'a.csv' }), rec(2, { file: 'b.csv' }))).toBeLessThan(0);
    expect(compareLocation(rec(2), rec(9))).toBeLessThan(0);
    expect(compareLocation(rec(9), rec(2))).toBeGreaterThan(0);
    expect(compareLocation(rec(4), rec(4))).toBe(0);
  });
});
