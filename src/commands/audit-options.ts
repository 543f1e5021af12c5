/**
 * Options of `reconcile` and `stats`, validated and normalised once, up front. Every message names the
 * option, the rule and the value received.
 */
import { RESULT_DATE_MODES, type ResultDateMode } from '../core/classify.js';
import { parseIsoDay, type Day } from '../core/day.js';
import { FORM_ROWS, FORMS, type FormName, type FormRows } from '../core/form.js';
import { BY_PERIODS, type ByPeriod } from '../core/by-period.js';
import { PERIOD_BYS, type PeriodBy } from '../core/period.js';
import { FINDING_KINDS, isFindingKind, specOf, type FindingKind } from '../findings/kinds.js';
import { anyGate, GATE_SCOPES, type GateLimits } from '../core/gates.js';
import type { StatusMeaning } from '../core/status.js';
import type { OptionFile } from '../core/provenance.js';
import { DENOMINATORS, type Denominator } from '../core/summarise.js';
import { FIELDS, type Field } from '../core/types.js';
import { AuditError } from '../errors.js';
import { say, type Said } from '../messages/errors.js';
import { OUTPUT_DELIMITERS, type CsvDialect, type OutputDelimiter } from '../render/csv.js';
import { CSV_HEADERS, XLSX_SHEETS, type XlsxSheets } from '../render/formats.js';
import { FORM_FORMATS, FORMATS, type Format } from '../render/index.js';
import { LANGS, type Lang } from '../render/labels.js';

/** What commander hands over (strings as typed). */
export interface RawAuditOptions {
  electronic?: string[];
  paper?: string[];
  source?: string;
  from?: string;
  to?: string;
  asOf?: string;
  format?: string;
  output?: string;
  details?: string;
  rejects?: string;
  failOn?: string;
  lang?: string;
  color?: boolean;
  /** `--unit`: patterns selecting the dossiers by unit (repeatable). */
  unit?: string[];
  /** `--unit-name`: the unit of files that have no unit column. */
  unitName?: string;
  /** `--procedure`: patterns selecting the dossiers by procedure name or code (repeatable). */
  procedure?: string[];
  encoding?: string;
  /** `--input-delimiter`: the field delimiter of the input files (default: detected). */
  inputDelimiter?: string;
  /** `--sheet`, and for reconcile `--electronic-sheet` / `--paper-sheet`: the sheet of a workbook to read. */
  sheet?: string;
  electronicSheet?: string;
  paperSheet?: string;
  /** `--max-row-bytes`: longer input rows are rejected, streamed past. */
  maxRowBytes?: string;
  /** `--delimiter`: the field delimiter of the CSV the tool writes. */
  delimiter?: string;
  resultDate?: string;
  maxErrors?: string;
  map?: string[];
  bom?: boolean;
  debug?: boolean;
  dossiers?: string;
  calendar?: string;
  procedures?: string;
  denominator?: string;
  decimal?: string;
  form?: string;
  rows?: string;
  periodBy?: string;
  by?: string;
  decimals?: string;
  apologyLeadDays?: string;
  /** `--cutoff HH:MM`: the receipt cut-off. */
  cutoff?: string;
  maxLateRate?: string;
  maxMaskedLate?: string;
  minCoverage?: string;
  gateScope?: string;
  /** `--allow-empty`: an empty period or side does not fail the gates. */
  allowEmpty?: boolean;
  wide?: boolean;
  quiet?: boolean;
  config?: string;
  force?: boolean;
  timestamp?: boolean;
  headers?: string;
  /** `--xlsx-sheets`: single or per-kind. */
  xlsxSheets?: string;
  /** The options the config file filled (apply-config.ts), never typed. */
  fromConfig?: ReadonlySet<string>;
  /** From the config file (apply-config.ts), never typed. */
  statusLabels?: ReadonlyMap<string, StatusMeaning>;
  /** The config file read, for the report's provenance (apply-config.ts), never typed. */
  configFile?: OptionFile;
}

