/**
 * Matching and findings (issue "reconcile"). Each case is one or two records built by hand; the
 * expected finding kinds are worked out from the spec. Unless a case says otherwise: received
 * 2024-03-01 (Friday), due 2024-03-15 (Friday), as of 2024-03-31, result date `auto`.
 *
 * `kindsOf` looks only at the kinds this spec defines, so checks added later (apologies issued late,
 * statutory due dates, …) cannot make these cases fail for reasons they do not test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '../../src/findings/finding.js';
import type { FindingKind } from '../../src/findings/kinds.js';
import { auditDossiers, type AuditOptions, type AuditResult, type Dossier } from '../../src/core/reconcile.js';
import { chooseUnitNames, summariseByUnit } from '../../src/core/summarise.js';
import type { DossierRecord } from '../../src/core/types.js';
import { auditOptions, day, makeRecord, type RecordSpec } from './make-record.js';

/** A dossier's code (its matching key), from whichever side it has. */
const codeOf = (d: Dossier): string => (d.electronic ?? d.paper)!.record.code;

const SPEC_KINDS: readonly FindingKind[] = [
  'missing-in-electronic',
  'missing-in-paper',
  'masked-late',
  'status-mismatch',
  'due-date-mismatch',
  'received-date-mismatch',
  'completed-date-mismatch',
  'unit-mismatch',
  'duplicate-code',
  'late-without-apology',
  'invalid-dates',
  'status-label-mismatch',
  'returned-without-reason',
];

function options(over: Partial<AuditOptions> = {}): AuditOptions {
  return auditOptions(over);
}

const e = (spec: RecordSpec = {}): DossierRecord => makeRecord({ source: 'electronic', ...spec });
const p = (spec: RecordSpec = {}): DossierRecord => makeRecord({ source: 'paper', ...spec });

function audit(electronic: DossierRecord[], paper: DossierRecord[], over: Partial<AuditOptions> = {}): AuditResult {
  return auditDossiers({ electronic, paper }, options(over));
}

/** The spec's finding kinds in a result, sorted. */
function kindsOf(result: AuditResult | Finding[]): string[] {
  const findings = Array.isArray(result) ? result : result.findings;
  return findings
    .map((f) => f.kind)
    .filter((k) => SPEC_KINDS.includes(k))
    .sort();
}

const only = <K extends FindingKind>(result: AuditResult, kind: K): Finding<K>[] =>
  result.findings.filter((f) => f.kind === kind) as Finding<K>[];

describe('matching', () => {
  it('a dossier in both sources with the same dates has no finding', () => {
    const r = audit([e({ completed: '2024-03-14' })], [p({ completed: '2024-03-14' })]);
    expect(r.dossiers).toHaveLength(1);
    expect(r.dossiers[0]!.electronic!.class).toBe('before-deadline');
    expect(r.dossiers[0]!.paper!.class).toBe('before-deadline');
    expect(kindsOf(r)).toEqual([]);
  });

  it('a dossier only on paper is missing in the electronic system, and the reverse', () => {
    const r = audit([e({ code: 'E-ONLY' })], [p({ code: 'P-ONLY' })]);
    expect(r.dossiers).toHaveLength(2);
    expect(kindsOf(r)).toEqual(['missing-in-electronic', 'missing-in-paper']);
    expect(only(r, 'missing-in-electronic')[0]).toMatchObject({ code: 'P-ONLY', electronic: null });
    expect(only(r, 'missing-in-paper')[0]).toMatchObject({ code: 'E-ONLY', paper: null });
  });

  it('codes match on the key, and a finding shows the electronic spelling', () => {
    const r = audit(
      [e({ code: 'H56-240301-0001', rawCode: 'H56-240301-0001', completed: '2024-03-14' })],
      [p({ code: 'H56-240301-0001', rawCode: 'h56 - 240301 - 0001', completed: '2024-03-18' })],
    );
    expect(r.dossiers).toHaveLength(1);
    expect(r.findings.every((f) => f.code === 'H56-240301-0001')).toBe(true);
  });

  it('stats (one source, not matched) reports no missing or mismatch kinds', () => {
    const r = audit([e({ code: 'A', completed: '2024-03-20' }), e({ code: 'B' })], [], { matchSources: false });
    expect(r.dossiers).toHaveLength(2);
    expect(kindsOf(r)).toEqual([]);
  });
});

