/**
 * The one frozen report model every output format is rendered from. Built from plain data: the
 * per-file accounting, the audit result and the options. No wording here: notes and skipped checks
 * are codes with values, the rates formula is the denominator's name; `render/labels.ts` words them.
 */
import type { ByPeriod } from './by-period.js';
import type { PeriodBy } from './period.js';
import type { ResultDateMode } from './classify.js';
import { formatIsoDay, type Day } from './day.js';
import type { Finding } from '../findings/finding.js';
import type { FindingTexts } from '../findings/finding-texts.js';
import { type SortKeys, sortFindings } from './finding-order.js';
import { skippedChecks, type SkippedCheck } from '../findings/skipped.js';
import type { Fingerprint, OptionFile, Provenance } from './provenance.js';
import { guardWarnings, type GuardFacts, type Warning } from './guards.js';
import { checkGates, coverageOf, foundInElectronic, type GateLimits, type GateResult } from './gates.js';
import { summariseTally, type Denominator, type UnitReport, type UnitTally } from './summarise.js';
import type { FoldedCodes, Source } from './types.js';

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
  /** "xlsx" for a workbook. */
  encoding: string;
  /** "" for a workbook. */
  delimiter: string;
  /** The sheet read, for a workbook; absent for CSV. Added in schemaVersion 1 (additive). */
  sheet?: string;
  /** The line of a CSV file, the row number of a sheet. */
  headerLine: number;
}

export interface FileFacts extends Omit<InputSummary, 'rowsUsed' | 'rowsOutsidePeriod' | 'rowsLayout' | 'sheet'> {
  /** null or absent for CSV. */
  sheet?: string | null;
  /** 0 when not given. */
  rowsLayout?: number;
  /** Size and SHA-256 of the file's bytes; unknown (0, '') when not given. */
  fingerprint?: Fingerprint;
  hasApology: boolean;
  hasReason: boolean;
  hasNewDate: boolean;
  unknownStatus: Map<string, number>;
  /** Absent: none. */
  foldedCodes?: FoldedCodes;
}

export type Note =
  | { kind: 'unknown-status'; file: string; label: string; count: number }
  | { kind: 'codes-folded'; file: string; count: number; examples: FoldedCodes['examples'] }
  | { kind: 'as-of-from-data' | 'as-of-from-to'; date: string }
  | { kind: 'calendar-computed'; years: number[] };

export interface AuditReport {
  schemaVersion: number;
  command: 'reconcile' | 'stats';
  asOf: string;
  /** The period's dates and which dossiers it holds (`--period-by`: received, resolved or activity). */
  period: { from: string | null; to: string | null; basis: PeriodBy };
  /**
   * `--by`: each unit and the total have `byPeriod` rows (summarise.ts); absent without `--by`. Added in
   * schemaVersion 1 (additive).
   */
  by?: ByPeriod;
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
  /** What the report was made from and how: tool, command line, rules, each input's hash (provenance.ts). */
  provenance: Provenance;
  /** What makes the figures doubtful though nothing failed (core/guards.ts). Added in schemaVersion 1 (additive). */
  warnings: Warning[];
  /**
   * The dossiers the figures are about: `--unit` and `--procedure` patterns as typed (empty: all). Added
   * in schemaVersion 1 (additive).
   */
  selection: { units: string[]; procedures: string[] };
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
  /** `--period-by`: which dossiers the period holds; absent (tests): received. */
  periodBy?: PeriodBy;
  sources: readonly Source[];
  denominator: Denominator;
  proceduresGiven: boolean;
  /** The receipt cut-off (`--cutoff`) in minutes since midnight; null or absent: off. */
  receiptCutoff?: number | null;
  calendarVersion: string;
  /** Years the calendar had no notice for and computed by rule (read after the audit ran). */
  computedYears: number[];
  gates?: GateLimits;
  /** How this run was made, for the provenance; absent (tests): no tool version, command line or option files. */
  run?: RunFacts;
  /** What the guards need to know of the files (core/guards.ts); none given: no file-level warning. */
  files?: GuardFacts['files'];
  sameFiles?: GuardFacts['sameFiles'];
  /** `--unit` / `--procedure` as typed. */
  selection?: { units: string[]; procedures: string[] };
  /** `--by`: per-period rows, from `AuditTotals.periodTally`; absent: none. */
  by?: ByPeriod | null;
}

