/**
 * The shortcut for quiet dossiers (quiet-dossiers.ts) gives the very report the full audit gives, on
 * random matched pairs that mostly agree — with late and overdue dossiers, apologies, withdrawn
 * statuses, stated labels, supplements, new dates, units spelt differently, receipt, due and result
 * days that differ, duplicate and unmatched codes, periods — and it does take the shortcut. When the
 * audit says something the shortcut does not expect (here: an audit with an extra check), the
 * shortcut notices and the result is the full audit's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditSlices, sliceStores } from '../../src/core/audit-chunks.js';
import { buildCalendar } from '../../src/core/calendar/working-days.js';
import { QUIET_CHECKS, auditSlicesQuietly } from '../../src/core/quiet-dossiers.js';
import { auditDossiers, type AuditOptions, type AuditResult } from '../../src/core/reconcile.js';
import { buildReport, type FileFacts, type ReportContext } from '../../src/core/report.js';
import { chooseUnitNames } from '../../src/core/summarise.js';
import type { DossierRecord } from '../../src/core/types.js';
import { SLICE_FILES, day, makeRecord, storesOf } from './make-record.js';

const BASE = day('2024-03-01');
const FILES = SLICE_FILES;

/** One dossier's records: a pair that agrees, unless the twists say otherwise. */
const dossierArb = (n: number) =>
  fc
    .record({
      received: fc.integer({ min: 0, max: 40 }),
      dueIn: fc.integer({ min: 0, max: 14 }),
      doneIn: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
      unit: fc.constantFrom('UBND xã An Bình', 'UBND XÃ AN BÌNH', 'Ubnd xa An Binh', 'UBND xã Bình Minh', ''),
      status: fc.constantFrom(null, 'returned', 'resolved', 'processing'),
      eApology: fc.constantFrom(null, true, false),
      pApology: fc.constantFrom(null, true, false),
      twist: fc.constantFrom(
        'none',
        'none',
        'none',
        'none',
        'none',
        'paper-late',
        'received',
        'due',
        'unit',
        'withdrawn',
        'label',
        'supplement',
        'new-date',
        'bad-date',
        'duplicate',
        'only-e',
        'only-p',
        'result',
        'e-file-2',
      ),
    })
    .map((g): { electronic: DossierRecord[]; paper: DossierRecord[] } => {
      const code = `H56-2403-${String(n).padStart(5, '0')}`;
      const received = BASE + g.received;
      const done = g.doneIn === null ? null : received + g.doneIn;
      const base = {
        code,
        unit: g.unit,
        statusKind: g.status as DossierRecord['statusKind'],
        statusLabel: g.status ?? '',
      };
      const e: DossierRecord = {
        ...makeRecord({
          ...base,
          source: 'electronic',
          file: g.twist === 'e-file-2' ? 'e2.csv' : 'e1.csv',
          apology: g.eApology,
        }),
        received,
        due: received + g.dueIn,
        completed: done,
        returned: done,
        line: n + 2,
      };
      const p: DossierRecord = {
        ...makeRecord({ ...base, source: 'paper', file: 'p.csv', apology: g.pApology }),
        received,
        due: received + g.dueIn,
        completed: null,
        returned: done,
        line: n + 2,
      };
      switch (g.twist) {
        case 'paper-late':
          p.returned = e.due + 3;
          break;
        case 'received':
          p.received += 1;
          break;
        case 'due':
          p.due += 2;
          break;
        case 'unit':
          p.unit = 'Sở Tư pháp';
          break;
        case 'withdrawn':
          e.statusKind = 'withdrawn';
          break;
        case 'label':
          e.labelClass = 'on-time';
          break;
        case 'supplement':
          e.supplementRequested = received;
          e.supplementReturned = received + 2;
          break;
        case 'new-date':
          p.newDate = received + 5;
          break;
        case 'bad-date':
          p.badDates = { returned: 'x' };
          break;
        case 'result':
          e.completed = done === null ? null : done - 1;
          break;
        case 'duplicate':
          return { electronic: [e, { ...e, line: n + 100_000 }], paper: [p] };
        case 'only-e':
          return { electronic: [e], paper: [] };
        case 'only-p':
          return { electronic: [], paper: [p] };
      }
      return { electronic: [e], paper: [p] };
    });

const caseArb = fc.record({
  dossiers: fc
    .integer({ min: 1, max: 120 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dossierArb(i)))),
  asOf: fc.integer({ min: 10, max: 60 }),
  from: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  apologyKnown: fc.boolean(),
  resultDate: fc.constantFrom('auto', 'completed', 'returned'),
  perSlice: fc.integer({ min: 4, max: 64 }),
});

