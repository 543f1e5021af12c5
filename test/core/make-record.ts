/**
 * Test helper: a `DossierRecord` from the few fields a test cares about. Dates are written as
 * `yyyy-mm-dd` and turned into day numbers with `dayOf`; every other field gets a neutral default
 * (no result, no status, no apology column, no reason column, no bad dates).
 */
import { dayOf, type Day } from '../../src/core/day.js';
import type { StoreSet } from '../../src/engine/slices.js';
import { RecordStore } from '../../src/engine/store.js';
import type { DossierRecord, Source } from '../../src/core/types.js';
import { buildCalendar } from '../../src/core/calendar/working-days.js';
import type { AuditOptions } from '../../src/core/reconcile.js';

/** Day number of `yyyy-mm-dd`; throws on a malformed or impossible date so a typo cannot pass. */
export function day(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (d === null) throw new Error(`bad test date ${JSON.stringify(iso)}`);
  return d;
}

type DateField = 'received' | 'due' | 'completed' | 'returned' | 'newDate';

/** Fields a test may give: dates as `yyyy-mm-dd` (or null), everything else as in the record. */
export type RecordSpec = Partial<Omit<DossierRecord, DateField>> & {
  received?: string;
  due?: string;
  completed?: string | null;
  returned?: string | null;
  newDate?: string | null;
};

export const DEFAULT_RECEIVED = '2024-03-01';
export const DEFAULT_DUE = '2024-03-15';

const optionalDay = (iso: string | null | undefined): Day | null =>
  iso === null || iso === undefined ? null : day(iso);

/**
 * A record of source `electronic` (unless given), code `H56-240301-0001`, unit `UBND xã An Bình`,
 * received 2024-03-01, due 2024-03-15 (a Friday), unresolved. `rawCode` defaults to `code`, `file` to
 * `<source>.csv`.
 */
export function makeRecord(spec: RecordSpec = {}): DossierRecord {
  const { received, due, completed, returned, newDate, ...rest } = spec;
  const source = rest.source ?? 'electronic';
  const code = rest.code ?? 'H56-240301-0001';
  const defaults: DossierRecord = {
    source,
    code,
    rawCode: code,
    unit: 'UBND xã An Bình',
    procedure: 'Chứng thực bản sao',
    received: day(received ?? DEFAULT_RECEIVED),
    receivedMinute: null,
    due: day(due ?? DEFAULT_DUE),
    completed: optionalDay(completed),
    returned: optionalDay(returned),
    statusKind: null,
    labelClass: null,
    statusLabel: '',
    apology: null,
    apologyDate: null,
    newDate: optionalDay(newDate),
    reason: null,
    procedureCode: '',
    field: '',
    channel: null,
    supplementRequested: null,
    supplementReturned: null,
    supplementCount: null,
    newDateCount: null,
    badDates: {},
    file: `${source}.csv`,
    line: 2,
  };
  return { ...defaults, ...rest };
}

/** One built-in calendar for every test (it resolves years lazily and caches them). */
export const TEST_CALENDAR = buildCalendar();

/** Audit options for core tests: as of 2024-03-31, no period, result date `auto`, two sources, no catalogue. */
export function auditOptions(over: Partial<AuditOptions> = {}): AuditOptions {
  return {
    asOf: day('2024-03-31'),
    from: null,
    to: null,
    periodBy: 'received',
    resultDate: 'auto',
    apologyKnown: false,
    apologyLeadDays: 1,
    matchSources: true,
    calendar: TEST_CALENDAR,
    procedures: null,
    receiptCutoff: null,
    form: null,
    select: { units: [], procedures: [] },
    ...over,
  };
}

/** The input files of the sliced-audit tests: two electronic exports and one register. */
export const SLICE_FILES: Readonly<Record<Source, readonly string[]>> = {
  electronic: ['e1.csv', 'e2.csv'],
  paper: ['p.csv'],
};

/** Compact stores, one per file of `SLICE_FILES`, holding each file's records. */
export function storesOf(records: { electronic: DossierRecord[]; paper: DossierRecord[] }): StoreSet {
  const set = { electronic: [] as RecordStore[], paper: [] as RecordStore[] };
  for (const source of ['electronic', 'paper'] as const) {
    for (const file of SLICE_FILES[source]) {
      const store = new RecordStore(source, file);
      for (const r of records[source]) if (r.file === file) store.add(r);
      set[source].push(store);
    }
  }
  return set;
}
