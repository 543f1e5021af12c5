/**
 * Hand-built report models for the renderer tests. Every figure is written out by hand (received =
 * before + on time + late + not due + overdue + withdrawn; rates = shares of resolved, 2 decimals),
 * so a test's expected text can be checked against this file alone.
 */
import type { Provenance } from '../../src/core/provenance.js';
import type { AuditReport } from '../../src/core/report.js';
import type { Stats, UnitReport } from '../../src/core/summarise.js';
import type { FindingArgs } from '../../src/findings/args.js';
import { makeFinding, type Finding, type FindingPlace, type FindingSide } from '../../src/findings/finding.js';
import { emptyFindingCounts, type FindingKind } from '../../src/findings/kinds.js';
import { SAMPLE_ARGS } from '../findings/sample-args.js';

export function stats(
  c: [before: number, onTime: number, late: number, notDue: number, overdue: number, withdrawn: number],
  rates: [number | null, number | null, number | null],
): Stats {
  const [beforeDeadline, onTime, late, pendingNotDue, pendingOverdue, withdrawn] = c;
  return {
    received: beforeDeadline + onTime + late + pendingNotDue + pendingOverdue + withdrawn,
    resolved: beforeDeadline + onTime + late,
    beforeDeadline,
    onTime,
    late,
    pendingNotDue,
    pendingOverdue,
    withdrawn,
    multipleSupplements: 0,
    rates: { beforeDeadline: rates[0], onTime: rates[1], late: rates[2] },
  };
}

export function counts(values: Partial<Record<FindingKind, number>>): Record<FindingKind, number> {
  return { ...emptyFindingCounts(), ...values };
}

/** A finding's side; its result is the completion date, else the return date (`--result-date auto`). */
export function side(file: string, line: number, over: Partial<FindingSide> = {}): FindingSide {
  const s: Omit<FindingSide, 'result'> = {
    file,
    line,
    class: 'on-time',
    received: '2024-03-01',
    due: '2024-03-05',
    completed: '2024-03-05',
    returned: null,
    status: 'Đã xử lý xong',
    unit: 'Phường Bắc',
    apology: null,
    calendarDaysLate: 0,
    workingDaysLate: 0,
    ...over,
  };
  return { ...s, result: over.result !== undefined ? over.result : (s.completed ?? s.returned) };
}

/** A finding of `kind` on both sides (paper late), with the kind's sample arguments unless `over` gives some. */
export function finding<K extends FindingKind>(
  kind: K,
  code: string,
  unit: string,
  over: Partial<FindingPlace> & { args?: FindingArgs[K] } = {},
): Finding {
  const { args, ...place } = over;
  return makeFinding(
    kind,
    {
      code,
      unit,
      electronic: side('e.csv', 2, { unit }),
      paper: side('p.csv', 2, {
        unit,
        class: 'late',
        completed: null,
        returned: '2024-03-07',
        calendarDaysLate: 2,
        workingDaysLate: 2,
      }),
      ...place,
    },
    args ?? SAMPLE_ARGS[kind],
  );
}

/**
 * Two units, reconciled (the same figures as test/render/fixtures/two-units):
 * Phường Bắc  E 1/2/1/1/1/0 (6; 25/50/25)   P 1/1/2/1/1/0 (6; 25/25/50)
 * Xã Nam      E 3/1/0/0/0/1 (5; 75/25/0)    P 2/1/1/0/1/0 (5; 50/25/25)
 * total       E 4/3/1/1/1/1 (11; 50/37.5/12.5)  P 3/2/3/1/2/0 (11; 37.5/25/37.5)
 */
