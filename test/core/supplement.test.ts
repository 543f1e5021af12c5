/**
 * Supplement waits (issue 5): the working days from a supplement request to the day the applicant
 * supplied the papers, i.e. the working days in (request, supply], do not count against the unit — the
 * due date lateness is judged against moves forward by that many working days (`effectiveDue`), and
 * `makeSide` classifies and counts days late against the moved date.
 *
 * Every count is by hand on the built-in calendar. Tết 2024 (Thông báo 6150/TB-LĐTBXH): Thu 8/2 – Wed
 * 14/2 off, i.e. the weekdays 8, 9, 12, 13, 14 February; the first test pins exactly that.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../src/core/day.js';
import type { AuditOptions } from '../../src/core/options.js';
import { effectiveDue, makeSide, supplementWaitAt } from '../../src/core/side.js';
import type { DossierRecord } from '../../src/core/types.js';
import { TEST_CALENDAR, auditOptions, day, makeRecord, type RecordSpec } from './make-record.js';

const CALENDAR = TEST_CALENDAR;

const OPTIONS: AuditOptions = auditOptions();

/** A record due `due` with a supplement requested on `requested` and supplied on `supplied` (or null). */
function withWait(
  due: string,
  requested: string | null,
  supplied: string | null,
  spec: RecordSpec = {},
): DossierRecord {
  return makeRecord({
    received: '2024-02-02',
    due,
    supplementRequested: requested === null ? null : day(requested),
    supplementReturned: supplied === null ? null : day(supplied),
    ...spec,
  });
}

/** The due date moved by the record's wait, judged at an as-of date after every date of these cases. */
const moved = (r: DossierRecord): string =>
  formatIsoDay(effectiveDue(r, CALENDAR, supplementWaitAt(r, { ...OPTIONS, asOf: day('2030-12-31') })));

describe('the calendar these cases rely on', () => {
  it('Tết 2024: Mon 5 – Wed 7 worked, Thu 8 – Wed 14 off, Thu 15 and Fri 16 worked', () => {
    const working = ['2024-02-05', '2024-02-06', '2024-02-07', '2024-02-15', '2024-02-16', '2024-02-19'];
    const off = [
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-17',
      '2024-02-18',
    ];
    for (const d of working) expect(CALENDAR.isWorkingDay(day(d)), d).toBe(true);
    for (const d of off) expect(CALENDAR.isWorkingDay(day(d)), d).toBe(false);
  });
});

describe('effectiveDue', () => {
  it('request Tue 6/2/2024, supplied Thu 15/2: (6/2, 15/2] = Wed 7, Thu 15 → 2 working days', () => {
    // Due Mon 19/2 + 2 working days: Tue 20 (1), Wed 21 (2).
    expect(moved(withWait('2024-02-19', '2024-02-06', '2024-02-15'))).toBe('2024-02-21');
  });

  it('a due date before the break is carried across it', () => {
    // Request Mon 5/2, supplied Tue 6/2: (5/2, 6/2] = Tue 6 → 1. Due Wed 7/2 + 1: Thu 8 – Wed 14 off → Thu 15/2.
    expect(moved(withWait('2024-02-07', '2024-02-05', '2024-02-06'))).toBe('2024-02-15');
  });

  it('days off inside the wait are not counted: request Fri 9/2 (Tết), supplied Mon 19/2 → 3', () => {
    // (9/2, 19/2] = Thu 15, Fri 16, Mon 19 → 3. Due Tue 20/2 + 3: Wed 21, Thu 22, Fri 23.
    expect(moved(withWait('2024-02-20', '2024-02-09', '2024-02-19'))).toBe('2024-02-23');
  });

  it('a wait spanning only a weekend: supplied on Saturday → 0, on Monday → 1', () => {
    // Request Fri 1/3/2024. (1/3, 2/3] has no working day; (1/3, 4/3] = Mon 4.
    expect(moved(withWait('2024-03-15', '2024-03-01', '2024-03-02'))).toBe('2024-03-15');
    // Due Fri 15/3 + 1 → Mon 18/3.
    expect(moved(withWait('2024-03-15', '2024-03-01', '2024-03-04'))).toBe('2024-03-18');
  });

  it('a swapped working Saturday counts as a waiting day: 30/4–1/5 2025, Sat 26/4 worked', () => {
    // Request Thu 24/4/2025, supplied Mon 28/4: (24/4, 28/4] = Fri 25, Sat 26 (worked), Mon 28 → 3.
    // Due Tue 29/4/2025 + 3: Wed 30/4, Thu 1/5, Fri 2/5 (bridge) and the weekend off; Mon 5, Tue 6, Wed 7.
    expect(moved(withWait('2025-04-29', '2025-04-24', '2025-04-28', { received: '2025-04-21' }))).toBe('2025-05-07');
  });

  it('leaves the due date alone without a complete, forward wait', () => {
    expect(moved(withWait('2024-02-19', null, null))).toBe('2024-02-19'); // no supplement
    expect(moved(withWait('2024-02-19', null, '2024-02-15'))).toBe('2024-02-19'); // supply without a request
    expect(moved(withWait('2024-02-19', '2024-02-06', '2024-02-06'))).toBe('2024-02-19'); // same day
    // supplied "before" the request
    expect(moved(withWait('2024-02-19', '2024-02-15', '2024-02-06'))).toBe('2024-02-19');
  });
});