/** What the caller knows of the run: the tool, the command line, the time asked for, the option files read. */
export interface RunFacts {
  tool: { name: string; version: string };
  commandLine: string[];
  generatedAt: string | null;
  /** First and last year of the built-in holiday data. */
  calendarDataYears: [number, number];
  calendarFile: OptionFile | null;
  procedures: OptionFile | null;
  config: OptionFile | null;
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
  /** With `--by`: the same per unit and period (by-period.ts `unitPeriodKey`). */
  periodTally?: UnitTally;
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
  const by = ctx.by ?? null;
  const periods = by === null ? null : (result.periodTally ?? new Map());
  const { units, total } = summariseTally(result.tally, unitNames, ctx.sources, ctx.denominator, periods);
  const inputs = files.map((f) => summariseInput(f, result.outsidePeriodByFile.get(f.file) ?? 0));
  const period = periodOf(ctx);
  const asOf = formatIsoDay(ctx.asOf);
  const guards: GuardFacts = {
    sources: ctx.sources,
    asOf,
    from: period.from,
    to: period.to,
    files: ctx.files ?? [],
    sameFiles: ctx.sameFiles ?? [],
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    command: ctx.command,
    asOf,
    period,
    ...(by === null ? {} : { by }),
    resultDate: ctx.resultDate,
    denominator: { name: ctx.denominator },
    calendar: { dataVersion: ctx.calendarVersion, computedYears: ctx.computedYears },
    inputs,
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
    gates: ctx.gates ? checkGates(units, total, ctx.gates, ctx.sources) : [],
    warnings: guardWarnings(guards, units, total),
    selection: ctx.selection ?? { units: [], procedures: [] },
    provenance: provenanceOf(files, inputs, ctx),
  };
}

/** The period as reports state it: its dates (yyyy-mm-dd, null: open) and which dossiers it holds. */
function periodOf(ctx: ReportContext): AuditReport['period'] {
  return {
    from: ctx.from === null ? null : formatIsoDay(ctx.from),
    to: ctx.to === null ? null : formatIsoDay(ctx.to),
    basis: ctx.periodBy ?? 'received',
  };
}

function provenanceOf(files: readonly FileFacts[], inputs: readonly InputSummary[], ctx: ReportContext): Provenance {
  const run = ctx.run;
  return {
    tool: run?.tool ?? { name: 'tthc-audit', version: '' },
    commandLine: run?.commandLine ?? [],
    generatedAt: run?.generatedAt ?? null,
    asOf: formatIsoDay(ctx.asOf),
    asOfSource: ctx.asOfSource,
    period: periodOf(ctx),
    rules: {
      resultDate: ctx.resultDate,
      denominator: ctx.denominator,
      calendar: {
        dataVersion: ctx.calendarVersion,
        dataYears: run?.calendarDataYears ?? [0, 0],
        computedYears: ctx.computedYears,
        file: run?.calendarFile ?? null,
      },
      procedures: run?.procedures ?? null,
      ...(ctx.receiptCutoff == null ? {} : { receiptCutoff: formatClock(ctx.receiptCutoff) }),
      config: run?.config ?? null,
    },
    inputs: inputs.map((i, n) => ({
      path: i.file,
      source: i.source,
      ...(files[n]!.fingerprint ?? { size: 0, sha256: '' }),
      format: i.encoding === 'xlsx' || i.encoding === 'html' ? i.encoding : 'csv',
      ...(i.sheet === undefined ? {} : { sheet: i.sheet }),
      encoding: i.encoding,
      delimiter: i.delimiter,
      headerLine: i.headerLine,
      rowsRead: i.rowsRead,
      rowsUsed: i.rowsUsed,
      rowsRejected: i.rowsRejected,
      rowsLayout: i.rowsLayout,
      rowsOutsidePeriod: i.rowsOutsidePeriod,
    })),
  };
}

/** Minutes since midnight as `HH:MM`. */
function formatClock(minutes: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
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
    ...(f.sheet ? { sheet: f.sheet } : {}),
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
    if (f.foldedCodes !== undefined && f.foldedCodes.count > 0)
      notes.push({ kind: 'codes-folded', file: f.file, ...f.foldedCodes });
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
