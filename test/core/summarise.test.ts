/**
 * Per-unit and total figures with the default denominator (`resolved`): rates are shares of resolved
 * dossiers, rounded half-up to 2 decimals. The published figures of DOMAIN.md are the reference.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeFinding, type Finding } from '../../src/findings/finding.js';
import { emptyFindingCounts, type FindingKind } from '../../src/findings/kinds.js';
import { SAMPLE_ARGS } from '../findings/sample-args.js';
import type { Dossier, Side } from '../../src/core/reconcile.js';
import { chooseUnitNames, percent, summariseByUnit } from '../../src/core/summarise.js';
import { DOSSIER_CLASSES, type DossierClass, type Source } from '../../src/core/types.js';
import { makeRecord } from './make-record.js';

describe('percent with other decimals (--decimals)', () => {
  it('rounds half up to 0–4 decimals, exactly', () => {
    // 509/526 = 96.76806…%, 16/526 = 3.0418…%, 1/526 = 0.1901…%
    expect([0, 1, 2, 3, 4].map((d) => percent(509, 526, d))).toEqual([97, 96.8, 96.77, 96.768, 96.7681]);
    expect([percent(16, 526, 1), percent(1, 526, 1)]).toEqual([3, 0.2]);
    // 1/8 = 12.5% exactly: half up at 0 decimals → 13; 1/16 = 6.25% → 6.3 at 1 decimal
    expect(percent(1, 8, 0)).toBe(13);
    expect(percent(1, 16, 1)).toBe(6.3);
    expect(percent(1, 0, 3)).toBeNull();
  });
});

describe('percent', () => {
  it.each([
    [509, 526, 96.77], // Dak Lak 2023: 96.7680… → 96.77
    [16, 526, 3.04], // 3.0418…
    [1, 526, 0.19], // 0.1901…
    [366, 391, 93.61], // Dak Lak 2024: 93.6061…
    [25, 391, 6.39], // 6.3938…
    [1, 8, 12.5], // exact
    [1, 16, 6.25], // exact
    [1, 32, 3.13], // 3.125: half rounds up
    [3, 32, 9.38], // 9.375
    [5, 32, 15.63], // 15.625
    [7, 32, 21.88], // 21.875
    [1, 64, 1.56], // 1.5625
    [1, 800, 0.13], // 0.125
    [1, 1600, 0.06], // 0.0625
    [2, 3, 66.67], // 66.666…
    [1, 3, 33.33], // 33.333…
    [12, 180, 6.67], // Lak 2023, online: 6.666…
    [21995, 21995, 100],
    [0, 7, 0],
  ])('%i / %i → %s', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });

  it('is null when nothing is in the denominator', () => {
    expect(percent(0, 0)).toBeNull();
  });

  it('is the nearest hundredth, halves rounded up (checked in integers)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        ([part, whole]) => {
          const p = percent(part, whole)!;
          const hundredths = Math.round(p * 100);
          expect(hundredths / 100).toBe(p); // exactly two decimals
          // |hundredths/10000 − part/whole| ≤ 1/20000, i.e. |2·(hundredths·whole − 10000·part)| ≤ whole …
          const diff = 2 * (hundredths * whole - 10000 * part);
          expect(Math.abs(diff)).toBeLessThanOrEqual(whole);
          // … and an exact half rounds up, never down.
          expect(diff).not.toBe(-whole);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------------

function side(source: Source, cls: DossierClass, unit = 'UBND xã An Bình'): Side {
  const record = makeRecord({ source, unit });
  return { record, class: cls, result: null, due: record.due, calendarDaysLate: 0, workingDaysLate: 0 } as Side;
}

function dossier(unitKey: string, e: DossierClass | null, p: DossierClass | null): Dossier {
  return { unitKey, electronic: e && side('electronic', e), paper: p && side('paper', p) };
}

/** `n` dossiers of one unit with only an electronic side of class `cls`. */
const many = (n: number, unitKey: string, cls: DossierClass): Dossier[] =>
  Array.from({ length: n }, () => dossier(unitKey, cls, null));

function finding(kind: FindingKind, unit: string): Finding {
  return makeFinding(kind, { code: 'X', unit, electronic: null, paper: null }, SAMPLE_ARGS[kind]);
}

const NAMES = new Map([
  ['ubnd xa an binh', 'UBND xã An Bình'],
  ['ubnd xa binh minh', 'UBND xã Bình Minh'],
]);

