/**
 * Classification at the as-of date, on calendar days (DOMAIN.md "Classifying one dossier").
 * Every row of the truth tables uses received 2024-03-01 and due 2024-03-15 unless it says otherwise.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyDossier,
  isLateClass,
  lateUntil,
  resultDayOf,
  type RESULT_DATE_MODES,
} from '../../src/core/classify.js';
import { DOSSIER_CLASSES, STATUS_KINDS, type DossierClass, type StatusKind } from '../../src/core/types.js';
import { day, makeRecord } from './make-record.js';

const classify = (
  spec: Parameters<typeof makeRecord>[0],
  asOf: string,
  mode: (typeof RESULT_DATE_MODES)[number] = 'auto',
): DossierClass => classifyDossier(makeRecord(spec), day(asOf), mode);

describe('classifyDossier: the due-day boundary (result on or before the as-of date)', () => {
  it.each([
    ['2024-03-01', 'before-deadline'], // resolved the day it was received
    ['2024-03-14', 'before-deadline'], // due − 1
    ['2024-03-15', 'on-time'], // = due
    ['2024-03-16', 'late'], // due + 1
    ['2024-04-30', 'late'],
  ] as const)('completed %s, as of 2024-05-31 → %s', (completed, expected) => {
    expect(classify({ completed }, '2024-05-31')).toBe(expected);
  });
});

describe('classifyDossier: the as-of boundary', () => {
  it.each([
    // result = as-of: resolved at that date
    ['2024-03-10', '2024-03-10', 'before-deadline'],
    ['2024-03-15', '2024-03-15', 'on-time'],
    ['2024-03-20', '2024-03-20', 'late'],
    // result = as-of + 1: not resolved yet at that date
    ['2024-03-11', '2024-03-10', 'pending-not-due'],
    ['2024-03-16', '2024-03-15', 'pending-not-due'], // as-of = due, so not yet overdue
    ['2024-03-21', '2024-03-20', 'pending-overdue'],
  ] as const)('completed %s, as of %s → %s', (completed, asOf, expected) => {
    expect(classify({ completed }, asOf)).toBe(expected);
  });

  it.each([
    ['2024-03-14', 'pending-not-due'], // as-of = due − 1
    ['2024-03-15', 'pending-not-due'], // as-of = due
    ['2024-03-16', 'pending-overdue'], // as-of = due + 1
    ['2025-01-01', 'pending-overdue'],
  ] as const)('no result, as of %s → %s', (asOf, expected) => {
    expect(classify({}, asOf)).toBe(expected);
  });

  it('a result after the as-of date is treated exactly like no result', () => {
    expect(classify({ completed: '2024-03-20' }, '2024-03-18')).toBe('pending-overdue');
    expect(classify({ returned: '2024-03-20' }, '2024-03-12')).toBe('pending-not-due');
  });
});

describe('classifyDossier: calendar days across month and year ends', () => {
  it.each([
    [{ received: '2024-02-20', due: '2024-02-29', completed: '2024-03-01' }, '2024-03-31', 'late'],
    [{ received: '2024-02-20', due: '2024-02-29', completed: '2024-02-29' }, '2024-03-31', 'on-time'],
    [{ received: '2023-12-20', due: '2023-12-31', completed: '2024-01-01' }, '2024-01-31', 'late'],
    [{ received: '2023-12-20', due: '2023-12-31' }, '2024-01-01', 'pending-overdue'],
    [{ received: '2023-12-20', due: '2024-01-02', completed: '2023-12-31' }, '2024-01-31', 'before-deadline'],
  ] as const)('%j as of %s → %s', (spec, asOf, expected) => {
    expect(classify(spec, asOf)).toBe(expected);
  });
});

describe('classifyDossier: which date is the result', () => {
  const both = { completed: '2024-03-14', returned: '2024-03-18' };
  it.each([
    [both, 'auto', 'before-deadline'], // completion date preferred
    [both, 'completed', 'before-deadline'],
    [both, 'returned', 'late'],
    [{ returned: '2024-03-15' }, 'auto', 'on-time'], // falls back to the return date
    [{ returned: '2024-03-15' }, 'completed', 'pending-overdue'], // no completion date: unresolved
    [{ returned: '2024-03-15' }, 'returned', 'on-time'],
    [{ completed: '2024-03-16' }, 'returned', 'pending-overdue'],
  ] as const)('%j with --result-date %s → %s (as of 2024-03-31)', (spec, mode, expected) => {
    expect(classify(spec, '2024-03-31', mode)).toBe(expected);
  });

  it('resultDayOf picks the date of the mode', () => {
    const r = makeRecord(both);
    expect(resultDayOf(r, 'auto')).toBe(day('2024-03-14'));
    expect(resultDayOf(r, 'completed')).toBe(day('2024-03-14'));
    expect(resultDayOf(r, 'returned')).toBe(day('2024-03-18'));
    const onlyReturned = makeRecord({ returned: '2024-03-18' });
    expect(resultDayOf(onlyReturned, 'auto')).toBe(day('2024-03-18'));
    expect(resultDayOf(onlyReturned, 'completed')).toBeNull();
    expect(resultDayOf(makeRecord(), 'auto')).toBeNull();
  });
});

describe('classifyDossier: withdrawn, rejected and stopped', () => {
  it.each(['withdrawn', 'rejected', 'stopped'] as const)('%s is withdrawn whatever the dates', (statusKind) => {
    expect(classify({ statusKind, completed: '2024-03-20' }, '2024-03-31')).toBe('withdrawn');
    expect(classify({ statusKind, completed: '2024-03-10' }, '2024-03-31')).toBe('withdrawn');
    expect(classify({ statusKind }, '2024-03-31')).toBe('withdrawn');
    expect(classify({ statusKind }, '2024-03-02')).toBe('withdrawn');
  });

  it('every other status is classified by its dates', () => {
    const others = STATUS_KINDS.filter((k): k is StatusKind => !['withdrawn', 'rejected', 'stopped'].includes(k));
    for (const statusKind of others) {
      expect(classify({ statusKind, completed: '2024-03-20' }, '2024-03-31')).toBe('late');
      expect(classify({ statusKind }, '2024-03-31')).toBe('pending-overdue');
    }
  });

  it('a stored class label does not change the class (the dates decide)', () => {
    expect(classify({ labelClass: 'late', statusLabel: 'Trễ hạn', completed: '2024-03-10' }, '2024-03-31')).toBe(
      'before-deadline',
    );
    expect(
      classify({ labelClass: 'before-deadline', statusLabel: 'Trước hạn', completed: '2024-03-20' }, '2024-03-31'),
    ).toBe('late');
  });
});

describe('classifyDossier: properties', () => {
  const BASE = day('2024-01-01');
  const arb = fc.record({
    due: fc.integer({ min: 0, max: 60 }),
    result: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    asOf: fc.integer({ min: 0, max: 60 }),
  });

  it('resolved classes depend only on result vs due; pending ones only on as-of vs due', () => {
    fc.assert(
      fc.property(arb, ({ due, result, asOf }) => {
        const r = {
          ...makeRecord({ received: '2024-01-01' }),
          due: BASE + due,
          completed: result === null ? null : BASE + result,
        };
        const c = classifyDossier(r, BASE + asOf, 'auto');
        const resolved = result !== null && result <= asOf;
        if (resolved) {
          expect(c).toBe(result < due ? 'before-deadline' : result === due ? 'on-time' : 'late');
        } else {
          expect(c).toBe(asOf <= due ? 'pending-not-due' : 'pending-overdue');
        }
      }),
    );
  });

  it('once resolved, a later as-of date never changes the class', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 400 }), ({ due, result, asOf }, later) => {
        const r = { ...makeRecord(), due: BASE + due, completed: result === null ? null : BASE + result };
        const c = classifyDossier(r, BASE + asOf, 'auto');
        if (c === 'before-deadline' || c === 'on-time' || c === 'late') {
          expect(classifyDossier(r, BASE + asOf + later, 'auto')).toBe(c);
        }
      }),
    );
  });
});

describe('isLateClass', () => {
  it('is true for late and pending-overdue only', () => {
    expect(DOSSIER_CLASSES.filter(isLateClass)).toEqual(['late', 'pending-overdue']);
  });
});

describe('lateUntil', () => {
  it('counts lateness to the result when late, to the as-of date when pending overdue', () => {
    expect(lateUntil('late', day('2024-03-18'), day('2024-03-31'))).toBe(day('2024-03-18'));
    expect(lateUntil('pending-overdue', null, day('2024-03-31'))).toBe(day('2024-03-31'));
    for (const c of ['before-deadline', 'on-time', 'pending-not-due', 'withdrawn'] as const) {
      expect(lateUntil(c, day('2024-03-10'), day('2024-03-31'))).toBeNull();
    }
  });
});