function facts(records: { electronic: DossierRecord[]; paper: DossierRecord[] }, withRecords: boolean): FileFacts[] {
  return (['electronic', 'paper'] as const).flatMap((source) =>
    FILES[source].map((file) => {
      const mine = records[source].filter((r) => r.file === file);
      return {
        file,
        source,
        rowsRead: mine.length,
        rowsRejected: 0,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        records: withRecords ? mine : [],
        hasApology: true,
        hasReason: false,
        hasNewDate: true,
        unknownStatus: new Map<string, number>(),
      };
    }),
  );
}

const ctxOf = (o: AuditOptions): ReportContext => ({
  command: 'reconcile',
  asOf: o.asOf,
  asOfSource: 'option',
  from: o.from,
  to: o.to,
  resultDate: o.resultDate,
  sources: ['electronic', 'paper'],
  denominator: 'qd766',
  proceduresGiven: false,
  calendarVersion: 'test',
  computedYears: [],
});

/** An audit with one check more than the shortcut knows: a finding on every dossier received on a Friday. */
function auditWithNewCheck(
  records: { electronic: DossierRecord[]; paper: DossierRecord[] },
  o: AuditOptions,
): AuditResult {
  const result = auditDossiers(records, o);
  for (const d of result.dossiers) {
    const r = (d.electronic ?? d.paper)!.record;
    if ((r.received + 3) % 7 === 4)
      result.findings.push({
        kind: 'invalid-dates',
        code: r.rawCode,
        unit: d.unitKey,
        electronic: null,
        paper: null,
        args: { source: 'electronic', problems: 'friday' },
      });
  }
  return result;
}

describe('auditSlicesQuietly', () => {
  it('gives the full audit’s report, taking the shortcut for quiet dossiers', () => {
    let shortcutTaken = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const records = {
          electronic: c.dossiers.flatMap((d) => d.electronic),
          paper: c.dossiers.flatMap((d) => d.paper),
        };
        const o: AuditOptions = {
          asOf: BASE + c.asOf,
          from: c.from === null ? null : BASE + c.from,
          to: null,
          resultDate: c.resultDate as AuditOptions['resultDate'],
          apologyKnown: c.apologyKnown,
          matchSources: true,
          calendar: buildCalendar(),
          procedures: null,
        };
        const expected = buildReport(facts(records, true), auditDossiers(records, o), ctxOf(o));
        const stores = storesOf(records);
        const unitNames = chooseUnitNames([...records.electronic, ...records.paper]);
        const slicing = sliceStores(stores, c.perSlice);
        let audited = 0;
        // Without the running checks, to see the shortcut taken; then with them (the same result).
        const unchecked = auditSlicesQuietly(
          stores,
          slicing,
          0,
          1,
          o,
          (set) => {
            audited += set.electronic.length + set.paper.length;
            return auditDossiers(set, o);
          },
          undefined,
          { first: 0, every: Number.MAX_SAFE_INTEGER },
        );
        if (audited < records.electronic.length + records.paper.length) shortcutTaken++;
        const checked = auditSlicesQuietly(stores, slicing, 0, 1, o, (set) => auditDossiers(set, o));
        for (const got of [unchecked, checked]) {
          expect(
            buildReport(
              facts(records, false),
              { dossiers: [], findings: got.findings, outsidePeriodByFile: got.outsidePeriodByFile },
              ctxOf(o),
              { unitNames, tally: got.tally },
            ),
          ).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
    expect(shortcutTaken).toBeGreaterThan(100);
  });

  it('notices an audit with a check it does not know, and gives that audit’s result', () => {
    const records = { electronic: [] as DossierRecord[], paper: [] as DossierRecord[] };
    for (let n = 0; n < QUIET_CHECKS.first * 3; n++) {
      const code = `Q-${n}`;
      const received = BASE + (n % 28);
      const e = {
        ...makeRecord({ code, file: 'e1.csv', line: n + 2 }),
        received,
        due: received + 5,
        completed: received + 2,
        returned: received + 2,
      };
      records.electronic.push(e);
      records.paper.push({ ...e, source: 'paper', file: 'p.csv', completed: null });
    }
    const o: AuditOptions = {
      asOf: BASE + 60,
      from: null,
      to: null,
      resultDate: 'auto',
      apologyKnown: false,
      matchSources: true,
      calendar: buildCalendar(),
      procedures: null,
    };
    const audit = (set: { electronic: DossierRecord[]; paper: DossierRecord[] }): AuditResult =>
      auditWithNewCheck(set, o);
    const stores = storesOf(records);
    const slicing = sliceStores(stores, 50);
    const quiet = auditSlicesQuietly(stores, slicing, 0, 1, o, audit);
    const full = auditSlices(stores, slicing, 0, 1, audit);
    expect(quiet.findings.length).toBeGreaterThan(0);
    expect(quiet).toEqual(full);
  });
});
