/**
 * The engine's audit of compact stores, a slice of codes at a time (engine/audit.ts), gives the very
 * report — and evidence list — that the core's audit of all the records held in arrays gives
 * (`auditDossiers`): on random records with duplicate and unmatched codes, several files per source,
 * unit spellings that fold alike, withdrawn statuses, stated labels, apologies, supplements, bad dates,
 * periods and procedure catalogues; in tiny slices, and split in two halves merged (as two threads do).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/working-days.js';
import { compareEvidence, listEvidence } from '../../src/core/evidence.js';
import { emptyFormTally, FORM_ROWS, type FormTally, tallyForm } from '../../src/core/form.js';
import { buildFormReport } from '../../src/core/form-report.js';
import { PERIOD_BYS, periodEnd } from '../../src/core/period.js';
import { buildCatalogue } from '../../src/core/procedures.js';
import { auditDossiers, type AuditOptions } from '../../src/core/reconcile.js';
import { buildReport, type FileFacts, type ReportContext } from '../../src/core/report.js';
import { chooseUnitNames, tallyDossiers, tallyFinding, type UnitTally } from '../../src/core/summarise.js';
import type { DossierRecord, Source } from '../../src/core/types.js';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { auditSlices } from '../../src/engine/audit.js';
import { emptyAudit, mergeResults } from '../../src/engine/audit-threads.js';
import { chooseStoreUnitNames, latestEventDay, sliceStores } from '../../src/engine/slices.js';
import { SLICE_FILES, day, makeRecord, storesOf } from '../core/make-record.js';

const FILES = SLICE_FILES;
const UNITS = ['UBND xã An Bình', 'UBND XÃ AN BÌNH', 'Ubnd xa An Binh', 'UBND xã Bình Minh', ''];
const BASE = day('2024-03-01');

const recordArb = (source: Source): fc.Arbitrary<DossierRecord> =>
  fc
    .record({
      file: fc.constantFrom(...FILES[source]),
      code: fc.integer({ min: 1, max: 30 }),
      typed: fc.boolean(),
      unit: fc.constantFrom(...UNITS),
      received: fc.integer({ min: 0, max: 40 }),
      dueIn: fc.integer({ min: -2, max: 15 }),
      doneIn: fc.option(fc.integer({ min: -3, max: 25 }), { nil: null }),
      returnedLater: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      statusKind: fc.constantFrom(null, null, 'returned', 'resolved', 'withdrawn', 'rejected', 'processing'),
      labelClass: fc.constantFrom(null, null, null, 'late', 'on-time', 'before-deadline'),
      apology: fc.constantFrom(null, true, false),
      apologyIn: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      newIn: fc.option(fc.integer({ min: 5, max: 30 }), { nil: null }),
      reason: fc.constantFrom(null, '', 'thiếu giấy tờ'),
      procedureCode: fc.constantFrom('', '1.000948.H38', '2.000815'),
      field: fc.constantFrom('', 'Hộ tịch', 'HỘ TỊCH', 'Chứng thực'),
      channel: fc.constantFrom(null, 'online', 'direct', 'postal', 'online-full'),
      supplement: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { nil: null }),
      count: fc.constantFrom(null, 1, 2),
      newDateCount: fc.constantFrom(null, 1, 3),
      minute: fc.constantFrom(null, 8 * 60, 15 * 60, 16 * 60 + 20),
      bad: fc.boolean(),
    })
    .map((g) => {
      const code = `H56-2403-${String(g.code).padStart(4, '0')}`;
      const received = BASE + g.received;
      const done = g.doneIn === null ? null : received + g.doneIn;
      return {
        ...makeRecord({ source, file: g.file, code, unit: g.unit }),
        rawCode: g.typed ? code.toLowerCase() : code,
        received,
        receivedMinute: g.minute,
        due: received + g.dueIn,
        completed: done,
        returned: done === null || g.returnedLater === null ? null : done + g.returnedLater,
        statusKind: g.statusKind as DossierRecord['statusKind'],
        labelClass: g.labelClass as DossierRecord['labelClass'],
        statusLabel: g.statusKind ?? g.labelClass ?? '',
        apology: g.apology,
        apologyDate: g.apologyIn === null ? null : received + g.apologyIn,
        newDate: g.newIn === null ? null : received + g.newIn,
        reason: g.reason,
        procedureCode: g.procedureCode,
        field: g.field,
        channel: g.channel as DossierRecord['channel'],
        supplementRequested: g.supplement === null ? null : received + g.supplement[0],
        supplementReturned: g.supplement === null ? null : received + g.supplement[0] + g.supplement[1],
        supplementCount: g.count,
        newDateCount: g.newDateCount,
        badDates: g.bad ? { newDate: 'ngày mai' } : {},
      };
    });

const caseArb = fc.record({
  electronic: fc.array(recordArb('electronic'), { maxLength: 60 }),
  paper: fc.array(recordArb('paper'), { maxLength: 60 }),
  asOf: fc.integer({ min: 0, max: 60 }),
  from: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  to: fc.option(fc.integer({ min: 20, max: 45 }), { nil: null }),
  resultDate: fc.constantFrom('auto', 'completed', 'returned'),
  apologyKnown: fc.boolean(),
  matchSources: fc.boolean(),
  periodBy: fc.constantFrom(...PERIOD_BYS),
  apologyLeadDays: fc.integer({ min: 0, max: 3 }),
  form: fc.constantFrom(null, ...FORM_ROWS),
  procedures: fc.boolean(),
  receiptCutoff: fc.constantFrom(null, 15 * 60),
  perSlice: fc.integer({ min: 1, max: 12 }),
  kept: fc.subarray([...FINDING_KINDS]),
});

/** Lines in file order, as a reader numbers them. */
function numbered(records: DossierRecord[]): DossierRecord[] {
  const next = new Map<string, number>();
  return records.map((r) => {
    const line = (next.get(r.file) ?? 1) + 1;
    next.set(r.file, line);
    return { ...r, line };
  });
}