export interface AuditCommandOptions {
  from: Day | null;
  to: Day | null;
  asOf: Day | null;
  format: Format;
  output: string | null;
  details: string | null;
  rejects: string | null;
  failOn: FindingKind[];
  lang: Lang;
  color: boolean;
  /** The unit of files without a unit column (`--unit-name`). */
  unitName: string | undefined;
  /** `--unit` / `--procedure` patterns as typed. */
  select: { units: string[]; procedures: string[] };
  encoding: string | undefined;
  /** The input files' delimiter; undefined: detected per file. */
  inputDelimiter: string | undefined;
  /** The longest input row read, in bytes; undefined: the default (io/csv-rows.ts MAX_ROW_BYTES). */
  maxRowBytes: number | undefined;
  /** Delimiter and decimal mark of every CSV written (report, --details, --dossiers, --rejects). */
  csv: CsvDialect;
  resultDate: ResultDateMode;
  maxErrors: { count: number } | { share: number };
  map: Partial<Record<Field, string[]>>;
  /** true/false when --bom/--no-bom was given; null: CSV files get one, stdout does not. */
  bom: boolean | null;
  dossiers: string | null;
  calendar: string | null;
  procedures: string | null;
  denominator: Denominator;
  decimal: ',' | '.' | null;
  /** `--apology-lead-days`: working days an apology must precede the due day by (default 1). */
  apologyLeadDays: number;
  /** `--cutoff 15:00`: the receipt cut-off in minutes since midnight (900), or null (off, the default). */
  receiptCutoff: number | null;
  /** Which dossiers the period holds (default: received; activity with --form). */
  periodBy: PeriodBy;
  /** `--by`: per-period rows in each unit and the total (core/by-period.ts); null: none. */
  by: ByPeriod | null;
  /** `--form 06a`: the form, its rows and the decimals of its percentages; null: the per-unit report. */
  form: { name: FormName; rows: FormRows; decimals: number } | null;
  gates: GateLimits | null;
  /** `--force`: replace existing output files that tthc-audit did not write. */
  force: boolean;
  /** `--wide`: the table shows every per-unit figure. */
  wide: boolean;
  /** `--xlsx-sheets`: the workbook's findings on one sheet or a sheet per kind. */
  xlsxSheets: XlsxSheets;
  /** `--quiet`: no warnings, rejected rows or progress on stderr. */
  quiet: boolean;
  /** The config file's status labels: folded label → meaning. */
  statusLabels: ReadonlyMap<string, StatusMeaning>;
  configFile: OptionFile | null;
  /**
   * The generation time the report states, as seconds since 1970 UTC: SOURCE_DATE_EPOCH when set,
   * else `--timestamp`'s "now" (`now`), else null (none: the same inputs give byte-identical reports).
   */
  generatedAt: number | null;
}

export function usageError(said: Said): AuditError {
  return new AuditError('E_USAGE', said);
}

/** `--from 2024-03-01`: a day, null when not given; `example` is shown when the value is not a date. */
export function dayOption(name: string, value: string | undefined, example = '2024-12-31'): Day | null {
  if (value === undefined) return null;
  const day = parseIsoDay(value);
  if (day === null) throw usageError(say('badDateOption', { flag: name, value, example }));
  return day;
}

function choice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(say('notAChoice', { flag: name, value, choices }));
}

/** `--fail-on masked-late,late-without-apology` or `any`. */
export function parseFailOn(value: string | undefined): FindingKind[] {
  if (value === undefined || value.trim() === '') return [];
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.includes('any')) return [...FINDING_KINDS];
  for (const p of parts) {
    if (!isFindingKind(p)) throw usageError(say('unknownFindingKind', { value: p, kinds: FINDING_KINDS }));
  }
  return parts as FindingKind[];
}

/**
 * The gates of `stats`, which reads one source: those that need both (`--max-masked-late`,
 * `--min-coverage`, a `--fail-on` kind found only by matching) are refused, one message for the first;
 * `--fail-on any` (every kind) means every kind one source can show.
 */
export function oneSourceGates(gates: GateLimits | null): GateLimits | null {
  if (gates === null) return null;
  if (gates.maxMaskedLate !== null) throw usageError(say('twoSourceGate', { flag: '--max-masked-late' }));
  if (gates.minCoverage !== null) throw usageError(say('twoSourceGate', { flag: '--min-coverage' }));
  const any = gates.failOn.length === FINDING_KINDS.length; // parseFailOn's `any`
  const twoSource = gates.failOn.find((k) => specOf(k).sources === 2);
  if (twoSource && !any) throw usageError(say('twoSourceGate', { flag: `--fail-on ${twoSource}` }));
  return { ...gates, failOn: gates.failOn.filter((k) => specOf(k).sources === 1) };
}

/** `--unit` / `--procedure` values: trimmed, none empty. */
function patterns(flag: string, values: readonly string[] | undefined): string[] {
  const list = (values ?? []).map((v) => v.trim());
  if (list.some((v) => v === '')) throw usageError(say('emptyPattern', { flag }));
  return list;
}

/** `--max-errors 10` (rows) or `--max-errors 2%` (share of rows read). */
export function parseMaxErrors(value: string | undefined): { count: number } | { share: number } {
  const v = (value ?? '1%').trim();
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(v);
  if (pct) return { share: Number(pct[1]) / 100 };
  if (/^\d+$/.test(v)) return { count: Number(v) };
  throw usageError(say('badMaxErrors', { value: value ?? '' }));
}