describe('a dossier still waiting for the applicant at the as-of date is paused', () => {
  // Request Tue 6/2/2024, due Mon 19/2, nothing supplied yet, no result.
  const waiting = (over: RecordSpec = {}): DossierRecord =>
    withWait('2024-02-19', '2024-02-06', null, { received: '2024-02-05', ...over });
  const at = (asOf: string): AuditOptions => ({ ...OPTIONS, asOf: day(asOf) });

  it('the wait runs to the as-of date: pending, not due, instead of 11 days overdue', () => {
    // (6/2, 1/3] = Wed 7 | Tết 8–14 off | Thu 15, Fri 16 | 19–23 (5) | 26–29 (4) | Fri 1/3 → 13 working days.
    // Due Mon 19/2 + 13: Tue 20 … Fri 1/3 is 9, Mon 4, Tue 5, Wed 6, Thu 7/3 is 13.
    const side = makeSide(waiting(), at('2024-03-01'));
    expect(formatIsoDay(side.due)).toBe('2024-03-07');
    expect(side).toMatchObject({ class: 'pending-not-due', calendarDaysLate: 0, workingDaysLate: 0 });
    // Without the request the same dossier is overdue: 1/3 − 19/2 = 11 calendar days.
    expect(makeSide(waiting({ supplementRequested: null }), at('2024-03-01'))).toMatchObject({
      class: 'pending-overdue',
      calendarDaysLate: 11,
    });
  });

  it('a request made after the due date pauses only from the request: still overdue', () => {
    // Request Thu 22/2: (22/2, 1/3] = Fri 23, 26, 27, 28, 29, Fri 1/3 → 6. Due 19/2 + 6 → Tue 27/2.
    // As of Fri 1/3: 3 calendar days (28, 29, 1) and 3 working days late.
    const side = makeSide(waiting({ supplementRequested: day('2024-02-22') }), at('2024-03-01'));
    expect(formatIsoDay(side.due)).toBe('2024-02-27');
    expect(side).toMatchObject({ class: 'pending-overdue', calendarDaysLate: 3, workingDaysLate: 3 });
  });

  it('papers supplied after the as-of date: the wait counts only to the as-of date', () => {
    // Supplied Fri 15/3, after the as-of date 1/3: the wait is the 13 days of the first case, not 23.
    expect(formatIsoDay(makeSide(waiting({ supplementReturned: day('2024-03-15') }), at('2024-03-01')).due)).toBe(
      '2024-03-07',
    );
  });

  it(
    'a resolved dossier with no supply date has no known wait, and a request after the as-of date is not yet ' + 'made',
    () => {
      // Result Wed 21/2 against the written due date Mon 19/2: 2 days late, as without a request.
      expect(makeSide(waiting({ completed: '2024-02-21' }), at('2024-03-01'))).toMatchObject({
        class: 'late',
        calendarDaysLate: 2,
      });
      // As of Mon 5/2 the request of 6/2 does not exist yet; received 5/2 and due 19/2: pending, not due, due date as
      // written.
      expect(formatIsoDay(makeSide(waiting(), at('2024-02-05')).due)).toBe('2024-02-19');
    },
  );

  it('both sides of a dossier move alike when only the export records the request', async () => {
    const { auditDossiers } = await import('../../src/core/reconcile.js');
    const e = waiting({ code: 'W-1', source: 'electronic' });
    const p = waiting({ code: 'W-1', source: 'paper', supplementRequested: null });
    const result = auditDossiers({ electronic: [e], paper: [p] }, at('2024-03-01'));
    const d = result.dossiers.find((x) => (x.electronic ?? x.paper)!.record.code === 'W-1')!;
    expect(d.electronic!.class).toBe('pending-not-due');
    expect(d.paper!.class).toBe('pending-not-due');
    expect(result.findings.filter((f) => f.code === 'W-1').map((f) => f.kind)).toEqual([]);
  });
});