export function twoUnitReport(findings: Finding[] = defaultFindings()): AuditReport {
  const units: UnitReport[] = [
    {
      unit: 'Phường Bắc',
      electronic: stats([1, 2, 1, 1, 1, 0], [25, 50, 25]),
      paper: stats([1, 1, 2, 1, 1, 0], [25, 25, 50]),
      findingCounts: countOf(findings, 'Phường Bắc'),
    },
    {
      unit: 'Xã Nam',
      electronic: stats([3, 1, 0, 0, 0, 1], [75, 25, 0]),
      paper: stats([2, 1, 1, 0, 1, 0], [50, 25, 25]),
      findingCounts: countOf(findings, 'Xã Nam'),
    },
  ];
  return {
    schemaVersion: 1,
    command: 'reconcile',
    asOf: '2024-12-31',
    period: { from: null, to: null, basis: 'received' },
    resultDate: 'auto',
    denominator: { name: 'resolved' },
    calendar: { dataVersion: 'test', computedYears: [] },
    inputs: [
      {
        file: 'e.csv',
        source: 'electronic',
        rowsRead: 11,
        rowsUsed: 11,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
      },
      {
        file: 'p.csv',
        source: 'paper',
        rowsRead: 12,
        rowsUsed: 11,
        rowsRejected: 1,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
        encoding: 'windows-1258',
        delimiter: ';',
        headerLine: 3,
      },
    ],
    units,
    total: {
      unit: '',
      electronic: stats([4, 3, 1, 1, 1, 1], [50, 37.5, 12.5]),
      paper: stats([3, 2, 3, 1, 2, 0], [37.5, 25, 37.5]),
      findingCounts: countOf(findings, null),
    },
    findings,
    findingTexts: null,
    skippedChecks: [{ check: 'late-without-apology', reason: 'no-apology-column' }],
    notes: [],
    coverage: null,
    gates: [],
    warnings: [],
    selection: { units: [], procedures: [] },
    provenance: sampleProvenance(),
  };
}

/** The provenance of the two-unit sample: hand-written hashes of 64 hex digits, one option file. */
export function sampleProvenance(): Provenance {
  return {
    tool: { name: 'tthc-audit', version: '9.9.9' },
    commandLine: ['reconcile', '--electronic', 'e.csv', '--paper', 'p.csv', '--as-of', '2024-12-31'],
    generatedAt: null,
    asOf: '2024-12-31',
    asOfSource: 'option',
    period: { from: null, to: null, basis: 'received' },
    rules: {
      resultDate: 'auto',
      denominator: 'resolved',
      calendar: { dataVersion: 'test', dataYears: [2020, 2026], computedYears: [], file: null },
      procedures: { path: 'thu-tuc.csv', size: 120, sha256: 'c'.repeat(64) },
      config: null,
    },
    inputs: [
      {
        path: 'e.csv',
        source: 'electronic',
        size: 1234,
        sha256: 'a'.repeat(64),
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        rowsRead: 11,
        rowsUsed: 11,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
      },
      {
        path: 'p.csv',
        source: 'paper',
        size: 5678,
        sha256: 'b'.repeat(64),
        format: 'csv',
        encoding: 'windows-1258',
        delimiter: ';',
        headerLine: 3,
        rowsRead: 12,
        rowsUsed: 11,
        rowsRejected: 1,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
      },
    ],
  };
}

/** Seven findings: Phường Bắc 1 masked-late + 1 completed-date-mismatch; Xã Nam 1 of each of five kinds. */
export function defaultFindings(): Finding[] {
  return [
    finding('masked-late', 'H1-240301-0003', 'Phường Bắc'),
    finding('completed-date-mismatch', 'H1-240301-0003', 'Phường Bắc'),
    finding('masked-late', 'H2-240302-0002', 'Xã Nam'),
    finding('missing-in-electronic', 'H2-240302-0007', 'Xã Nam', { electronic: null }),
    finding('missing-in-paper', 'H2-240302-0005', 'Xã Nam', { paper: null }),
    finding('status-mismatch', 'H2-240302-0004', 'Xã Nam'),
    finding('completed-date-mismatch', 'H2-240302-0002', 'Xã Nam'),
  ];
}

function countOf(findings: readonly Finding[], unit: string | null): Record<FindingKind, number> {
  const c = emptyFindingCounts();
  for (const f of findings) if (unit === null || f.unit === unit) c[f.kind]++;
  return c;
}

/**
 * One unit, one source (stats), the Dak Lak 2023 figures of DOMAIN.md scaled up so thousands show:
 * Sở Nội vụ E 15000/600/29/12/0/0 → received 15641, resolved 15629; rates 95.98 / 3.84 / 0.19
 * (15000/15629 = 95.975…%, 600/15629 = 3.839…%, 29/15629 = 0.1855…%).
 */
export function statsReport(): AuditReport {
  const s = stats([15000, 600, 29, 12, 0, 0], [95.98, 3.84, 0.19]);
  const u: UnitReport = { unit: 'Sở Nội vụ', electronic: s, paper: null, findingCounts: counts({}) };
  return {
    ...twoUnitReport([]),
    command: 'stats',
    inputs: [
      {
        file: 'igate.csv',
        source: 'electronic',
        rowsRead: 15641,
        rowsUsed: 15641,
        rowsRejected: 0,
        rowsLayout: 0,
        rowsOutsidePeriod: 0,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
      },
    ],
    units: [u],
    total: { ...u, unit: '' },
    findings: [],
  };
}
