/**
 * The rule book's checks of one source's own record, those added for working days (issue 5):
 * `apology-late`, `missed-new-date`, `due-date-extended` and `due-date-too-short`. Each case is one record; the
 * side is built with `makeSide` (so the class is the real one) and `checkOwnData` is called on it directly. Every
 * date is counted by hand on the built-in calendar; the comments show the count.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type ProcedureCatalogue } from '../../src/core/procedures.js';
import type { AuditOptions } from '../../src/core/options.js';
import { makeSide } from '../../src/core/side.js';
import type { DossierRecord } from '../../src/core/types.js';
import type { FindingKind, OwnDataArgs, OwnDataKind } from '../../src/findings/args.js';
import { checkOwnData } from '../../src/findings/rules.js';
import { auditOptions, day, makeRecord, type RecordSpec } from '../core/make-record.js';

function options(over: Partial<AuditOptions> = {}): AuditOptions {
  return auditOptions({ apologyKnown: true, ...over });
}

interface Raised {
  kind: OwnDataKind;
  args: OwnDataArgs[OwnDataKind];
}

function check(record: DossierRecord, over: Partial<AuditOptions> = {}): Raised[] {
  const opts = options(over);
  const out: Raised[] = [];
  checkOwnData(makeSide(record, opts), opts, (kind, args) => out.push({ kind, args }));
  return out;
}

const ISSUE_5_KINDS: readonly FindingKind[] = [
  'apology-late',
  'missed-new-date',
  'due-date-extended',
  'due-date-too-short',
];
const kinds = (raised: Raised[]): FindingKind[] => raised.map((r) => r.kind).filter((k) => ISSUE_5_KINDS.includes(k));

/** A paper record with an apology dated `apologyDate` (yyyy-mm-dd). Default: due Fri 15/3/2024. */
const apologised = (apologyDate: string, spec: RecordSpec = {}): DossierRecord =>
  makeRecord({ source: 'paper', apology: true, apologyDate: day(apologyDate), ...spec });

describe('apology-late: the apology is dated after the original due date', () => {
  it('an apology dated the day after the due date is late, with both dates in the args', () => {
    const raised = check(apologised('2024-03-16', { completed: '2024-03-18' }));
    expect(raised.filter((r) => r.kind === 'apology-late')).toEqual([
      { kind: 'apology-late', args: { apologyDate: '2024-03-16', due: '2024-03-15' } },
    ]);
  });

  it.each([
    ['the day before the due date', '2024-03-14'],
    ['on the due date itself (README: late means after it)', '2024-03-15'],
    ['on the receipt day', '2024-03-01'],
  ])('an apology dated %s is in time', (_, date) => {
    expect(kinds(check(apologised(date, { completed: '2024-03-18' })))).toEqual([]);
  });

  it('an apology recorded without a date (Có, x) cannot be judged: no finding', () => {
    expect(
      kinds(check(makeRecord({ source: 'paper', apology: true, apologyDate: null, completed: '2024-03-20' }))),
    ).toEqual([]);
  });

  it('is judged against the written due date, not the one moved by a supplement wait', () => {
    // Due Fri 15/3; supplement requested Mon 4/3, supplied Wed 6/3: (4/3, 6/3] = Tue 5, Wed 6 → 2 working
    // days, so lateness is judged against Tue 19/3. The apology of Mon 18/3 is still after the due date
    // the apology slip is about (15/3).
    const r = apologised('2024-03-18', {
      completed: '2024-03-19',
      supplementRequested: day('2024-03-04'),
      supplementReturned: day('2024-03-06'),
    });
    const opts = options();
    expect(makeSide(r, opts).class).toBe('on-time');
    expect(kinds(check(r))).toEqual(['apology-late']);
  });

  it('does not change the class: a late dossier with an apology in time stays late', () => {
    const r = apologised('2024-03-14', { completed: '2024-03-18', newDate: '2024-03-18' });
    expect(makeSide(r, options()).class).toBe('late');
    expect(kinds(check(r))).toEqual([]);
  });
});

