/**
 * The one frozen report model every output format is rendered from. Built from plain data: the
 * per-file accounting, the audit result and the options. No wording here: notes and skipped checks
 * are codes with values, the rates formula is the denominator's name; `render/labels.ts` words them.
 */
import type { ResultDateMode } from './classify.js';
import { formatIsoDay, type Day } from './day.js';
import type { Finding } from '../findings/finding.js';
import type { FindingTexts } from '../findings/finding-texts.js';
import { type SortKeys, sortFindings } from './finding-order.js';
import { skippedChecks, type SkippedCheck } from '../findings/skipped.js';
import { checkGates, coverageOf, foundInElectronic, type GateLimits, type GateResult } from './gates.js';
import { summariseTally, type Denominator, type UnitReport, type UnitTally } from './summarise.js';
import type { Source } from './types.js';

export const SCHEMA_VERSION = 1;

export interface InputSummary {
  file: string;
  source: Source;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /**
   * Of the rejected rows, those that are layout rows of a paper register (column numbers, total,
   * signatures: core/layout-rows.ts), not dossiers. Added in schemaVersion 1 (additive).
   */
  rowsLayout: number;
  /** Used rows left out of the figures because the dossier was received outside the period. */
  rowsOutsidePeriod: number;
  encoding: string;
  delimiter: string;
  headerLine: number;
}

export interface FileFacts extends Omit<InputSummary, 'rowsUsed' | 'rowsOutsidePeriod' | 'rowsLayout'> {
  /** 0 when not given. */
  rowsLayout?: number;
  hasApology: boolean;
  hasReason: boolean;
  hasNewDate: boolean;
  unknownStatus: Map<string, number>;
}

export type Note =
  | { kind: 'unknown-status'; file: string; label: string; count: number }
  | { kind: 'as-of-from-data' | 'as-of-from-to'; date: string }
  | { kind: 'calendar-computed'; years: number[] };

export interface AuditReport {
  schemaVersion: number;
  command: 'reconcile' | 'stats';
  asOf: string;
  period: { from: string | null; to: string | null };
  resultDate: ResultDateMode;
  /** How the rates are counted; the renderers word its formula in the report's language. */
  denominator: { name: Denominator };
  calendar: { dataVersion: string; computedYears: number[] };
  inputs: InputSummary[];
  units: UnitReport[];
  total: UnitReport;
  /** reconcile: how much of the paper register the electronic system holds (null for `stats`). */
  coverage: Coverage | null;
  /** Sorted (finding-order.ts); empty when `findingTexts` holds them. */
  findings: Finding[];
  /**
   * The findings already written as the JSON report's items or as NDJSON lines, in the same order, when
   * the run asked for them so (the audit threads write a large report's findings); else null.
   */
  findingTexts: FindingTexts | null;
  skippedChecks: SkippedCheck[];
  notes: Note[];
  /** CI gates checked (empty when none was set). */
  gates: GateResult[];
}

/**
 * The paper register's dossiers in the period, how many of them the electronic system has, and that
 * share in percent (2 decimals, half-up; null without paper dossiers): "dossiers updated to the iGate
 * system 21,995/21,995 (100%)" in the inspection reports, and the quantity `--min-coverage` checks.
 */
export interface Coverage {
  paperDossiers: number;
  foundInElectronic: number;
  percent: number | null;
}

export interface ReportContext {
  command: 'reconcile' | 'stats';
  asOf: Day;
  asOfSource: 'option' | 'to' | 'data';
  from: Day | null;
  to: Day | null;
  resultDate: ResultDateMode;
  sources: readonly Source[];
  denominator: Denominator;
  proceduresGiven: boolean;
  calendarVersion: string;
  /** Years the calendar had no notice for and computed by rule (read after the audit ran). */
  computedYears: number[];
  gates?: GateLimits;
}

/**
 * What the audit found, gathered over every dossier: findings (units as keys), out-of-period rows per
 * file, the tally.
 */