describe('masked-late and status-mismatch', () => {
  it('paper late while the electronic system shows before the deadline (Dak Mil)', () => {
    const r = audit([e({ completed: '2024-03-14' })], [p({ completed: '2024-03-18' })]);
    expect(kindsOf(r)).toEqual(['completed-date-mismatch', 'masked-late']);
    const f = only(r, 'masked-late')[0]!;
    expect(f.electronic).toMatchObject({ class: 'before-deadline', calendarDaysLate: 0, workingDaysLate: 0 });
    // Due Friday 15/3, returned Monday 18/3: 3 calendar days, 1 working day (Sat, Sun off).
    expect(f.paper).toMatchObject({
      class: 'late',
      due: '2024-03-15',
      completed: '2024-03-18',
      calendarDaysLate: 3,
      workingDaysLate: 1,
    });
    expect(f.unit).toBe('ubnd xa an binh');
  });

  it('paper late, electronic on time with an extended due date', () => {
    const r = audit([e({ due: '2024-03-18', completed: '2024-03-18' })], [p({ completed: '2024-03-18' })]);
    expect(kindsOf(r)).toEqual(['due-date-mismatch', 'masked-late']);
  });

  it('paper pending overdue, electronic pending not yet due', () => {
    const r = audit([e({ due: '2024-04-15' })], [p()]);
    expect(r.dossiers[0]!.paper!.class).toBe('pending-overdue');
    expect(r.dossiers[0]!.electronic!.class).toBe('pending-not-due');
    expect(kindsOf(r)).toEqual(['due-date-mismatch', 'masked-late']);
  });

  it('paper late, electronic still pending and not yet due', () => {
    const r = audit([e({ due: '2024-04-15' })], [p({ completed: '2024-03-18' })]);
    expect(r.dossiers[0]!.electronic!.class).toBe('pending-not-due');
    expect(kindsOf(r)).toEqual(['due-date-mismatch', 'masked-late']);
  });

  it('paper pending overdue, electronic resolved before the deadline', () => {
    const r = audit([e({ completed: '2024-03-10' })], [p()]);
    expect(kindsOf(r)).toEqual(['masked-late']);
  });

  it.each([
    [
      'electronic late, paper before the deadline',
      { completed: '2024-03-18' },
      { completed: '2024-03-14' },
      ['completed-date-mismatch', 'status-mismatch'],
    ],
    ['electronic late, paper pending overdue (both late)', { completed: '2024-03-18' }, {}, ['status-mismatch']],
    ['electronic pending overdue, paper late (both late)', {}, { completed: '2024-03-18' }, ['status-mismatch']],
    [
      'electronic withdrawn, paper late',
      { statusKind: 'withdrawn', statusLabel: 'Rút hồ sơ' },
      { completed: '2024-03-18' },
      ['status-mismatch'],
    ],
    [
      'electronic on time, paper before the deadline',
      { completed: '2024-03-15' },
      { completed: '2024-03-14' },
      ['completed-date-mismatch', 'status-mismatch'],
    ],
    [
      'electronic before the deadline, paper pending not yet due',
      { completed: '2024-03-10' },
      { due: '2024-04-15' },
      ['due-date-mismatch', 'status-mismatch'],
    ],
    [
      'both late on different days',
      { completed: '2024-03-18' },
      { completed: '2024-03-19' },
      ['completed-date-mismatch'],
    ],
  ] as const)('%s', (_what, eSpec, pSpec, kinds) => {
    expect(kindsOf(audit([e(eSpec as RecordSpec)], [p(pSpec as RecordSpec)]))).toEqual(kinds);
  });

  it('a result after the as-of date is unresolved on that side', () => {
    // As of 20/3: electronic resolved 14/3 (before), paper resolved 22/3 (after the as-of date: pending overdue).
    const r = audit([e({ completed: '2024-03-14' })], [p({ completed: '2024-03-22' })], { asOf: day('2024-03-20') });
    expect(r.dossiers[0]!.paper!.class).toBe('pending-overdue');
    expect(kindsOf(r)).toContain('masked-late');
  });
});

