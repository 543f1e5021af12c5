/**
 * Rates under each `--denominator` (DOMAIN.md "Denominators differ between provinces"):
 *
 * | name     | late rate =                                                   |
 * |----------|---------------------------------------------------------------|
 * | resolved | late / (before + on time + late)                              |
 * | due      | (late + pending overdue) / (resolved + pending overdue)       |
 * | workload | (late + pending overdue) / (all handled, incl. carried over)  |
 * | qd766    | 1 − (before + on time + pending not due − more than one        |
 * |          | supplement request) / (resolved + pending)                    |
 *
 * Withdrawn dossiers are in no denominator. Every rate below is worked out by hand, rounded half-up to
 * 2 decimals; the comment next to it shows the division.
 */
import { describe, expect, it } from 'vitest';
import type { Dossier, Side } from '../../src/core/reconcile.js';
import { DENOMINATORS, ratesOf, summariseByUnit, type Counts, type Denominator } from '../../src/core/summarise.js';
import type { DossierClass, Source } from '../../src/core/types.js';
import { LABELS } from '../../src/render/labels.js';
import { makeRecord } from './make-record.js';

const counts = (c: Partial<Counts>): Counts => ({
  beforeDeadline: 0,
  onTime: 0,
  late: 0,
  pendingNotDue: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  multipleSupplements: 0,
  multipleSupplementsBefore: 0,
  ...c,
});
const rates = (beforeDeadline: number | null, onTime: number | null, late: number | null) => ({
  beforeDeadline,
  onTime,
  late,
});

describe('ratesOf: Dak Lak 2023 (509 before, 16 on time, 1 late, 12 carried over)', () => {
  const c = counts({ beforeDeadline: 509, onTime: 16, late: 1, pendingNotDue: 12 });

  it.each<[Denominator, ReturnType<typeof rates>]>([
    // 509/526 = 96.768… ; 16/526 = 3.041… ; 1/526 = 0.190… (the published figures)
    ['resolved', rates(96.77, 3.04, 0.19)],
    // no pending overdue: resolved + 0 = 526, the same as resolved
    ['due', rates(96.77, 3.04, 0.19)],
    // 538 handled: 509/538 = 94.609… ; 16/538 = 2.973… ; (1 + 0)/538 = 0.185… → 0.19
    ['workload', rates(94.61, 2.97, 0.19)],
    // 538 handled; timely = 509 + 16 + 12 − 0 = 537: before 94.61, on time (537 − 509)/538 = 28/538
    // = 5.204… → 5.20, late (538 − 537)/538 = 0.19
    ['qd766', rates(94.61, 5.2, 0.19)],
  ])('%s', (denominator, expected) => {
    expect(ratesOf(c, denominator)).toEqual(expected);
  });
});

describe('ratesOf: pending overdue, carried over, withdrawn and multiple supplement requests', () => {
  // before 40 (2 of them with two supplement requests), on time 5, late 3, pending not due 6 (1 with two
  // requests), pending overdue 2, withdrawn 4 → multiple = 3.
  const c = counts({
    beforeDeadline: 40,
    onTime: 5,
    late: 3,
    pendingNotDue: 6,
    pendingOverdue: 2,
    withdrawn: 4,
    multipleSupplements: 3,
    multipleSupplementsBefore: 2,
  });

  it.each<[Denominator, ReturnType<typeof rates>]>([
    // 48 resolved: 40/48 = 83.333… ; 5/48 = 10.416… ; 3/48 = 6.25
    ['resolved', rates(83.33, 10.42, 6.25)],
    // 48 + 2 = 50: 40/50 = 80 ; 5/50 = 10 ; (3 + 2)/50 = 10
    ['due', rates(80, 10, 10)],
    // 48 + 6 + 2 = 56: 40/56 = 71.428… ; 5/56 = 8.928… ; (3 + 2)/56 = 8.928…
    ['workload', rates(71.43, 8.93, 8.93)],
    // 56; timely = 40 + 5 + 6 − 3 = 48; the 2 "before" dossiers with two requests leave "before":
    // before (40 − 2)/56 = 67.857… ; on time (48 − 38)/56 = 17.857… ; late 8/56 = 14.285…
    ['qd766', rates(67.86, 17.86, 14.29)],
  ])('%s', (denominator, expected) => {
    expect(ratesOf(c, denominator)).toEqual(expected);
  });

  it('only qd766 looks at multiple supplement requests', () => {
    const none = { ...c, multipleSupplements: 0, multipleSupplementsBefore: 0 };
    for (const d of ['resolved', 'due', 'workload'] as const) expect(ratesOf(c, d)).toEqual(ratesOf(none, d));
    // Without them: timely = 51, on time (51 − 40)/56 = 19.642… → 19.64, late 5/56 = 8.928… → 8.93.
    expect(ratesOf(none, 'qd766')).toEqual(rates(71.43, 19.64, 8.93));
  });

  it('never gives a negative share (all timely dossiers had two requests)', () => {
    // 2 before the deadline, both with two requests: under qd766 both are late.
    expect(
      ratesOf(counts({ beforeDeadline: 2, multipleSupplements: 2, multipleSupplementsBefore: 2 }), 'qd766'),
    ).toEqual(rates(0, 0, 100));
  });

  it('withdrawn dossiers are in no denominator', () => {
    for (const d of DENOMINATORS) expect(ratesOf({ ...c, withdrawn: 400 }, d)).toEqual(ratesOf(c, d));
  });
});