function factsOf(records: { electronic: DossierRecord[]; paper: DossierRecord[] }): FileFacts[] {
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
        hasApology: source === 'paper',
        hasReason: true,
        hasNewDate: true,
        unknownStatus: new Map<string, number>(),
      };
    }),
  );
}

describe('the engine over stores = auditDossiers over arrays', () => {
  it('gives the same report and evidence list', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const records = { electronic: numbered(c.electronic), paper: numbered(c.paper) };
        const options: AuditOptions = {
          asOf: BASE + c.asOf,
          from: c.from === null ? null : BASE + c.from,
          to: c.to === null ? null : BASE + c.to,
          periodBy: c.periodBy,
          form: c.form === null ? null : { rows: c.form },
          resultDate: c.resultDate as AuditOptions['resultDate'],
          apologyKnown: c.apologyKnown,
          apologyLeadDays: c.apologyLeadDays,
          matchSources: c.matchSources,
          calendar: buildCalendar(),
          procedures: c.procedures
            ? buildCatalogue([
                { code: '1.000948.H38', name: 'Đăng ký khai sinh', limit: { amount: 5, unit: 'working-days' } },
              ])
            : null,
          receiptCutoff: c.receiptCutoff,
          select: { units: [], procedures: [] },
        };
        const ctx: ReportContext = {
          command: c.matchSources ? 'reconcile' : 'stats',
          asOf: options.asOf,
          asOfSource: 'option',
          from: options.from,
          to: options.to,
          resultDate: options.resultDate,
          sources: c.matchSources ? ['electronic', 'paper'] : ['electronic'],
          denominator: 'qd766',
          proceduresGiven: c.procedures,
          calendarVersion: 'test',
          computedYears: [],
        };
        const whole = auditDossiers(records, options);
        const names = chooseUnitNames([...records.electronic, ...records.paper]);
        const tally: UnitTally = new Map();
        tallyDossiers(tally, whole.dossiers);
        for (const f of whole.findings) tallyFinding(tally, f);
        const expected = buildReport(factsOf(records), { ...whole, tally }, names, ctx);
        const expectedEvidence = listEvidence(whole.dossiers, names);
        // The form, tallied a dossier at a time over the arrays; reported alike whatever holds the tally.
        const formOf = (t: FormTally | null) =>
          t === null
            ? null
            : buildFormReport(t, {
                form: '06a',
                command: ctx.command,
                rowsBy: c.form ?? 'field',
                periodBy: c.periodBy,
                from: options.from,
                end: periodEnd(options),
                resultDate: options.resultDate,
                decimals: 2,
                sources: ctx.sources,
              });
        let expectedForm: FormTally | null = null;
        if (options.form !== null) {
          expectedForm = emptyFormTally();
          for (const d of whole.dossiers) tallyForm(expectedForm, d, options, options.form);
        }

        const stores = storesOf(records);
        const unitNames = chooseStoreUnitNames(stores);
        expect(unitNames).toEqual(names);
        const slicing = sliceStores(stores, c.perSlice);
        const all = auditSlices(stores, slicing, 0, 1, options, unitNames);
        expect(buildReport(factsOf(records), all, unitNames, ctx)).toEqual(expected);
        expect(all.evidence.sort(compareEvidence)).toEqual(expectedEvidence);
        expect(formOf(all.form)).toEqual(formOf(expectedForm));

        // Two halves, as two threads audit them, merged.
        const merged = emptyAudit();
        for (const first of [0, 1])
          mergeResults(merged, auditSlices(stores, slicing, first, 2, options, unitNames), []);
        expect(buildReport(factsOf(records), merged, unitNames, ctx)).toEqual(expected);
        expect(merged.evidence.sort(compareEvidence)).toEqual(expectedEvidence);
        expect(formOf(merged.form)).toEqual(formOf(expectedForm));

        // Asking for the evidence list changes nothing else: every dossier is judged the one way.
        const without = auditSlices(stores, slicing, 0, 1, options, null);
        expect(without.evidence).toEqual([]);
        expect(buildReport(factsOf(records), without, unitNames, ctx)).toEqual(expected);

        // Keeping some kinds' findings as objects: those, in the report's order; every kind still counted.
        const kept = new Set(c.kept);
        const some = auditSlices(stores, slicing, 0, 1, options, null, null, null, kept);
        expect(buildReport(factsOf(records), some, unitNames, ctx)).toEqual({
          ...expected,
          findings: expected.findings.filter((f) => kept.has(f.kind)),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the latest event day as the command does from records', () => {
    const records = {
      electronic: [makeRecord({ received: '2024-03-01', completed: '2024-04-02' })],
      paper: [
        makeRecord({ source: 'paper', received: '2024-03-03', returned: '2024-04-05' }),
        makeRecord({ source: 'paper', code: 'B', received: '2024-04-07' }),
      ],
    };
    const stores = storesOf({
      electronic: records.electronic.map((r) => ({ ...r, file: 'e1.csv' })),
      paper: records.paper.map((r) => ({ ...r, file: 'p.csv' })),
    });
    expect(latestEventDay(stores)).toBe(day('2024-04-07'));
    expect(latestEventDay({ electronic: [], paper: [] })).toBe(-Infinity);
  });
});