describe('date mismatches', () => {
  it('received-date-mismatch', () => {
    expect(kindsOf(audit([e()], [p({ received: '2024-03-02' })]))).toEqual(['received-date-mismatch']);
  });

  it('due-date-mismatch', () => {
    expect(kindsOf(audit([e({ due: '2024-03-20' })], [p({ due: '2024-03-22' })]))).toEqual(['due-date-mismatch']);
  });

  it('completed-date-mismatch compares the result days of the chosen mode', () => {
    // auto: electronic's result is its return date 10/3 (no completion date); paper's is 12/3.
    expect(kindsOf(audit([e({ returned: '2024-03-10' })], [p({ completed: '2024-03-12' })]))).toEqual([
      'completed-date-mismatch',
    ]);
    // same result day written in different columns: no mismatch.
    expect(kindsOf(audit([e({ returned: '2024-03-10' })], [p({ completed: '2024-03-10' })]))).toEqual([]);
    // returned mode: returns 18/3 on both, completions differ but are not the result.
    expect(
      kindsOf(
        audit(
          [e({ completed: '2024-03-10', returned: '2024-03-18' })],
          [p({ completed: '2024-03-12', returned: '2024-03-18' })],
          { resultDate: 'returned' },
        ),
      ),
    ).toEqual([]);
  });

  it('no completed-date-mismatch when only one side has a result', () => {
    const r = audit([e({ completed: '2024-03-10' })], [p()], { asOf: day('2024-03-12') });
    expect(kindsOf(r)).toEqual(['status-mismatch']);
  });
});

describe('unit-mismatch', () => {
  it('compares folded unit names', () => {
    expect(kindsOf(audit([e({ unit: 'UBND xã An Bình' })], [p({ unit: 'UBND XA AN BINH' })]))).toEqual([]);
    expect(kindsOf(audit([e({ unit: 'UBND xã An Bình' })], [p({ unit: 'UBND xã Bình Minh' })]))).toEqual([
      'unit-mismatch',
    ]);
  });

  it('an empty unit on either side is not a mismatch', () => {
    expect(kindsOf(audit([e({ unit: 'UBND xã An Bình' })], [p({ unit: '' })]))).toEqual([]);
    expect(kindsOf(audit([e({ unit: '' })], [p({ unit: 'UBND xã An Bình' })]))).toEqual([]);
  });
});

describe('the unit a dossier is counted under', () => {
  it("is the electronic record's unit when there is one, for both sides and all findings", () => {
    const r = audit(
      [e({ unit: 'UBND xã An Bình', completed: '2024-03-14' })],
      [p({ unit: 'UBND xã Bình Minh', completed: '2024-03-18' })],
    );
    expect(r.dossiers[0]!.unitKey).toBe('ubnd xa an binh');
    expect(new Set(r.findings.map((f) => f.unit))).toEqual(new Set(['ubnd xa an binh']));
  });

  it("is the paper record's unit for a dossier only on paper", () => {
    const r = audit([], [p({ unit: 'UBND xã Bình Minh' })]);
    expect(r.dossiers[0]!.unitKey).toBe('ubnd xa binh minh');
    expect(only(r, 'missing-in-electronic')[0]!.unit).toBe('ubnd xa binh minh');
  });
});

describe('duplicate-code', () => {
  it('one finding per extra row within a source; the kept row is chosen by content', () => {
    const r = audit(
      [e({ line: 2 }), e({ line: 3, completed: '2024-03-14' }), e({ line: 4 })],
      [p({ line: 5, completed: '2024-03-14' })],
    );
    expect(r.dossiers).toHaveLength(1);
    expect(r.dossiers[0]!.electronic!.record.line).toBe(3);
    expect(kindsOf(r)).toEqual(['duplicate-code', 'duplicate-code']);
    const dups = only(r, 'duplicate-code');
    expect(dups.map((f) => f.electronic!.line).sort()).toEqual([2, 4]);
    for (const f of dups) {
      expect(f.paper).toBeNull();
      expect(f.args).toMatchObject({
        source: 'electronic',
        keptFile: 'electronic.csv',
        keptLine: 3,
        keptBecause: 'has-result',
      });
    }
  });

  it('counts extras in each source and across files of one source', () => {
    const r = audit(
      [e({ file: 'igate-1.csv', line: 2 }), e({ file: 'igate-2.csv', line: 2 })],
      [p({ line: 2 }), p({ line: 3 }), p({ line: 4 })],
    );
    expect(kindsOf(r)).toEqual(['duplicate-code', 'duplicate-code', 'duplicate-code']);
    expect(only(r, 'duplicate-code').filter((f) => f.args.source === 'paper')).toHaveLength(2);
  });

  it('the same code in both sources is a match, not a duplicate', () => {
    expect(kindsOf(audit([e()], [p()]))).not.toContain('duplicate-code');
  });
});

