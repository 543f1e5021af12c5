/**
 * CI gates (`--max-late-rate`, `--max-masked-late`, `--min-coverage`, `--gate-scope`): which gates are
 * checked, on what, whether they pass and by how much they fail. Unit reports are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { emptyFindingCounts, type FindingKind } from '../../src/findings/kinds.js';
import { checkGates, coverageOf, type GateLimits } from '../../src/core/gates.js';
import type { Stats, UnitReport } from '../../src/core/summarise.js';

function stats(received: number, late: number | null): Stats {
  return {
    received,
    resolved: received,
    beforeDeadline: received,
    onTime: 0,
    late: 0,
    pendingNotDue: 0,
    pendingOverdue: 0,
    withdrawn: 0,
    multipleSupplements: 0,
    rates: { beforeDeadline: null, onTime: null, late },
  };
}

function unit(
  name: string,
  e: Stats | null,
  p: Stats | null,
  counts: Partial<Record<FindingKind, number>> = {},
): UnitReport {
  return { unit: name, electronic: e, paper: p, findingCounts: { ...emptyFindingCounts(), ...counts } };
}

const limits = (over: Partial<GateLimits>): GateLimits => ({
  maxLateRate: null,
  maxMaskedLate: null,
  minCoverage: null,
  scope: 'total',
  failOn: [],
  allowEmpty: true,
  ...over,
});
const BOTH = ['electronic', 'paper'] as const;

// Tư pháp: paper 448, 5 of them missing in the electronic system → 443/448 = 98.883… → 98.88 %.
const TU_PHAP = unit('Phòng Tư pháp', stats(451, 2.59), stats(448, 3.05), {
  'masked-late': 5,
  'missing-in-electronic': 5,
});
// Đức Mạnh: paper 40, none missing → 100 %; nothing resolved on paper yet → late rate null.
const DUC_MANH = unit('UBND xã Đức Mạnh', stats(41, 1.82), stats(40, null), { 'masked-late': 0 });
// Total: paper 488, 5 missing → 483/488 = 98.975… → 98.98 %; 5 masked.
const TOTAL = unit('', stats(492, 2.4), stats(488, 2.8), { 'masked-late': 5, 'missing-in-electronic': 5 });

describe('coverageOf', () => {
  it('is the share of paper dossiers found in the electronic system, 2 decimals half-up', () => {
    expect(coverageOf(TU_PHAP)).toBe(98.88);
    expect(coverageOf(DUC_MANH)).toBe(100);
    expect(coverageOf(TOTAL)).toBe(98.98);
    // 2 of 3 found: 66.666… → 66.67
    expect(coverageOf(unit('x', null, stats(3, null), { 'missing-in-electronic': 1 }))).toBe(66.67);
  });

  it('is null when the unit has no paper dossier (nothing to cover)', () => {
    expect(coverageOf(unit('x', stats(5, 0), null, { 'missing-in-paper': 5 }))).toBeNull();
    expect(coverageOf(unit('x', stats(5, 0), stats(0, null)))).toBeNull();
  });
});

describe('checkGates', () => {
  it('no limit set: nothing checked', () => {
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({}), BOTH)).toEqual([]);
  });

  it('max-late-rate on the total checks both sources; passing at exactly the limit', () => {
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({ maxLateRate: 2.8 }), BOTH)).toEqual([
      { gate: 'max-late-rate', unit: null, source: 'electronic', limit: 2.8, actual: 2.4, passed: true, by: 0 },
      { gate: 'max-late-rate', unit: null, source: 'paper', limit: 2.8, actual: 2.8, passed: true, by: 0 },
    ]);
  });

  it('max-late-rate per unit: fails with the distance in percentage points; a null rate is not checked', () => {
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({ maxLateRate: 2.5, scope: 'unit' }), BOTH)).toEqual([
      {
        gate: 'max-late-rate',
        unit: 'Phòng Tư pháp',
        source: 'electronic',
        limit: 2.5,
        actual: 2.59,
        passed: false,
        by: 0.09,
      },
      {
        gate: 'max-late-rate',
        unit: 'Phòng Tư pháp',
        source: 'paper',
        limit: 2.5,
        actual: 3.05,
        passed: false,
        by: 0.55,
      },
      {
        gate: 'max-late-rate',
        unit: 'UBND xã Đức Mạnh',
        source: 'electronic',
        limit: 2.5,
        actual: 1.82,
        passed: true,
        by: 0,
      },
    ]);
  });

  it('max-masked-late counts masked-late findings: n ≤ limit passes', () => {
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({ maxMaskedLate: 5 }), BOTH)).toEqual([
      {
        gate: 'max-masked-late',
        unit: null,
        source: null,
        kind: 'masked-late',
        limit: 5,
        actual: 5,
        passed: true,
        by: 0,
      },
    ]);
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({ maxMaskedLate: 0, scope: 'unit' }), BOTH)).toEqual([
      {
        gate: 'max-masked-late',
        unit: 'Phòng Tư pháp',
        source: null,
        kind: 'masked-late',
        limit: 0,
        actual: 5,
        passed: false,
        by: 5,
      },
      {
        gate: 'max-masked-late',
        unit: 'UBND xã Đức Mạnh',
        source: null,
        kind: 'masked-late',
        limit: 0,
        actual: 0,
        passed: true,
        by: 0,
      },
    ]);
  });

  it('min-coverage: coverage ≥ limit passes; below fails by the shortfall', () => {
    expect(checkGates([TU_PHAP, DUC_MANH], TOTAL, limits({ minCoverage: 99, scope: 'unit' }), BOTH)).toEqual([
      { gate: 'min-coverage', unit: 'Phòng Tư pháp', source: null, limit: 99, actual: 98.88, passed: false, by: 0.12 },
      { gate: 'min-coverage', unit: 'UBND xã Đức Mạnh', source: null, limit: 99, actual: 100, passed: true, by: 0 },
    ]);
    expect(checkGates([TU_PHAP], TOTAL, limits({ minCoverage: 98.98 }), BOTH)).toEqual([
      { gate: 'min-coverage', unit: null, source: null, limit: 98.98, actual: 98.98, passed: true, by: 0 },
    ]);
  });

  it('several gates at once, per unit, in the order rate → masked → coverage for each unit', () => {
    const r = checkGates(
      [TU_PHAP, DUC_MANH],
      TOTAL,
      limits({ maxLateRate: 3, maxMaskedLate: 4, minCoverage: 99, scope: 'unit' }),
      BOTH,
    );
    expect(r.map((g) => [g.unit, g.gate, g.source, g.passed])).toEqual([
      ['Phòng Tư pháp', 'max-late-rate', 'electronic', true],
      ['Phòng Tư pháp', 'max-late-rate', 'paper', false],
      ['Phòng Tư pháp', 'max-masked-late', null, false],
      ['Phòng Tư pháp', 'min-coverage', null, false],
      ['UBND xã Đức Mạnh', 'max-late-rate', 'electronic', true],
      ['UBND xã Đức Mạnh', 'max-masked-late', null, true],
      ['UBND xã Đức Mạnh', 'min-coverage', null, true],
    ]);
  });

  it('a unit without a paper source is not checked for coverage', () => {
    const eOnly = unit('Xã chỉ có điện tử', stats(10, 0), null);
    expect(checkGates([eOnly], eOnly, limits({ minCoverage: 100, scope: 'unit' }), BOTH)).toEqual([]);
  });

  it('--fail-on: one gate per kind on the total, limit 0; the count is the figure', () => {
    // TOTAL: 5 masked-late, 5 missing-in-electronic, 0 duplicate-code.
    expect(checkGates([TU_PHAP], TOTAL, limits({ failOn: ['masked-late', 'duplicate-code'] }), BOTH)).toEqual([
      { gate: 'fail-on', unit: null, source: null, kind: 'masked-late', limit: 0, actual: 5, passed: false, by: 5 },
      { gate: 'fail-on', unit: null, source: null, kind: 'duplicate-code', limit: 0, actual: 0, passed: true, by: 0 },
    ]);
  });

  it('not-empty: with any gate set, each side read must have a dossier (unless allowEmpty)', () => {
    const empty = unit('', stats(0, null), stats(3, 0));
    const set = limits({ failOn: ['masked-late'], allowEmpty: false });
    expect(checkGates([], empty, set, BOTH).filter((g) => g.gate === 'not-empty')).toEqual([
      { gate: 'not-empty', unit: null, source: 'electronic', limit: 1, actual: 0, passed: false, by: 1 },
      { gate: 'not-empty', unit: null, source: 'paper', limit: 1, actual: 3, passed: true, by: 0 },
    ]);
    // stats reads one source: only that side is checked.
    expect(checkGates([], empty, set, ['paper']).filter((g) => g.gate === 'not-empty')).toHaveLength(1);
    expect(checkGates([], empty, { ...set, allowEmpty: true }, BOTH).some((g) => g.gate === 'not-empty')).toBe(false);
    // No gate set at all: nothing is checked, an empty side neither.
    expect(checkGates([], empty, limits({ allowEmpty: false }), BOTH)).toEqual([]);
  });
});