/** `--map code="Số biên nhận"` (repeatable). */
export function parseMap(values: readonly string[] | undefined): Partial<Record<Field, string[]>> {
  const map: Partial<Record<Field, string[]>> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    const field = v.slice(0, Math.max(eq, 0)).trim();
    const header = v.slice(eq + 1).trim();
    if (eq < 0 || header === '' || !(FIELDS as readonly string[]).includes(field)) {
      throw usageError(say('badMap', { value: v, fields: FIELDS }));
    }
    map[field as Field] = [...(map[field as Field] ?? []), header];
  }
  return map;
}

function numberOption(name: string, value: string | undefined, max: number, integer: boolean): number | null {
  if (value === undefined) return null;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
    throw usageError(say('badNumberOption', { flag: name, value, whole: integer, max }));
  }
  return n;
}

function parseGates(raw: RawAuditOptions, failOn: readonly FindingKind[]): GateLimits | null {
  const limits: GateLimits = {
    maxLateRate: numberOption('--max-late-rate', raw.maxLateRate, 100, false),
    maxMaskedLate: numberOption('--max-masked-late', raw.maxMaskedLate, Number.MAX_SAFE_INTEGER, true),
    minCoverage: numberOption('--min-coverage', raw.minCoverage, 100, false),
    scope: choice('--gate-scope', raw.gateScope, GATE_SCOPES, 'total'),
    failOn,
    allowEmpty: raw.allowEmpty === true,
  };
  return anyGate(limits) ? limits : null;
}

/**
 * The generation time a report states, in seconds since 1970 UTC, or null: SOURCE_DATE_EPOCH (the
 * reproducible-builds convention: whole seconds) wins over `--timestamp`, which takes `now`.
 */
export function generationTime(
  timestamp: boolean,
  env: Readonly<Record<string, string | undefined>>,
  now: () => number,
): number | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch.trim())) throw usageError(say('badSourceDateEpoch', { value: epoch }));
    return Number(epoch.trim());
  }
  return timestamp ? Math.floor(now() / 1000) : null;
}

export function normaliseAuditOptions(
  raw: RawAuditOptions,
  env: Readonly<Record<string, string | undefined>>,
  defaultLang: Lang,
  stdoutIsTTY: boolean,
  now: () => number = Date.now,
): AuditCommandOptions {
  const from = dayOption('--from', raw.from);
  const to = dayOption('--to', raw.to);
  if (from !== null && to !== null && from > to)
    throw usageError(say('fromAfterTo', { from: raw.from ?? '', to: raw.to ?? '' }));
  // `--output -` is standard output, as for most command-line tools.
  const output = raw.output === undefined || raw.output === '-' ? null : raw.output;
  const failOn = parseFailOn(raw.failOn);
  const form = formOption(raw, to);
  const format = choice('--format', raw.format, FORMATS, 'table');
  const decimal =
    raw.decimal === undefined
      ? null
      : choice('--decimal', raw.decimal, ['dot', 'comma'] as const, 'dot') === 'comma'
        ? ','
        : '.';
  return {
    from,
    to,
    asOf: dayOption('--as-of', raw.asOf),
    format,
    output,
    details: raw.details ?? null,
    rejects: raw.rejects ?? null,
    failOn,
    lang: choice('--lang', raw.lang, LANGS, defaultLang),
    color: colorOf(raw.color, env, output === null && stdoutIsTTY),
    unitName: raw.unitName,
    select: { units: patterns('--unit', raw.unit), procedures: patterns('--procedure', raw.procedure) },
    encoding: raw.encoding,
    inputDelimiter: inputDelimiterOption(raw.inputDelimiter),
    maxRowBytes: maxRowBytesOption(raw.maxRowBytes),
    csv: { ...csvDialect(raw.delimiter, decimal), headers: choice('--headers', raw.headers, CSV_HEADERS, 'labels') },
    resultDate: choice('--result-date', raw.resultDate, RESULT_DATE_MODES, 'auto'),
    maxErrors: parseMaxErrors(raw.maxErrors),
    map: parseMap(raw.map),
    bom: raw.bom === undefined ? null : raw.bom,
    dossiers: raw.dossiers ?? null,
    calendar: raw.calendar ?? null,
    procedures: raw.procedures ?? null,
    denominator: choice('--denominator', raw.denominator, DENOMINATORS, 'resolved'),
    gates: parseGates(raw, failOn),
    force: raw.force === true,
    wide: raw.wide === true,
    xlsxSheets: xlsxSheetsOption(raw, format, form !== null),
    quiet: raw.quiet === true,
    statusLabels: raw.statusLabels ?? new Map(),
    configFile: raw.configFile ?? null,
    generatedAt: generationTime(raw.timestamp === true, env, now),
    decimal,
    apologyLeadDays: numberOption('--apology-lead-days', raw.apologyLeadDays, 30, true) ?? 1,
    receiptCutoff: cutoffOption(raw.cutoff),
    periodBy: choice('--period-by', raw.periodBy, PERIOD_BYS, form === null ? 'received' : 'activity'),
    by: byOption(raw.by, form !== null, raw.fromConfig?.has('by') === true),
    form,
  };
}