describe('late-without-apology', () => {
  const late = { completed: '2024-03-18' };

  it.each([
    ['late on paper, no apology anywhere', 1, [{ ...late, apology: false }], [{ ...late, apology: false }]],
    ['pending overdue, apology column empty', 1, [{ apology: false }], [{ apology: false }]],
    ['late, apology recorded on paper', 0, [{ ...late, apology: null }], [{ ...late, apology: true }]],
    ['late, apology recorded in the electronic system', 0, [{ ...late, apology: true }], [{ ...late, apology: false }]],
    ['late, electronic file has no apology column', 1, [{ ...late, apology: null }], [{ ...late, apology: false }]],
    ['late only on paper (masked)', 1, [{ completed: '2024-03-14', apology: false }], [{ ...late, apology: false }]],
    ['not late', 0, [{ completed: '2024-03-14', apology: false }], [{ completed: '2024-03-14', apology: false }]],
    ['withdrawn', 0, [{ statusKind: 'withdrawn', apology: false }], [{ statusKind: 'withdrawn', apology: false }]],
  ] as const)('%s → %i', (_what, n, es, ps) => {
    const r = audit(
      es.map((s) => e(s as RecordSpec)),
      ps.map((s) => p(s as RecordSpec)),
      { apologyKnown: true },
    );
    expect(only(r, 'late-without-apology')).toHaveLength(n);
  });

  it('is one finding per dossier, also when both sides are late', () => {
    const r = audit([e({ ...late, apology: false })], [p({ completed: '2024-03-20', apology: false })], {
      apologyKnown: true,
    });
    expect(only(r, 'late-without-apology')).toHaveLength(1);
  });

  it('runs only when an input has an apology column', () => {
    const r = audit([e({ ...late, apology: null })], [p({ ...late, apology: null })], { apologyKnown: false });
    expect(only(r, 'late-without-apology')).toHaveLength(0);
  });
});

describe('invalid-dates', () => {
  it('due before received', () => {
    const r = audit([e({ received: '2024-03-10', due: '2024-03-09' })], [], { matchSources: false });
    expect(only(r, 'invalid-dates')).toHaveLength(1);
    expect(only(r, 'invalid-dates')[0]!.args).toMatchObject({ source: 'electronic' });
    expect(String(only(r, 'invalid-dates')[0]!.args.problems)).toContain('due-before-received');
  });

  it('a result before the receipt', () => {
    const r = audit([e({ received: '2024-03-10', completed: '2024-03-09' })], [], { matchSources: false });
    expect(String(only(r, 'invalid-dates')[0]!.args.problems)).toContain('completed-before-received');
    const r2 = audit([e({ received: '2024-03-10', returned: '2024-03-09' })], [], { matchSources: false });
    expect(String(only(r2, 'invalid-dates')[0]!.args.problems)).toContain('returned-before-received');
  });

  it('an unreadable optional date', () => {
    const r = audit([e({ badDates: { returned: 'hôm qua' } })], [], { matchSources: false });
    expect(String(only(r, 'invalid-dates')[0]!.args.problems)).toContain('unreadable-returned');
  });

  it('one finding per side record, however many problems it has', () => {
    const bad: RecordSpec = {
      received: '2024-03-10',
      due: '2024-03-09',
      completed: '2024-03-08',
      badDates: { newDate: 'sau Tết' },
    };
    const r = audit([e(bad)], [p(bad)]);
    const found = only(r, 'invalid-dates');
    expect(found).toHaveLength(2);
    const bySource = Object.fromEntries(found.map((f) => [String(f.args.source), f]));
    expect(bySource.electronic!.paper).toBeNull();
    expect(bySource.electronic!.electronic).not.toBeNull();
    expect(bySource.paper!.electronic).toBeNull();
    for (const f of found) {
      const problems = String(f.args.problems).split(' ').sort();
      expect(problems).toEqual(['completed-before-received', 'due-before-received', 'unreadable-newDate']);
    }
  });

  it('sound dates: no finding', () => {
    const r = audit(
      [e({ received: '2024-03-10', due: '2024-03-10', completed: '2024-03-10', returned: '2024-03-10' })],
      [],
      { matchSources: false },
    );
    expect(only(r, 'invalid-dates')).toHaveLength(0);
  });
});