describe('missed-new-date: the new return date (ngày hẹn lại) passed without a result', () => {
  const late = { source: 'paper' as const, apology: true, newDate: '2024-03-20' };

  it('a result after the new date misses it; the args give both dates', () => {
    const raised = check(makeRecord({ ...late, completed: '2024-03-21' }));
    expect(raised.filter((r) => r.kind === 'missed-new-date')).toEqual([
      { kind: 'missed-new-date', args: { newDate: '2024-03-20', result: '2024-03-21' } },
    ]);
  });

  it.each([
    ['on the new date', '2024-03-20'],
    ['before the new date (still after the original due date)', '2024-03-18'],
  ])('a result %s meets it', (_, completed) => {
    expect(kinds(check(makeRecord({ ...late, completed })))).toEqual([]);
  });

  it('no result and the as-of date past the new date: missed, without a result in the args', () => {
    const raised = check(makeRecord({ ...late, completed: null }), { asOf: day('2024-03-21') });
    expect(raised.filter((r) => r.kind === 'missed-new-date')).toEqual([
      { kind: 'missed-new-date', args: { newDate: '2024-03-20' } },
    ]);
  });

  it('no result and the as-of date on the new date: not (yet) missed', () => {
    expect(kinds(check(makeRecord({ ...late, completed: null }), { asOf: day('2024-03-20') }))).toEqual([]);
  });

  it('a result dated after the as-of date is no result yet: missed when the as-of date is past the new date', () => {
    // Result 25/3 is after as-of 22/3: at 22/3 the dossier is still open and 20/3 has passed.
    const raised = check(makeRecord({ ...late, completed: '2024-03-25' }), { asOf: day('2024-03-22') });
    expect(raised.filter((r) => r.kind === 'missed-new-date')).toEqual([
      { kind: 'missed-new-date', args: { newDate: '2024-03-20' } },
    ]);
  });

  it('a withdrawn dossier has no new date to meet', () => {
    expect(kinds(check(makeRecord({ ...late, statusKind: 'withdrawn', completed: null })))).toEqual([]);
  });

  it('uses the result date the options choose (--result-date returned)', () => {
    // Completed 19/3 (before the new date) but returned to the applicant 22/3 (after it).
    const r = makeRecord({ ...late, completed: '2024-03-19', returned: '2024-03-22' });
    expect(kinds(check(r, { resultDate: 'auto' }))).toEqual([]);
    expect(kinds(check(r, { resultDate: 'returned' }))).toEqual(['missed-new-date']);
  });

  it('an apology issued late whose new date was also missed raises both', () => {
    const r = makeRecord({ ...late, apologyDate: day('2024-03-18'), completed: '2024-03-22' });
    expect(kinds(check(r)).sort()).toEqual(['apology-late', 'missed-new-date']);
  });
});

describe('due-date-extended / due-date-too-short against the catalogue (--procedures)', () => {
  const catalogue: ProcedureCatalogue = buildCatalogue([
    { code: '1.000894.H12', name: 'Đăng ký kết hôn', limit: { amount: 5, unit: 'working-days' } },
    { code: '2.000908', name: 'Cấp bản sao trích lục hộ tịch', limit: { amount: 1, unit: 'working-days' } },
  ]);
  const withCatalogue = { procedures: catalogue };
  const marriage = (received: string, due: string): DossierRecord =>
    makeRecord({ procedureCode: '1.000894.H12', procedure: 'Đăng ký kết hôn', received, due });

  it('a due date equal to receipt + statutory working days raises nothing', () => {
    // Received Fri 2/2/2024, 5 days: Mon 5 (1), Tue 6 (2), Wed 7 (3), [Thu 8 – Wed 14 Tết], Thu 15 (4), Fri 16 (5).
    expect(kinds(check(marriage('2024-02-02', '2024-02-16'), withCatalogue))).toEqual([]);
  });

  it('a due date later than the statutory one is extended; args name the statutory time and date', () => {
    const raised = check(marriage('2024-02-02', '2024-02-19'), withCatalogue);
    expect(raised.filter((r) => ISSUE_5_KINDS.includes(r.kind))).toEqual([
      { kind: 'due-date-extended', args: { due: '2024-02-19', statutoryDays: 5, statutoryDue: '2024-02-16' } },
    ]);
  });

  it('a due date set by counting weekdays through Tết is too short', () => {
    // Five weekdays after 2/2 ignoring Tết: Mon 5, Tue 6, Wed 7, Thu 8, Fri 9 → 9/2 (itself a Tết day).
    const raised = check(marriage('2024-02-02', '2024-02-09'), withCatalogue);
    expect(raised.filter((r) => ISSUE_5_KINDS.includes(r.kind))).toEqual([
      { kind: 'due-date-too-short', args: { due: '2024-02-09', statutoryDays: 5, statutoryDue: '2024-02-16' } },
    ]);
  });

  it('counts the swapped working Saturday 4/5/2024', () => {
    // Received Fri 26/4/2024, 5 days: [Mon 29/4 bridge, Tue 30/4, Wed 1/5 off], Thu 2 (1), Fri 3 (2),
    // Sat 4 (3, worked), Mon 6 (4), Tue 7 (5) → 7/5.
    expect(kinds(check(marriage('2024-04-26', '2024-05-07'), withCatalogue))).toEqual([]);
    expect(kinds(check(marriage('2024-04-26', '2024-05-08'), withCatalogue))).toEqual(['due-date-extended']);
  });

  it('finds the procedure by name (folded) when the record has no code', () => {
    // 1 day after Thu 7/3/2024 is Fri 8/3; the record says Tue 12/3.
    const r = makeRecord({
      procedureCode: '',
      procedure: 'CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH',
      received: '2024-03-07',
      due: '2024-03-12',
    });
    expect(kinds(check(r, withCatalogue))).toEqual(['due-date-extended']);
  });

  it('prefers the code to the name', () => {
    // Code says 1 day (→ Fri 8/3), the name would say 5 days (→ Thu 14/3). Due 14/3 is extended by the code.
    const r = makeRecord({
      procedureCode: '2.000908',
      procedure: 'Đăng ký kết hôn',
      received: '2024-03-07',
      due: '2024-03-14',
    });
    expect(kinds(check(r, withCatalogue))).toEqual(['due-date-extended']);
  });

  it('says nothing about a procedure not in the catalogue, or when no catalogue is given', () => {
    const unknown = makeRecord({
      procedureCode: '9.999999',
      procedure: 'Thủ tục khác',
      received: '2024-02-02',
      due: '2024-02-03',
    });
    expect(kinds(check(unknown, withCatalogue))).toEqual([]);
    expect(kinds(check(marriage('2024-02-02', '2024-02-09')))).toEqual([]);
  });

  it('compares the written due date, not the one moved by a supplement wait', () => {
    // Statutory and written due 16/2; a 2-working-day supplement wait moves the judged due date, but the
    // date the unit wrote is still the statutory one.
    const r = {
      ...marriage('2024-02-02', '2024-02-16'),
      supplementRequested: day('2024-02-05'),
      supplementReturned: day('2024-02-07'),
    };
    expect(kinds(check(r, withCatalogue))).toEqual([]);
  });
});