export interface AuditTotals {
  /** Empty when `findingTexts` holds them. */
  findings: readonly Finding[];
  /** The findings already sorted and written as text (engine/finding-texts.ts), or none. */
  findingTexts?: FindingTexts | null;
  outsidePeriodByFile: ReadonlyMap<string, number>;
  /** Class and finding counts per unit key (summarise.ts: `tallyDossier`, `tallyFinding`). */
  tally: UnitTally;
}

/**
 * The findings as the report lists them: named by their unit's display name, in the report's order
 * (finding-order.ts); with their sort keys, in the same order.
 */
export function reportFindings(
  found: readonly Finding[],
  unitNames: ReadonlyMap<string, string>,
): { findings: Finding[]; keys: SortKeys } {
  const findings = found.map((f) => namedFinding(f, unitNames));
  return { findings, keys: sortFindings(findings) };
}

/** A finding as the report lists it: its unit (a key) replaced by the unit's display name. */
export function namedFinding(f: Finding, unitNames: ReadonlyMap<string, string>): Finding {
  return { ...f, unit: unitNames.get(f.unit) ?? f.unit };
}

/**
 * Assemble the report: per-unit figures under their display names (`unitNames`: unit key → name),
 * sorted findings, accounting, skipped checks.
 */
export function buildReport(
  files: readonly FileFacts[],
  result: AuditTotals,
  unitNames: ReadonlyMap<string, string>,
  ctx: ReportContext,
): AuditReport {
  const { findings } = reportFindings(result.findings, unitNames);
  const { units, total } = summariseTally(result.tally, unitNames, ctx.sources, ctx.denominator);
  return {
    schemaVersion: SCHEMA_VERSION,
    command: ctx.command,
    asOf: formatIsoDay(ctx.asOf),
    period: {
      from: ctx.from === null ? null : formatIsoDay(ctx.from),
      to: ctx.to === null ? null : formatIsoDay(ctx.to),
    },
    resultDate: ctx.resultDate,
    denominator: { name: ctx.denominator },
    calendar: { dataVersion: ctx.calendarVersion, computedYears: ctx.computedYears },
    inputs: files.map((f) => summariseInput(f, result.outsidePeriodByFile.get(f.file) ?? 0)),
    units,
    total,
    coverage: ctx.command === 'reconcile' && total.paper !== null ? coverageFacts(total) : null,
    findings,
    findingTexts: result.findingTexts ?? null,
    skippedChecks: skippedChecks({
      sources: ctx.command === 'stats' ? 1 : 2,
      has: {
        'apology-column': files.some((f) => f.hasApology),
        'reason-column': files.some((f) => f.hasReason),
        'new-date-column': files.some((f) => f.hasNewDate),
        procedures: ctx.proceduresGiven,
      },
    }),
    notes: notesOf(files, ctx),
    gates: ctx.gates ? checkGates(units, total, ctx.gates) : [],
  };
}

function summariseInput(f: FileFacts, outside: number): InputSummary {
  return {
    file: f.file,
    source: f.source,
    rowsRead: f.rowsRead,
    rowsUsed: f.rowsRead - f.rowsRejected,
    rowsRejected: f.rowsRejected,
    rowsLayout: f.rowsLayout ?? 0,
    rowsOutsidePeriod: outside,
    encoding: f.encoding,
    delimiter: f.delimiter,
    headerLine: f.headerLine,
  };
}

function notesOf(files: readonly FileFacts[], ctx: ReportContext): Note[] {
  const notes: Note[] = [];
  if (ctx.computedYears.length > 0) notes.push({ kind: 'calendar-computed', years: ctx.computedYears });
  if (ctx.asOfSource !== 'option')
    notes.push({ kind: ctx.asOfSource === 'to' ? 'as-of-from-to' : 'as-of-from-data', date: formatIsoDay(ctx.asOf) });
  for (const f of files) {
    const labels = [...f.unknownStatus.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [label, count] of labels) notes.push({ kind: 'unknown-status', file: f.file, label, count });
  }
  return notes;
}

function coverageFacts(total: UnitReport): Coverage {
  return {
    paperDossiers: total.paper?.received ?? 0,
    foundInElectronic: foundInElectronic(total),
    percent: coverageOf(total),
  };
}