describe('status-label-mismatch', () => {
  it.each([
    ['Trễ hạn', 'late', { completed: '2024-03-18' }, 0],
    ['Trễ hạn', 'late', {}, 0], // pending overdue agrees with "late"
    ['Trễ hạn', 'late', { completed: '2024-03-14' }, 1],
    ['Trễ hạn', 'late', { completed: '2024-03-15' }, 1],
    ['Trước hạn', 'before-deadline', { completed: '2024-03-14' }, 0],
    ['Trước hạn', 'before-deadline', { completed: '2024-03-18' }, 1],
    ['Trước hạn', 'before-deadline', { completed: '2024-03-15' }, 1],
    ['Đúng hạn', 'on-time', { completed: '2024-03-15' }, 0],
    ['Đúng hạn', 'on-time', { completed: '2024-03-18' }, 1],
    ['Đúng hạn', 'on-time', {}, 1], // pending overdue
  ] as const)('label %j (%s) with %j → %i', (statusLabel, labelClass, spec, n) => {
    const r = audit([e({ statusLabel, labelClass, ...(spec as RecordSpec) })], [], { matchSources: false });
    const found = only(r, 'status-label-mismatch');
    expect(found).toHaveLength(n);
    if (n === 1) expect(found[0]!.args).toMatchObject({ source: 'electronic', label: statusLabel });
  });

  it('no label class, no check', () => {
    const r = audit([e({ statusLabel: 'Đã trả kết quả', statusKind: 'returned', completed: '2024-03-18' })], [], {
      matchSources: false,
    });
    expect(only(r, 'status-label-mismatch')).toHaveLength(0);
  });
});

describe('returned-without-reason', () => {
  it.each([
    ['rejected, reason column empty', 1, { statusKind: 'rejected', statusLabel: 'Từ chối', reason: '' }],
    ['rejected, reason given', 0, { statusKind: 'rejected', statusLabel: 'Từ chối', reason: 'Thiếu giấy tờ' }],
    ['rejected, file has no reason column', 0, { statusKind: 'rejected', statusLabel: 'Từ chối', reason: null }],
    ['withdrawn, reason empty', 0, { statusKind: 'withdrawn', statusLabel: 'Rút hồ sơ', reason: '' }],
    [
      'returned with a result, reason empty',
      0,
      { statusKind: 'returned', statusLabel: 'Đã trả kết quả', reason: '', completed: '2024-03-14' },
    ],
  ] as const)('%s → %i', (_what, n, spec) => {
    const r = audit([], [p(spec as RecordSpec)], { matchSources: false });
    expect(only(r, 'returned-without-reason')).toHaveLength(n);
    if (n === 1) expect(only(r, 'returned-without-reason')[0]!.args).toMatchObject({ source: 'paper' });
  });
});

