/**
 * The report model: accounting per file, unit display names, skipped checks, notes,
 * and that the order of the input rows never changes the report.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditDossiers, type AuditOptions } from '../../src/core/reconcile.js';
import { buildReport, type FileFacts, type ReportContext } from '../../src/core/report.js';
import { chooseUnitNames, tallyDossiers, tallyFinding, type UnitTally } from '../../src/core/summarise.js';
import type { DossierRecord, Source } from '../../src/core/types.js';
import { auditOptions, day, makeRecord, type RecordSpec } from './make-record.js';

function options(over: Partial<AuditOptions> = {}): AuditOptions {
  return auditOptions(over);
}

function context(over: Partial<ReportContext> = {}): ReportContext {
  return {
    command: 'reconcile',
    asOf: day('2024-03-31'),
    asOfSource: 'option',
    from: null,
    to: null,
    resultDate: 'auto',
    sources: ['electronic', 'paper'],
    denominator: 'resolved',
    proceduresGiven: false,
    calendarVersion: 'test',
    computedYears: [],
    ...over,
  } as ReportContext;
}

function facts(file: string, source: Source, records: DossierRecord[], over: Partial<FileFacts> = {}): FileFacts {
  return {
    file,
    source,
    rowsRead: records.length,
    rowsRejected: 0,
    encoding: 'utf-8',
    delimiter: ',',
    headerLine: 1,
    hasApology: false,
    hasReason: false,
    hasNewDate: false,
    unknownStatus: new Map(),
    ...over,
  } as FileFacts;
}

const e = (spec: RecordSpec = {}): DossierRecord => makeRecord({ source: 'electronic', file: 'igate.csv', ...spec });
const p = (spec: RecordSpec = {}): DossierRecord => makeRecord({ source: 'paper', file: 'so.csv', ...spec });

/** Audit and report two files in one go. */
function report(
  electronic: DossierRecord[],
  paper: DossierRecord[],
  opts: Partial<AuditOptions> = {},
  ctx: Partial<ReportContext> = {},
  eFacts: Partial<FileFacts> = {},
  pFacts: Partial<FileFacts> = {},
) {
  const result = auditDossiers({ electronic, paper }, options(opts));
  const tally: UnitTally = new Map();
  tallyDossiers(tally, result.dossiers);
  for (const f of result.findings) tallyFinding(tally, f);
  return buildReport(
    [facts('igate.csv', 'electronic', electronic, eFacts), facts('so.csv', 'paper', paper, pFacts)],
    { ...result, tally },
    chooseUnitNames([...electronic, ...paper]),
    context(ctx),
  );
}

describe('buildReport: header and accounting', () => {
  it('writes the as-of date and the period as yyyy-mm-dd', () => {
    const r = report(
      [],
      [],
      { from: day('2024-01-01'), to: day('2024-03-31') },
      { from: day('2024-01-01'), to: day('2024-03-31'), asOf: day('2024-04-02') },
    );
    expect(r.asOf).toBe('2024-04-02');
    expect(r.period).toEqual({ from: '2024-01-01', to: '2024-03-31', basis: 'received' });
    expect(report([], []).period).toEqual({ from: null, to: null, basis: 'received' });
  });

  it('accounts for every row of each file: read, used, rejected, outside the period', () => {
    const period = { from: day('2024-03-01'), to: day('2024-03-31'), asOf: day('2024-04-10') };
    const electronic = [
      e({ code: 'A' }),
      e({ code: 'B', received: '2024-02-20', due: '2024-03-05' }),
      e({ code: 'B', received: '2024-02-20', due: '2024-03-05', line: 3 }),
    ];
    const paper = [p({ code: 'A' }), p({ code: 'C', received: '2024-04-05', due: '2024-04-20' })];
    const r = report(electronic, paper, period, {}, { rowsRead: 5, rowsRejected: 2 }, {});
    expect(r.inputs).toEqual([
      {
        file: 'igate.csv',
        source: 'electronic',
        rowsRead: 5,
        rowsUsed: 3,
        rowsRejected: 2,
        rowsLayout: 0,
        rowsOutsidePeriod: 2,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
      },
      {
        file: 'so.csv',
        source: 'paper',
        rowsRead: 2,
        rowsUsed: 2,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 1,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
      },
    ]);
    // A paper register's layout rows are part of its rejected rows: carried to the input as they are.
    const withLayout = report(electronic, paper, period, {}, { rowsRead: 5, rowsRejected: 2, rowsLayout: 1 }, {});
    expect(withLayout.inputs[0]).toMatchObject({ rowsRead: 5, rowsUsed: 3, rowsRejected: 2, rowsLayout: 1 });
    // Only A is in the period: one dossier on each side.
    expect(r.total.electronic!.received).toBe(1);
    expect(r.total.paper!.received).toBe(1);
  });
});