/** The findings of `kind` a record raises, with their arguments (the source is added later, by the rule book). */
const raisedOf = (kind: OwnDataKind, record: DossierRecord, over: Partial<AuditOptions> = {}): Raised[] =>
  check(record, over).filter((r) => r.kind === kind);

describe('late-apology: the apology must come at least one working day before the due date', () => {
  // Due Fri 15/3/2024 (the default). Working days in (apology, due]: Thu 14/3 → 1; Fri 15/3 → 0.
  it('an apology dated on the due day is too late: 0 working days before it', () => {
    expect(raisedOf('late-apology', apologised('2024-03-15'))).toEqual([
      {
        kind: 'late-apology',
        args: { apologyDate: '2024-03-15', due: '2024-03-15', workingDaysBefore: 0, required: 1 },
      },
    ]);
  });

  it('one working day before is enough; across a weekend the weekend does not count', () => {
    expect(raisedOf('late-apology', apologised('2024-03-14'))).toEqual([]);
    // due Mon 18/3: (Fri 15/3, Mon 18/3] holds one working day (Mon)
    expect(raisedOf('late-apology', apologised('2024-03-15', { due: '2024-03-18' }))).toEqual([]);
    // due Tue 19/3, apology Sat 16/3: (Sat, Tue] = Mon, Tue → 2
    expect(raisedOf('late-apology', apologised('2024-03-16', { due: '2024-03-19' }))).toEqual([]);
  });

  it('the threshold is an option: with 2, Thu 14/3 is too late for Fri 15/3, Wed 13/3 is not', () => {
    expect(raisedOf('late-apology', apologised('2024-03-14'), { apologyLeadDays: 2 }).map((r) => r.args)).toEqual([
      { apologyDate: '2024-03-14', due: '2024-03-15', workingDaysBefore: 1, required: 2 },
    ]);
    expect(raisedOf('late-apology', apologised('2024-03-13'), { apologyLeadDays: 2 })).toEqual([]);
    expect(raisedOf('late-apology', apologised('2024-03-15'), { apologyLeadDays: 0 })).toEqual([]);
  });

  it('an apology after the due date is apology-late, not late-apology', () => {
    expect(check(apologised('2024-03-16')).map((r) => r.kind)).toEqual(['apology-late']);
  });
});

describe('repeated-new-date: a new return date may be set once', () => {
  it('is raised for a count above one, with the count', () => {
    expect(raisedOf('repeated-new-date', makeRecord({ newDateCount: 2 }))).toEqual([
      { kind: 'repeated-new-date', args: { count: 2 } },
    ]);
    expect(raisedOf('repeated-new-date', makeRecord({ newDateCount: 1 }))).toEqual([]);
    expect(raisedOf('repeated-new-date', makeRecord({ newDateCount: null }))).toEqual([]);
  });
});