describe('makeSide judges lateness against the moved due date', () => {
  const supplemented = (result: string | null): DossierRecord =>
    withWait('2024-02-19', '2024-02-06', '2024-02-15', { received: '2024-02-05', completed: result });

  it('result on the moved due date (Wed 21/2) is on time, not 2 days late', () => {
    const side = makeSide(supplemented('2024-02-21'), OPTIONS);
    expect(formatIsoDay(side.due)).toBe('2024-02-21');
    expect(side).toMatchObject({ class: 'on-time', calendarDaysLate: 0, workingDaysLate: 0 });
    // The same record without the supplement: due Mon 19/2, result Wed 21/2 → 2 calendar, 2 working days late.
    const plain = makeSide(
      { ...supplemented('2024-02-21'), supplementRequested: null, supplementReturned: null },
      OPTIONS,
    );
    expect(plain).toMatchObject({ class: 'late', calendarDaysLate: 2, workingDaysLate: 2 });
  });

  it('result before the moved due date is before the deadline', () => {
    expect(makeSide(supplemented('2024-02-20'), OPTIONS).class).toBe('before-deadline');
  });

  it('result the day after the moved due date is 1 day late, counted from the moved date', () => {
    expect(makeSide(supplemented('2024-02-22'), OPTIONS)).toMatchObject({
      class: 'late',
      calendarDaysLate: 1,
      workingDaysLate: 1,
    });
  });

  it('pending: not due on the moved date, overdue the day after', () => {
    expect(makeSide(supplemented(null), { ...OPTIONS, asOf: day('2024-02-21') }).class).toBe('pending-not-due');
    expect(makeSide(supplemented(null), { ...OPTIONS, asOf: day('2024-02-22') })).toMatchObject({
      class: 'pending-overdue',
      calendarDaysLate: 1,
      workingDaysLate: 1,
    });
  });

  it('keeps the written due date on the record', () => {
    expect(formatIsoDay(makeSide(supplemented('2024-02-21'), OPTIONS).record.due)).toBe('2024-02-19');
  });
});

describe('days late without a supplement, around the breaks', () => {
  const late = (due: string, result: string): { calendarDaysLate: number; workingDaysLate: number } => {
    const s = makeSide(makeRecord({ received: '2024-01-02', due, completed: result }), {
      ...OPTIONS,
      asOf: day('2025-12-31'),
    });
    return { calendarDaysLate: s.calendarDaysLate, workingDaysLate: s.workingDaysLate };
  };

  it('due the day before Tết 2024 (Wed 7/2), finished the day after (Thu 15/2): 8 calendar, 1 working day', () => {
    expect(late('2024-02-07', '2024-02-15')).toEqual({ calendarDaysLate: 8, workingDaysLate: 1 });
  });

  it('Tết 2025: due Fri 24/1, finished Mon 3/2 (break Sat 25/1 – Sun 2/2): 10 calendar, 1 working day', () => {
    expect(late('2025-01-24', '2025-02-03')).toEqual({ calendarDaysLate: 10, workingDaysLate: 1 });
  });

  it('30/4–1/5 2024: due Fri 26/4, finished Thu 2/5: 6 calendar, 1 working day', () => {
    // (26/4, 2/5]: Sat 27, Sun 28, Mon 29 (bridge), Tue 30/4, Wed 1/5 off; Thu 2/5 worked.
    expect(late('2024-04-26', '2024-05-02')).toEqual({ calendarDaysLate: 6, workingDaysLate: 1 });
  });

  it('30/4–1/5 2024: due Fri 3/5, finished Mon 6/5: Sat 4/5 was worked → 3 calendar, 2 working days', () => {
    expect(late('2024-05-03', '2024-05-06')).toEqual({ calendarDaysLate: 3, workingDaysLate: 2 });
  });

  it('National Day 2025: due Fri 29/8, finished Wed 3/9 (Sat 30/8 – Tue 2/9 off): 5 calendar, 1 working day', () => {
    expect(late('2025-08-29', '2025-09-03')).toEqual({ calendarDaysLate: 5, workingDaysLate: 1 });
  });

  it(
    'a result on a day off still counts the calendar days: due Wed 7/2/2024, result Sat 10/2 → 3 calendar, ' +
      '0 working days',
    () => {
      // Late by its date, but no working day has passed: (7/2, 10/2] = Thu 8, Fri 9 (Tết), Sat 10.
      expect(late('2024-02-07', '2024-02-10')).toEqual({ calendarDaysLate: 3, workingDaysLate: 0 });
    },
  );
});

describe('a supplement wait recorded by one source only', () => {
  it("moves both sides' due dates, so the register is not reported as masking lateness", async () => {
    const { auditDossiers } = await import('../../src/core/reconcile.js');
    // Export: received 5/2, due 19/2, request 6/2, supplied 15/2 → wait = Wed 7/2 + Thu 15/2 = 2 working
    // days → judged against Wed 21/2; result 21/2 → on time. The register has the same dates but no
    // supplement columns: without sharing the wait it would be late by 2 working days (masked-late).
    const electronic = withWait('2024-02-19', '2024-02-06', '2024-02-15', {
      received: '2024-02-05',
      completed: '2024-02-21',
    });
    const paper = makeRecord({ source: 'paper', received: '2024-02-05', due: '2024-02-19', returned: '2024-02-21' });
    const result = auditDossiers({ electronic: [electronic], paper: [paper] }, OPTIONS);
    const d = result.dossiers[0]!;
    expect(formatIsoDay(d.electronic!.due)).toBe('2024-02-21');
    expect(formatIsoDay(d.paper!.due)).toBe('2024-02-21');
    expect(d.electronic!.class).toBe('on-time');
    expect(d.paper!.class).toBe('on-time');
    expect(result.findings.map((f) => f.kind)).not.toContain('masked-late');
  });
});
