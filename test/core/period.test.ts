/** Which dossiers a period holds (`--period-by`), worked by hand on a period of March 2024. */
import { describe, expect, it } from 'vitest';
import { inPeriod, periodEnd } from '../../src/core/period.js';
import { auditOptions, day, makeRecord } from './make-record.js';

const MARCH = { from: day('2024-03-01'), to: day('2024-03-31'), asOf: day('2024-03-31') };
const rec = (received: string, completed: string | null, statusKind: 'withdrawn' | null = null) =>
  makeRecord({ received, due: '2024-03-20', completed, statusKind });

describe('inPeriod', () => {
  const cases: [string, ReturnType<typeof rec>, boolean, boolean, boolean][] = [
    // what                                   record                                  received resolved activity
    ['received and resolved in March', rec('2024-03-04', '2024-03-10'), true, true, true],
    ['received in February, resolved in March', rec('2024-02-20', '2024-03-05'), false, true, true],
    ['received in February, resolved in February', rec('2024-02-20', '2024-02-28'), false, false, false],
    ['received in February, still open', rec('2024-02-20', null), false, false, true],
    ['received in March, resolved in April', rec('2024-03-25', '2024-04-02'), true, false, true],
    ['received in April', rec('2024-04-01', null), false, false, false],
    ['withdrawn in March with no date', rec('2024-03-10', null, 'withdrawn'), true, false, true],
    ['withdrawn with no date, received in February', rec('2024-02-10', null, 'withdrawn'), false, false, false],
  ];
  it.each(cases)('%s', (_, r, received, resolved, activity) => {
    expect(inPeriod(r, auditOptions({ ...MARCH, periodBy: 'received' }))).toBe(received);
    expect(inPeriod(r, auditOptions({ ...MARCH, periodBy: 'resolved' }))).toBe(resolved);
    expect(inPeriod(r, auditOptions({ ...MARCH, periodBy: 'activity' }))).toBe(activity);
  });

  it('knows nothing after the as-of date: the period ends there', () => {
    const opts = auditOptions({ ...MARCH, asOf: day('2024-03-15'), periodBy: 'resolved' });
    expect(periodEnd(opts)).toBe(day('2024-03-15'));
    expect(inPeriod(rec('2024-03-01', '2024-03-20'), opts)).toBe(false);
    expect(inPeriod(rec('2024-03-16', null), { ...opts, periodBy: 'activity' })).toBe(false);
  });
});