/** `--cutoff 15:00` (or `7:30`): minutes since midnight; null when not given. */
export function cutoffOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (m === null) throw usageError(say('badCutoff', { value }));
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * `--form 06a [--rows field] [--decimals 2]`: the form is counted at the period's end, so an `--as-of`
 * other than `--to` is a mistake; `--rows` and `--decimals` mean nothing without it.
 */
function formOption(raw: RawAuditOptions, to: Day | null): { name: FormName; rows: FormRows; decimals: number } | null {
  if (raw.form === undefined) {
    for (const [flag, value] of [
      ['--rows', raw.rows],
      ['--decimals', raw.decimals],
    ] as const) {
      if (value !== undefined) throw usageError(say('formOnly', { flag }));
    }
    return null;
  }
  const name = choice('--form', raw.form, FORMS, '06a');
  const format = choice('--format', raw.format, FORMATS, 'table');
  if (!(FORM_FORMATS as readonly Format[]).includes(format))
    throw usageError(say('formFormat', { format, formats: FORM_FORMATS }));
  const asOf = dayOption('--as-of', raw.asOf);
  if (asOf !== null && to !== null && asOf !== to)
    throw usageError(say('formAsOfNotTo', { asOf: raw.asOf ?? '', to: raw.to ?? '' }));
  const decimals = numberOption('--decimals', raw.decimals, 4, true) ?? 2;
  return { name, rows: choice('--rows', raw.rows, FORM_ROWS, 'field'), decimals };
}

/**
 * `--xlsx-sheets per-kind`: the layout of the report workbook's findings, so refused when typed with
 * another format or with the form, which has no findings (a config file's value is a default for the
 * runs that write a report workbook, left alone by the rest).
 */
function xlsxSheetsOption(raw: RawAuditOptions, format: Format, form: boolean): XlsxSheets {
  const value = choice('--xlsx-sheets', raw.xlsxSheets, XLSX_SHEETS, 'single');
  if (raw.xlsxSheets === undefined || raw.fromConfig?.has('xlsxSheets')) return value;
  if (format !== 'xlsx') throw usageError(say('xlsxOnly', { flag: '--xlsx-sheets', format }));
  if (form) throw usageError(say('reportOnly', { flag: '--xlsx-sheets' }));
  return value;
}

/**
 * Colour: `--color` or `--no-color` when typed; else off with NO_COLOR (https://no-color.org), on with
 * FORCE_COLOR (unless "0" or "false"); else on when the report goes to a terminal.
 */
export function colorOf(
  typed: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  toTerminal: boolean,
): boolean {
  if (typed !== undefined) return typed;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return toTerminal;
}

const tabName = (value: string): string => (value === '\\t' || value === 'tab' ? '\t' : value);

/** `--max-row-bytes 4194304`: a whole number of bytes, at least 1; undefined leaves the default. */
export function maxRowBytesOption(value: string | undefined): number | undefined {
  const n = numberOption('--max-row-bytes', value, 2 ** 31 - 1, true);
  if (n === 0)
    throw usageError(say('badNumberOption', { flag: '--max-row-bytes', value: value!, whole: true, max: 2 ** 31 - 1 }));
  return n ?? undefined;
}

/** `--input-delimiter ;` (or "tab"): any one character; undefined leaves it to detection. */
export function inputDelimiterOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = tabName(value);
  if (d.length !== 1) throw usageError(say('badDelimiter', { flag: '--input-delimiter', value }));
  return d;
}

/**
 * `--delimiter ;` for the CSV written: one of `, ; tab |`. The percentages take a decimal comma with a
 * semicolon (the Excel that expects ";" reads "96,77" as a number), unless `--decimal` says otherwise.
 */
export function csvDialect(delimiterValue: string | undefined, decimal: ',' | '.' | null): CsvDialect {
  const d = delimiterValue === undefined ? ',' : tabName(delimiterValue);
  if (!(OUTPUT_DELIMITERS as readonly string[]).includes(d))
    throw usageError(say('badOutputDelimiter', { value: delimiterValue ?? '' }));
  const delimiter = d as OutputDelimiter;
  return { delimiter, decimal: decimal ?? (delimiter === ';' ? ',' : '.') };
}

/**
 * `--by month|quarter|year`; the form has its own month and quarter rows (`--rows`), so it refuses a
 * typed `--by` and leaves a config file's default alone.
 */
function byOption(raw: string | undefined, form: boolean, fromConfig: boolean): ByPeriod | null {
  if (raw === undefined) return null;
  if (form && fromConfig) return null;
  if (form) throw usageError(say('byWithForm', {}));
  return choice('--by', raw, BY_PERIODS, 'month');
}
