/**
 * `--by` (core/by-period.ts): a dossier's period key, and the per-period rows of each unit and of the
 * total, figured by the unit's own rule (summarise.ts) from the tally the engine keeps per unit and
 * period (engine/audit.ts) — in one thread and in two halves merged. Figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dossierPeriodKey, periodKeyOf } from '../../src/core/by-period.js';
import { buildReport, type FileFacts, type ReportContext } from '../../src/core/report.js';
import type { DossierRecord } from '../../src/core/types.js';
import { auditSlices } from '../../src/engine/audit.js';
import { emptyAudit, mergeResults } from '../../src/engine/audit-threads.js';
import { chooseStoreUnitNames, sliceStores } from '../../src/engine/slices.js';
import { auditOptions, day, makeRecord, type RecordSpec, storesOf } from './make-record.js';

describe('periodKeyOf', () => {
  it('names the month, quarter and year of a day, in an order that sorts as text', () => {
    expect(['month', 'quarter', 'year'].map((by) => periodKeyOf(day('2024-03-31'), by as 'month'))).toEqual([
      '2024-03',
      '2024-Q1',
      '2024',
    ]);
    expect(periodKeyOf(day('2024-04-01'), 'quarter')).toBe('2024-Q2');
    expect(periodKeyOf(day('2024-12-31'), 'quarter')).toBe('2024-Q4');
    expect(periodKeyOf(day('2025-01-01'), 'month')).toBe('2025-01');
  });
});

describe('dossierPeriodKey', () => {
  const record = makeRecord({ received: '2024-03-28', due: '2024-04-05', completed: '2024-04-02' });
  const d = { electronic: { record } as never, paper: null };
  it('takes the receipt day by default (and with --period-by activity)', () => {
    expect(dossierPeriodKey(d, { periodBy: 'received', resultDate: 'auto' }, 'month')).toBe('2024-03');
    expect(dossierPeriodKey(d, { periodBy: 'activity', resultDate: 'auto' }, 'month')).toBe('2024-03');
  });
  it('takes the result day with --period-by resolved', () => {
    expect(dossierPeriodKey(d, { periodBy: 'resolved', resultDate: 'auto' }, 'month')).toBe('2024-04');
  });
});

// Unit "UBND xã An Bình": three dossiers received in March (before, on time, late) and one in April
// (before on the electronic side, late on paper: masked lateness). As of 2024-04-30.
const A = 'UBND xã An Bình';
const e = (n: number, spec: RecordSpec): DossierRecord =>
  makeRecord({ source: 'electronic', file: 'e1.csv', code: `H56-2403-000${n}`, unit: A, ...spec });
const RECORDS = {
  electronic: [
    e(1, { received: '2024-03-01', due: '2024-03-15', completed: '2024-03-10' }),
    e(2, { received: '2024-03-01', due: '2024-03-15', completed: '2024-03-15' }),
    e(3, { received: '2024-03-01', due: '2024-03-15', completed: '2024-03-20' }),
    e(4, { received: '2024-04-01', due: '2024-04-10', completed: '2024-04-05' }),
  ],
  paper: [
    makeRecord({
      source: 'paper',
      file: 'p.csv',
      code: 'H56-2403-0004',
      unit: A,
      received: '2024-04-01',
      due: '2024-04-10',
      returned: '2024-04-12',
    }),
  ],
};
const FACTS: FileFacts[] = [];
const CTX: ReportContext = {
  command: 'reconcile',
  asOf: day('2024-04-30'),
  asOfSource: 'option',
  from: null,
  to: null,
  resultDate: 'auto',
  sources: ['electronic', 'paper'],
  denominator: 'resolved',
  proceduresGiven: false,
  calendarVersion: 'test',
  computedYears: [],
};

function reportBy(by: 'month' | null, halves: boolean) {
  const options = auditOptions({ asOf: day('2024-04-30'), by });
  const stores = storesOf(RECORDS);
  const names = chooseStoreUnitNames(stores);
  const slicing = sliceStores(stores, 1);
  const merged = emptyAudit();
  for (const first of halves ? [0, 1] : [0])
    mergeResults(merged, auditSlices(stores, slicing, first, halves ? 2 : 1, options, null), []);
  return buildReport(FACTS, merged, names, { ...CTX, by });
}

describe('per-period rows (--by)', () => {
  it('counts each dossier in the month it was received, with rates by the unit rule', () => {
    const report = reportBy('month', false);
    expect(report.by).toBe('month');
    const unit = report.units[0]!;
    expect(unit.unit).toBe(A);
    expect(unit.electronic).toMatchObject({ received: 4, resolved: 4, rates: { beforeDeadline: 50, onTime: 25 } });
    expect(unit.byPeriod!.map((p) => p.period)).toEqual(['2024-03', '2024-04']);
    const [march, april] = unit.byPeriod!;
    expect(march!.electronic).toMatchObject({
      received: 3,
      resolved: 3,
      beforeDeadline: 1,
      onTime: 1,
      late: 1,
      rates: { beforeDeadline: 33.33, onTime: 33.33, late: 33.33 },
    });
    expect(march!.paper).toMatchObject({ received: 0, rates: { late: null } });
    expect(april!.electronic).toMatchObject({ received: 1, rates: { beforeDeadline: 100, onTime: 0, late: 0 } });
    expect(april!.paper).toMatchObject({ received: 1, late: 1, rates: { late: 100 } });
    // The findings follow their dossier: the masked lateness is April's, the missing paper rows March's.
    expect(april!.findingCounts['masked-late']).toBe(1);
    expect(march!.findingCounts['masked-late']).toBe(0);
    expect(march!.findingCounts['missing-in-paper']).toBe(3);
    expect(unit.findingCounts['missing-in-paper']).toBe(3);
    // One unit: the total's rows are the unit's.
    expect(report.total.byPeriod).toEqual(unit.byPeriod);
  });

  it('gives the same rows when two threads audit half of the slices each', () => {
    expect(reportBy('month', true)).toEqual(reportBy('month', false));
  });

  it('adds nothing without --by: no `by`, no `byPeriod`', () => {
    const report = reportBy(null, false);
    expect('by' in report).toBe(false);
    expect('byPeriod' in report.units[0]!).toBe(false);
    expect('byPeriod' in report.total).toBe(false);
  });
});