describe('summariseByUnit: the published figures', () => {
  it('Dak Lak Department of Home Affairs 2023: 538 received, 526 resolved, 96.77 / 3.04 / 0.19', () => {
    const dossiers = [
      ...many(509, 'ubnd xa an binh', 'before-deadline'),
      ...many(16, 'ubnd xa an binh', 'on-time'),
      ...many(1, 'ubnd xa an binh', 'late'),
      ...many(12, 'ubnd xa an binh', 'pending-not-due'),
    ];
    const { units, total } = summariseByUnit(dossiers, [], NAMES, ['electronic']);
    expect(total.electronic).toMatchObject({
      received: 538,
      resolved: 526,
      beforeDeadline: 509,
      onTime: 16,
      late: 1,
      pendingNotDue: 12,
      pendingOverdue: 0,
      withdrawn: 0,
      rates: { beforeDeadline: 96.77, onTime: 3.04, late: 0.19 },
    });
    expect(total.paper).toBeNull();
    expect(units).toHaveLength(1);
    expect(units[0]!.unit).toBe('UBND xã An Bình');
    expect(units[0]!.electronic).toEqual(total.electronic);
  });

  it('Dak Lak, first 7 months of 2024: 399 received, 391 resolved, 0 late', () => {
    const dossiers = [
      ...many(366, 'ubnd xa an binh', 'before-deadline'),
      ...many(25, 'ubnd xa an binh', 'on-time'),
      ...many(8, 'ubnd xa an binh', 'pending-not-due'),
    ];
    const { total } = summariseByUnit(dossiers, [], NAMES, ['electronic']);
    expect(total.electronic).toMatchObject({
      received: 399,
      resolved: 391,
      rates: { beforeDeadline: 93.61, onTime: 6.39, late: 0 },
    });
  });
});