describe('period', () => {
  const period = { from: day('2024-03-01'), to: day('2024-03-31'), asOf: day('2024-04-10') };

  it('keeps dossiers received within [from, to], both ends included', () => {
    const r = audit(
      [
        e({ code: 'FEB29', received: '2024-02-29', due: '2024-03-10' }),
        e({ code: 'MAR01', received: '2024-03-01' }),
        e({ code: 'MAR31', received: '2024-03-31', due: '2024-04-05' }),
        e({ code: 'APR01', received: '2024-04-01', due: '2024-04-05' }),
      ],
      [],
      { ...period, matchSources: false },
    );
    expect(r.dossiers.map((d) => codeOf(d)).sort()).toEqual(['MAR01', 'MAR31']);
    expect(r.outsidePeriodByFile.get('electronic.csv')).toBe(2);
  });

  it('leaves out a dossier received after the as-of date', () => {
    const r = audit([e({ code: 'A', received: '2024-03-10' }), e({ code: 'B', received: '2024-03-11' })], [], {
      asOf: day('2024-03-10'),
      matchSources: false,
    });
    expect(r.dossiers.map((d) => codeOf(d))).toEqual(['A']);
    expect(r.outsidePeriodByFile.get('electronic.csv')).toBe(1);
  });

  it("judges by the electronic record's receipt date when both exist", () => {
    const out = audit([e({ received: '2024-02-28' })], [p({ received: '2024-03-01' })], period);
    expect(out.dossiers).toHaveLength(0);
    expect(out.findings).toHaveLength(0);
    expect(out.outsidePeriodByFile.get('electronic.csv')).toBe(1);
    expect(out.outsidePeriodByFile.get('paper.csv')).toBe(1);

    const inside = audit([e({ received: '2024-03-01' })], [p({ received: '2024-02-28' })], period);
    expect(inside.dossiers).toHaveLength(1);
    expect(kindsOf(inside)).toEqual(['received-date-mismatch']);
    expect(inside.outsidePeriodByFile.size).toBe(0);
  });

  it("judges by the paper record's receipt date for a dossier only on paper", () => {
    const r = audit(
      [],
      [p({ code: 'IN', received: '2024-03-05' }), p({ code: 'OUT', received: '2024-02-05', due: '2024-02-20' })],
      period,
    );
    expect(r.dossiers.map((d) => codeOf(d))).toEqual(['IN']);
    expect(r.outsidePeriodByFile.get('paper.csv')).toBe(1);
  });

  it('counts every row of a dossier outside the period, duplicates included, per file', () => {
    const r = audit(
      [e({ received: '2024-02-20', line: 2 }), e({ received: '2024-02-20', line: 3 })],
      [p({ received: '2024-02-20', file: 'so-1.csv' }), p({ received: '2024-02-20', file: 'so-2.csv' })],
      period,
    );
    expect(r.dossiers).toHaveLength(0);
    expect(r.findings).toHaveLength(0);
    expect(Object.fromEntries(r.outsidePeriodByFile)).toEqual({ 'electronic.csv': 2, 'so-1.csv': 1, 'so-2.csv': 1 });
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties: shuffling rows never changes the figures, and per-unit figures add up to the totals.

const BASE = day('2024-03-01');
const STATUSES = [
  { statusLabel: '', statusKind: null, labelClass: null },
  { statusLabel: 'Đã trả kết quả', statusKind: 'returned', labelClass: null },
  { statusLabel: 'Từ chối', statusKind: 'rejected', labelClass: null },
  { statusLabel: 'Rút hồ sơ', statusKind: 'withdrawn', labelClass: null },
  { statusLabel: 'Trễ hạn', statusKind: null, labelClass: 'late' },
  { statusLabel: 'Trước hạn', statusKind: null, labelClass: 'before-deadline' },
] as const;
const UNITS = ['UBND xã An Bình', 'UBND XÃ AN BÌNH', 'Ubnd xa An Binh', 'UBND xã Bình Minh', 'Phường Đông Hòa', ''];

const arbRow = fc.record({
  electronic: fc.boolean(),
  file: fc.constantFrom('a.csv', 'b.csv'),
  code: fc.constantFrom('H56-1', 'H56-2', 'H56-3', 'H56-4', 'H56-5', 'H56-6'),
  unit: fc.constantFrom(...UNITS),
  received: fc.integer({ min: -3, max: 12 }),
  dueAfter: fc.integer({ min: -1, max: 14 }),
  completedAfter: fc.option(fc.integer({ min: -1, max: 25 }), { nil: null }),
  returnedAfter: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  apology: fc.constantFrom(null, true, false),
  reason: fc.constantFrom(null, '', 'Thiếu giấy tờ'),
  badNewDate: fc.boolean(),
});

type Row = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;

/** Rows → records with unique (file, line) per source. */
function toRecords(rows: Row[]): { electronic: DossierRecord[]; paper: DossierRecord[] } {
  const out = { electronic: [] as DossierRecord[], paper: [] as DossierRecord[] };
  rows.forEach((row, i) => {
    const source = row.electronic ? 'electronic' : 'paper';
    const received = BASE + row.received;
    out[source].push({
      ...makeRecord({
        source,
        code: row.code,
        rawCode: row.code.toLowerCase(),
        unit: row.unit,
        file: `${source}-${row.file}`,
        line: i + 2,
        ...row.status,
      }),
      received,
      due: received + row.dueAfter,
      completed: row.completedAfter === null ? null : received + row.completedAfter,
      returned: row.returnedAfter === null ? null : received + row.returnedAfter,
      apology: row.apology,
      reason: row.reason,
      badDates: row.badNewDate ? { newDate: 'sau Tết' } : {},
    });
  });
  return out;
}

const arbCase = fc.record({
  rows: fc.array(arbRow, { minLength: 0, maxLength: 30 }),
  asOf: fc.integer({ min: 0, max: 30 }),
  from: fc.option(fc.integer({ min: -2, max: 5 }), { nil: null }),
  to: fc.option(fc.integer({ min: 5, max: 14 }), { nil: null }),
  apologyKnown: fc.boolean(),
  matchSources: fc.boolean(),
  resultDate: fc.constantFrom('auto', 'completed', 'returned') as fc.Arbitrary<AuditOptions['resultDate']>,
});

interface CaseOptions {
  asOf: number;
  from: number | null;
  to: number | null;
  apologyKnown: boolean;
  matchSources: boolean;
  resultDate: AuditOptions['resultDate'];
}

/** Offsets from BASE → options. */
function optionsOf(c: CaseOptions): AuditOptions {
  return options({
    asOf: BASE + c.asOf,
    from: c.from === null ? null : BASE + c.from,
    to: c.to === null ? null : BASE + c.to,
    apologyKnown: c.apologyKnown,
    matchSources: c.matchSources,
    resultDate: c.resultDate,
  });
}

function figures(records: { electronic: DossierRecord[]; paper: DossierRecord[] }, opts: AuditOptions) {
  const result = auditDossiers(records, opts);
  const names = chooseUnitNames([...records.electronic, ...records.paper]);
  const summary = summariseByUnit(result.dossiers, result.findings, names, ['electronic', 'paper']);
  const kinds: Record<string, number> = {};
  for (const f of result.findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
  return {
    summary,
    kinds,
    outside: Object.fromEntries([...result.outsidePeriodByFile].sort()),
    dossiers: result.dossiers.length,
  };
}

const shuffle = <T>(xs: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

describe('properties', () => {
  it('shuffling the rows of each source never changes figures or finding counts', () => {
    fc.assert(
      fc.property(
        arbCase.chain((c) => {
          const records = toRecords(c.rows);
          return fc.tuple(
            fc.constant(c),
            fc.constant(records),
            fc.record({ electronic: shuffle(records.electronic), paper: shuffle(records.paper) }),
          );
        }),
        ([c, records, shuffled]) => {
          const opts = optionsOf(c);
          expect(figures(shuffled, opts)).toEqual(figures(records, opts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every dossier is counted under exactly one unit, and the units add up to the totals', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const records = toRecords(c.rows);
        const opts = optionsOf({ ...c, from: null, to: null, asOf: 60 }); // everything received is in the period
        const result = auditDossiers(records, opts);
        const { units, total } = summariseByUnit(
          result.dossiers,
          result.findings,
          chooseUnitNames([...records.electronic, ...records.paper]),
          ['electronic', 'paper'],
        );

        // Each code of a source is one dossier side, counted once.
        expect(total.electronic!.received).toBe(new Set(records.electronic.map((r) => r.code)).size);
        expect(total.paper!.received).toBe(new Set(records.paper.map((r) => r.code)).size);
        expect(result.dossiers.length).toBe(new Set([...records.electronic, ...records.paper].map((r) => r.code)).size);

        for (const source of ['electronic', 'paper'] as const) {
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
        for (const kind of Object.keys(total.findingCounts) as FindingKind[]) {
          expect(units.reduce((n, u) => n + u.findingCounts[kind], 0)).toBe(total.findingCounts[kind]);
        }
        expect(Object.values(total.findingCounts).reduce((a, b) => a + b, 0)).toBe(result.findings.length);
      }),
      { numRuns: 300 },
    );
  });
});