describe('buildReport: units and findings', () => {
  const electronic = [
    e({ code: 'H56-2', unit: 'UBND xã Bình Minh', completed: '2024-03-14' }),
    e({ code: 'H56-1', unit: 'UBND xã An Bình', completed: '2024-03-14' }),
    e({ code: 'H56-3', unit: 'UBND XÃ AN BÌNH', line: 3 }),
  ];
  const paper = [
    p({ code: 'H56-2', unit: 'UBND xã Bình Minh', completed: '2024-03-18' }),
    p({ code: 'H56-1', unit: 'UBND xã An Bình', completed: '2024-03-18' }),
    p({ code: 'H56-4', unit: 'UBND xã An Bình', line: 4 }),
  ];

  it('shows units by their most frequent spelling and counts findings under them', () => {
    const r = report(electronic, paper);
    expect(r.units.map((u) => u.unit)).toEqual(['UBND xã An Bình', 'UBND xã Bình Minh']);
    const [an, binh] = r.units;
    // An Bình: H56-1 masked-late + completed-date-mismatch, H56-3 missing-in-paper, H56-4 missing-in-electronic.
    expect(an!.findingCounts).toMatchObject({
      'masked-late': 1,
      'completed-date-mismatch': 1,
      'missing-in-paper': 1,
      'missing-in-electronic': 1,
    });
    expect(binh!.findingCounts).toMatchObject({
      'masked-late': 1,
      'completed-date-mismatch': 1,
      'missing-in-paper': 0,
    });
    expect(an!.electronic!.received).toBe(2);
    expect(an!.paper!.received).toBe(2);
    expect(r.total.findingCounts['masked-late']).toBe(2);
  });

  it('lists findings with display unit names, by unit, then kind (most serious first), then code', () => {
    const r = report(electronic, paper);
    expect(r.findings.map((f) => [f.unit, f.kind, f.code])).toEqual([
      ['UBND xã An Bình', 'masked-late', 'H56-1'],
      ['UBND xã An Bình', 'missing-in-electronic', 'H56-4'],
      ['UBND xã An Bình', 'missing-in-paper', 'H56-3'],
      ['UBND xã An Bình', 'completed-date-mismatch', 'H56-1'],
      ['UBND xã Bình Minh', 'masked-late', 'H56-2'],
      ['UBND xã Bình Minh', 'completed-date-mismatch', 'H56-2'],
    ]);
  });
});