describe('due-on-day-off: a due date on a day nobody works', () => {
  it.each([
    ['2024-03-16', 'saturday'],
    ['2024-03-17', 'sunday'],
    ['2024-04-30', 'holiday'], // Tuesday, Reunification Day
    ['2024-09-02', 'holiday'], // Monday, National Day
    ['2024-02-12', 'holiday'], // Monday in the Tết 2024 break (Thu 8/2 – Wed 14/2)
  ])('due %s is a %s', (due, dayOff) => {
    expect(raisedOf('due-on-day-off', makeRecord({ received: '2024-01-02', due }))).toEqual([
      { kind: 'due-on-day-off', args: { due, dayOff } },
    ]);
  });

  it('is not raised for a working day, nor for a Saturday worked in exchange (Sat 4/5/2024)', () => {
    expect(raisedOf('due-on-day-off', makeRecord({ due: '2024-03-15' }))).toEqual([]);
    expect(raisedOf('due-on-day-off', makeRecord({ received: '2024-04-20', due: '2024-05-04' }))).toEqual([]);
  });
});

describe('catalogue limits other than working days', () => {
  const catalogue: ProcedureCatalogue = buildCatalogue([
    { code: '2.000815', name: '', limit: { amount: 0, unit: 'same-day' } },
    { code: '1.000001', name: '', limit: { amount: 30, unit: 'calendar-days' } },
  ]);
  const record = (code: string, received: string, due: string): DossierRecord =>
    makeRecord({ procedureCode: code, procedure: '', received, due });
  const statutory = (r: DossierRecord) =>
    check(r, { procedures: catalogue }).filter(
      (x) => x.kind === 'due-date-extended' || x.kind === 'due-date-too-short',
    );

  it('a same-day procedure received on Friday and due on Monday is not extended (received after the cut-off)', () => {
    expect(statutory(record('2.000815', '2024-03-15', '2024-03-15'))).toEqual([]);
    expect(statutory(record('2.000815', '2024-03-15', '2024-03-18'))).toEqual([]);
  });

  it('due on Tuesday it is extended, the args naming the unit', () => {
    expect(statutory(record('2.000815', '2024-03-15', '2024-03-19'))).toEqual([
      {
        kind: 'due-date-extended',
        args: { due: '2024-03-19', statutoryDays: 0, statutoryDue: '2024-03-18', statutoryUnit: 'same-day' },
      },
    ]);
  });

  it('with --cutoff 15:00, a same-day procedure received Tue 12/3 at 16:00 and due Wed 13/3 is not extended', () => {
    const late = { ...record('2.000815', '2024-03-12', '2024-03-13'), receivedMinute: 16 * 60 };
    expect(check(late, { procedures: catalogue, receiptCutoff: 15 * 60 }).map((x) => x.kind)).toEqual([]);
    // Received at 9:10 it is due the same day: due the next day it is extended.
    const early = { ...late, receivedMinute: 9 * 60 + 10 };
    expect(statutory(early)).toEqual([]); // no cut-off: the next working day is allowed
    expect(
      check(early, { procedures: catalogue, receiptCutoff: 15 * 60 }).filter((x) => x.kind === 'due-date-extended'),
    ).toEqual([
      {
        kind: 'due-date-extended',
        args: { due: '2024-03-13', statutoryDays: 0, statutoryDue: '2024-03-12', statutoryUnit: 'same-day' },
      },
    ]);
  });

  it('args say which day the limit was counted from when the cut-off moved it', () => {
    // 30 calendar days counted from Mon 18/3 (received Fri 15/3 at 15:00): Wed 17/4; due Mon 15/4 is too short.
    const r = { ...record('1.000001', '2024-03-15', '2024-04-15'), receivedMinute: 15 * 60 };
    expect(
      check(r, { procedures: catalogue, receiptCutoff: 15 * 60 }).filter((x) => x.kind !== 'due-on-day-off'),
    ).toEqual([
      {
        kind: 'due-date-too-short',
        args: {
          due: '2024-04-15',
          statutoryDays: 30,
          statutoryDue: '2024-04-17',
          statutoryUnit: 'calendar-days',
          countedFrom: '2024-03-18',
        },
      },
    ]);
  });

  it('30 calendar days from Fri 15/3/2024 end Mon 15/4 (Sun 14/4 moved): 30 working days would be too long', () => {
    expect(statutory(record('1.000001', '2024-03-15', '2024-04-15'))).toEqual([]);
    expect(statutory(record('1.000001', '2024-03-15', '2024-04-26')).map((x) => x.kind)).toEqual(['due-date-extended']);
  });
});