describe('ratesOf: rounding and empty denominators', () => {
  it('rounds an exact half up: 1/32 = 3.125 → 3.13, 31/32 = 96.875 → 96.88', () => {
    // 1 before and 31 carried over: workload and qd766 divide by 32.
    const c = counts({ beforeDeadline: 1, pendingNotDue: 31 });
    expect(ratesOf(c, 'workload')).toEqual(rates(3.13, 0, 0));
    // timely = 1 + 31 = 32 → on time (32 − 1)/32 = 96.875 → 96.88, late 0
    expect(ratesOf(c, 'qd766')).toEqual(rates(3.13, 96.88, 0));
    // resolved and due divide by 1
    expect(ratesOf(c, 'resolved')).toEqual(rates(100, 0, 0));
    expect(ratesOf(c, 'due')).toEqual(rates(100, 0, 0));
  });

  it('nothing handled (or only withdrawn): every rate is null', () => {
    for (const d of DENOMINATORS) {
      expect(ratesOf(counts({}), d)).toEqual(rates(null, null, null));
      expect(ratesOf(counts({ withdrawn: 3 }), d)).toEqual(rates(null, null, null));
    }
  });

  it('nothing resolved but some pending: null under resolved, numbers under the others', () => {
    const c = counts({ pendingNotDue: 1, pendingOverdue: 1 });
    expect(ratesOf(c, 'resolved')).toEqual(rates(null, null, null));
    // due: 0 + 1 = 1 → late (0 + 1)/1 = 100
    expect(ratesOf(c, 'due')).toEqual(rates(0, 0, 100));
    // workload: 2 → late 1/2 = 50
    expect(ratesOf(c, 'workload')).toEqual(rates(0, 0, 50));
    // qd766: 2, timely = 1 → on time 1/2 = 50, late 50
    expect(ratesOf(c, 'qd766')).toEqual(rates(0, 50, 50));
  });
});

describe('summariseByUnit under qd766: counting multiple supplement requests from the records', () => {
  let seq = 0;
  function dossier(cls: DossierClass, supplementCount: number | null, source: Source = 'electronic'): Dossier {
    seq += 1;
    const record = makeRecord({ source, code: `S-${seq}`, supplementCount });
    const side = { record, class: cls, result: null, due: record.due, calendarDaysLate: 0, workingDaysLate: 0 } as Side;
    return {
      unitKey: 'ubnd xa an binh',
      electronic: source === 'electronic' ? side : null,
      paper: source === 'paper' ? side : null,
    };
  }

  // Counted as multiple: timely classes (before, on time, pending not due) with more than one request.
  // Not counted: one request, unknown count, and classes already late or outside the rates.
  const dossiers = [
    dossier('before-deadline', 2), // multiple
    dossier('before-deadline', 3), // multiple
    dossier('before-deadline', 1),
    dossier('before-deadline', null),
    dossier('on-time', 2), // multiple
    dossier('on-time', 0),
    dossier('late', 2), // already late
    dossier('pending-not-due', 2), // multiple
    dossier('pending-not-due', null),
    dossier('pending-overdue', 4), // already late
    dossier('withdrawn', 2), // outside
    dossier('before-deadline', 5, 'paper'), // paper side: counted on paper only
  ];
  const names = new Map([['ubnd xa an binh', 'UBND xã An Bình']]);

  it('electronic: 4 multiple (2 of them before the deadline); qd766 = 2/10 before, 2/10 on time, 6/10 late', () => {
    const { total } = summariseByUnit(dossiers, [], names, ['electronic', 'paper'], 'qd766');
    // handled = 4 before + 2 on time + 1 late + 2 not due + 1 overdue = 10; timely = 4 + 2 + 2 − 4 = 4;
    // the two "before" dossiers with several requests leave "before": 4 − 2 = 2
    // → before 2/10 = 20, on time (4 − 2)/10 = 20, late (10 − 4)/10 = 60.
    expect(total.electronic).toMatchObject({
      received: 11,
      resolved: 7,
      beforeDeadline: 4,
      onTime: 2,
      late: 1,
      pendingNotDue: 2,
      pendingOverdue: 1,
      withdrawn: 1,
      multipleSupplements: 4,
      rates: rates(20, 20, 60),
    });
    // The paper side has its own count: its one dossier (before, 5 requests) is multiple.
    expect(total.paper).toMatchObject({ received: 1, beforeDeadline: 1, multipleSupplements: 1 });
  });

  it('the same dossiers under resolved: 4/7, 2/7, 1/7; the multiple count is still reported', () => {
    const { total } = summariseByUnit(dossiers, [], names, ['electronic'], 'resolved');
    // 4/7 = 57.142… ; 2/7 = 28.571… ; 1/7 = 14.285…
    expect(total.electronic).toMatchObject({ multipleSupplements: 4, rates: rates(57.14, 28.57, 14.29) });
  });

  it('the default denominator is resolved', () => {
    expect(summariseByUnit(dossiers, [], names, ['electronic']).total.electronic!.rates).toEqual(
      rates(57.14, 28.57, 14.29),
    );
  });
});

describe('the formula the report states', () => {
  // The report model holds the denominator's name only; the words are the labels'.
  it('names each denominator as DOMAIN.md defines it', () => {
    expect(LABELS.en.formula).toEqual({
      resolved: 'late / (before + on time + late)',
      due: '(late + pending overdue) / (resolved + pending overdue)',
      workload: '(late + pending overdue) / (resolved + pending not due + pending overdue)',
      qd766:
        '1 − (resolved on or before the due date + pending not yet due − dossiers with more than one supplement ' +
        'request) / (resolved + pending)',
    });
  });
});