describe('buildReport: skipped checks and notes', () => {
  it('stats skips the kinds that need two sources; reconcile does not', () => {
    const stats = report([e()], [], { matchSources: false }, { command: 'stats', sources: ['electronic'] });
    const oneSource = stats.skippedChecks
      .filter((s) => s.reason === 'one-source')
      .map((s) => s.check)
      .sort();
    expect(oneSource).toEqual([
      'completed-date-mismatch',
      'due-date-mismatch',
      'masked-late',
      'missing-in-electronic',
      'missing-in-paper',
      'received-date-mismatch',
      'status-mismatch',
      'unit-mismatch',
    ]);
    expect(stats.total.paper).toBeNull();
    expect(report([e()], [p()]).skippedChecks.filter((s) => s.reason === 'one-source')).toEqual([]);
  });

  it('skips late-without-apology without an apology column, returned-without-reason without a reason column', () => {
    const none = report([e()], [p()]);
    expect(none.skippedChecks).toContainEqual({ check: 'late-without-apology', reason: 'no-apology-column' });
    expect(none.skippedChecks).toContainEqual({ check: 'returned-without-reason', reason: 'no-reason-column' });
    const paperHasBoth = report([e()], [p()], {}, {}, {}, { hasApology: true, hasReason: true });
    expect(paperHasBoth.skippedChecks.map((s) => s.check)).not.toContain('late-without-apology');
    expect(paperHasBoth.skippedChecks.map((s) => s.check)).not.toContain('returned-without-reason');
  });

  it('notes where the as-of date came from when it was not given', () => {
    expect(report([], [], {}, { asOfSource: 'option' }).notes.filter((n) => n.kind.startsWith('as-of'))).toEqual([]);
    expect(report([], [], {}, { asOfSource: 'to', asOf: day('2024-03-31') }).notes).toContainEqual({
      kind: 'as-of-from-to',
      date: '2024-03-31',
    });
    expect(report([], [], {}, { asOfSource: 'data', asOf: day('2024-03-28') }).notes).toContainEqual({
      kind: 'as-of-from-data',
      date: '2024-03-28',
    });
  });

  it('notes unknown status labels per file, most frequent first, then by label', () => {
    const unknownStatus = new Map([
      ['Đang chờ ký', 2],
      ['Chờ phê duyệt', 5],
      ['Chờ in', 2],
    ]);
    const r = report([e()], [p()], {}, {}, {}, { unknownStatus });
    expect(r.notes.filter((n) => n.kind === 'unknown-status')).toEqual([
      { kind: 'unknown-status', file: 'so.csv', label: 'Chờ phê duyệt', count: 5 },
      { kind: 'unknown-status', file: 'so.csv', label: 'Chờ in', count: 2 },
      { kind: 'unknown-status', file: 'so.csv', label: 'Đang chờ ký', count: 2 },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('property: the order of the rows never changes the report', () => {
  const BASE = day('2024-03-01');
  const arbRow = fc.record({
    electronic: fc.boolean(),
    code: fc.constantFrom('H56-1', 'H56-2', 'H56-3', 'H56-4'),
    unit: fc.constantFrom('UBND xã An Bình', 'UBND XÃ AN BÌNH', 'UBND xã Bình Minh', ''),
    received: fc.integer({ min: -2, max: 8 }),
    dueAfter: fc.integer({ min: -1, max: 10 }),
    completedAfter: fc.option(fc.integer({ min: -1, max: 20 }), { nil: null }),
    apology: fc.constantFrom(null, true, false),
    rejected: fc.boolean(),
  });

  it('shuffled electronic and paper rows give a deep-equal report', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 24 }).chain((rows) => {
          const records = rows.map((row, i): DossierRecord => {
            const source: Source = row.electronic ? 'electronic' : 'paper';
            const received = BASE + row.received;
            return {
              ...makeRecord({
                source,
                file: source === 'electronic' ? 'igate.csv' : 'so.csv',
                line: i + 2,
                code: row.code,
                rawCode: row.code.toLowerCase(),
                unit: row.unit,
                apology: row.apology,
                reason: '',
              }),
              ...(row.rejected ? { statusKind: 'rejected', statusLabel: 'Từ chối' } : {}),
              received,
              due: received + row.dueAfter,
              completed: row.completedAfter === null ? null : received + row.completedAfter,
            };
          });
          const es = records.filter((r) => r.source === 'electronic');
          const ps = records.filter((r) => r.source === 'paper');
          return fc.tuple(
            fc.constant(es),
            fc.constant(ps),
            fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }),
            fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }),
            fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
          );
        }),
        ([es, ps, es2, ps2, from]) => {
          const opts = { apologyKnown: true, asOf: BASE + 12, from: from === null ? null : BASE + from };
          const ctx = { from: opts.from };
          const a = report(
            es,
            ps,
            opts,
            ctx,
            { hasApology: true, hasReason: true },
            { hasApology: true, hasReason: true },
          );
          const b = report(
            es2,
            ps2,
            opts,
            ctx,
            { hasApology: true, hasReason: true },
            { hasApology: true, hasReason: true },
          );
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });
});