describe('summariseByUnit: what counts where', () => {
  it('pending and withdrawn dossiers are received but outside the rates', () => {
    const dossiers = [
      ...many(1, 'ubnd xa an binh', 'before-deadline'),
      ...many(1, 'ubnd xa an binh', 'late'),
      ...many(2, 'ubnd xa an binh', 'pending-overdue'),
      ...many(4, 'ubnd xa an binh', 'pending-not-due'),
      ...many(3, 'ubnd xa an binh', 'withdrawn'),
    ];
    const { total } = summariseByUnit(dossiers, [], NAMES, ['electronic']);
    expect(total.electronic).toMatchObject({
      received: 11,
      resolved: 2,
      pendingOverdue: 2,
      pendingNotDue: 4,
      withdrawn: 3,
      rates: { beforeDeadline: 50, onTime: 0, late: 50 },
    });
  });

  it('rates are null when nothing is resolved', () => {
    const { total } = summariseByUnit(many(3, 'ubnd xa an binh', 'pending-overdue'), [], NAMES, ['electronic']);
    expect(total.electronic).toMatchObject({
      received: 3,
      resolved: 0,
      rates: { beforeDeadline: null, onTime: null, late: null },
    });
  });

  it('counts both sides of a dossier under its unit, each in its own class', () => {
    const { units } = summariseByUnit(
      [dossier('ubnd xa an binh', 'before-deadline', 'late'), dossier('ubnd xa an binh', null, 'on-time')],
      [],
      NAMES,
      ['electronic', 'paper'],
    );
    expect(units).toHaveLength(1);
    expect(units[0]!.electronic).toMatchObject({ received: 1, beforeDeadline: 1, late: 0 });
    expect(units[0]!.paper).toMatchObject({
      received: 2,
      late: 1,
      onTime: 1,
      rates: { beforeDeadline: 0, onTime: 50, late: 50 },
    });
  });

  it('reports only the requested sources', () => {
    const { total } = summariseByUnit([dossier('ubnd xa an binh', 'late', 'late')], [], NAMES, ['paper']);
    expect(total.electronic).toBeNull();
    expect(total.paper).toMatchObject({ received: 1, late: 1 });
  });

  it('counts findings per unit key and in total', () => {
    const dossiers = [dossier('ubnd xa an binh', 'late', 'late'), dossier('ubnd xa binh minh', 'late', null)];
    const findings = [
      finding('masked-late', 'ubnd xa an binh'),
      finding('masked-late', 'ubnd xa binh minh'),
      finding('duplicate-code', 'ubnd xa binh minh'),
    ];
    const { units, total } = summariseByUnit(dossiers, findings, NAMES, ['electronic', 'paper']);
    const byName = Object.fromEntries(units.map((u) => [u.unit, u.findingCounts]));
    expect(byName['UBND xã An Bình']).toEqual({ ...emptyFindingCounts(), 'masked-late': 1 });
    expect(byName['UBND xã Bình Minh']).toEqual({ ...emptyFindingCounts(), 'masked-late': 1, 'duplicate-code': 1 });
    expect(total.findingCounts).toEqual({ ...emptyFindingCounts(), 'masked-late': 2, 'duplicate-code': 1 });
    expect(total.unit).toBe('');
  });

  it('sorts units by Vietnamese collation of their display names; a key with no name is shown as is', () => {
    const names = new Map([
      ['xa dong hoa', 'Xã Đông Hòa'],
      ['xa duong hoa', 'Xã Dương Hòa'],
      ['xa binh an', 'Xã Bình An'],
      ['xa an thi', 'Xã Ân Thi'],
      ['xa an khanh', 'Xã An Khánh'],
    ]);
    const dossiers = [...names.keys(), 'zz khac'].map((k) => dossier(k, 'on-time', null));
    const { units } = summariseByUnit(dossiers, [], names, ['electronic']);
    // Vietnamese alphabet: a < â < b < d < đ.
    expect(units.map((u) => u.unit)).toEqual([
      'Xã An Khánh',
      'Xã Ân Thi',
      'Xã Bình An',
      'Xã Dương Hòa',
      'Xã Đông Hòa',
      'zz khac',
    ]);
  });

  it('an empty input gives no units and zero totals', () => {
    const { units, total } = summariseByUnit([], [], NAMES, ['electronic', 'paper']);
    expect(units).toEqual([]);
    expect(total.electronic).toMatchObject({
      received: 0,
      resolved: 0,
      rates: { beforeDeadline: null, onTime: null, late: null },
    });
  });

  it('per-unit figures add up to the totals', () => {
    const arbDossier = fc.record({
      unit: fc.constantFrom('ubnd xa an binh', 'ubnd xa binh minh', 'phuong dong hoa', ''),
      e: fc.option(fc.constantFrom(...DOSSIER_CLASSES), { nil: null }),
      p: fc.option(fc.constantFrom(...DOSSIER_CLASSES), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 60 }), (specs) => {
        const dossiers = specs.filter((s) => s.e !== null || s.p !== null).map((s) => dossier(s.unit, s.e, s.p));
        const { units, total } = summariseByUnit(dossiers, [], NAMES, ['electronic', 'paper']);
        expect(new Set(units.map((u) => u.unit)).size).toBe(units.length);
        for (const source of ['electronic', 'paper'] as const) {
          expect(total[source]!.received).toBe(dossiers.filter((d) => d[source] !== null).length);
          for (const key of [
            'received',
            'resolved',
            'beforeDeadline',
            'onTime',
            'late',
            'pendingNotDue',
            'pendingOverdue',
            'withdrawn',
          ] as const) {
            expect(units.reduce((n, u) => n + u[source]![key], 0)).toBe(total[source]![key]);
          }
        }
      }),
    );
  });
});

describe('chooseUnitNames', () => {
  const rec = (unit: string) => makeRecord({ unit });

  it('names each folded key by its most frequent spelling', () => {
    const names = chooseUnitNames([
      rec('UBND XÃ AN BÌNH'),
      rec('UBND xã An Bình'),
      rec('UBND xã An Bình'),
      rec('Ubnd xa An Binh'),
      rec('UBND xã Bình Minh'),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'ubnd xa an binh': 'UBND xã An Bình',
      'ubnd xa binh minh': 'UBND xã Bình Minh',
    });
  });

  it('breaks a tie by code-point order, whatever the row order', () => {
    const spellings = ['Ubnd xa An Binh', 'UBND xã An Bình', 'UBND XÃ AN BÌNH'];
    // Code-point order: "UBND XÃ…" < "UBND xã…" < "Ubnd…" ('B' < 'b', 'X' < 'x').
    expect(chooseUnitNames(spellings.map(rec)).get('ubnd xa an binh')).toBe('UBND XÃ AN BÌNH');
    expect(chooseUnitNames([...spellings].reverse().map(rec)).get('ubnd xa an binh')).toBe('UBND XÃ AN BÌNH');
  });
});
