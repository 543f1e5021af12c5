/**
 * Options of `reconcile` and `stats`, validated and normalised once, up front. Every message names the
 * option, the rule and the value received.
 */
import { RESULT_DATE_MODES, type ResultDateMode } from '../core/classify.js';
import { parseIsoDay, type Day } from '../core/day.js';
import { FINDING_KINDS, isFindingKind, type FindingKind } from '../core/findings.js';
import { GATE_SCOPES, type GateLimits } from '../core/gates.js';
import type { StatusMeaning } from '../core/status.js';
import { DENOMINATORS, type Denominator } from '../core/summarise.js';
import { FIELDS, type Field } from '../core/types.js';
import { AuditError } from '../errors.js';
import { FORMATS, type Format } from '../render/index.js';
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
  unit?: string;
  encoding?: string;
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
  maxLateRate?: string;
  maxMaskedLate?: string;
  minCoverage?: string;
  gateScope?: string;
  config?: string;
  force?: boolean;
  /** From the config file (apply-config.ts), never typed. */
  statusLabels?: ReadonlyMap<string, StatusMeaning>;
}

export interface AuditOptions {
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
  unit: string | undefined;
  encoding: string | undefined;
  delimiter: string | undefined;
  resultDate: ResultDateMode;
  maxErrors: { count: number } | { share: number };
  map: Partial<Record<Field, string>>;
  /** true/false when --bom/--no-bom was given; null: CSV files get one, stdout does not. */
  bom: boolean | null;
  dossiers: string | null;
  calendar: string | null;
  procedures: string | null;
  denominator: Denominator;
  decimal: ',' | '.' | null;
  gates: GateLimits | null;
  /** `--force`: replace existing output files that tthc-audit did not write. */
  force: boolean;
  /** The config file's status labels: folded label → meaning. */
  statusLabels: ReadonlyMap<string, StatusMeaning>;
}

export function usageError(message: string, hint?: string): AuditError {
  return new AuditError('E_USAGE', message, hint === undefined ? {} : { hint });
}

function dayOption(name: string, value: string | undefined): Day | null {
  if (value === undefined) return null;
  const day = parseIsoDay(value);
  if (day === null) throw usageError(`${name} expects a date as yyyy-mm-dd, got "${value}"`, `e.g. ${name} 2024-12-31`);
  return day;
}

function choice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`${name} must be one of ${choices.join(', ')}, got "${value}"`);
}

/** `--fail-on masked-late,late-without-apology` or `any`. */
export function parseFailOn(value: string | undefined): FindingKind[] {
  if (value === undefined || value.trim() === '') return [];
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.includes('any')) return [...FINDING_KINDS];
  for (const p of parts) {
    if (!isFindingKind(p)) throw usageError(`--fail-on: unknown finding kind "${p}"`, `use any, or some of: ${FINDING_KINDS.join(', ')}`);
  }
  return parts as FindingKind[];
}

/** `--max-errors 10` (rows) or `--max-errors 2%` (share of rows read). */
export function parseMaxErrors(value: string | undefined): { count: number } | { share: number } {
  const v = (value ?? '1%').trim();
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(v);
  if (pct) return { share: Number(pct[1]) / 100 };
  if (/^\d+$/.test(v)) return { count: Number(v) };
  throw usageError(`--max-errors expects a number of rows or a percentage, got "${value}"`, 'e.g. --max-errors 0 or --max-errors 2%');
}

/** `--map code="Số biên nhận"` (repeatable). */
export function parseMap(values: readonly string[] | undefined): Partial<Record<Field, string>> {
  const map: Partial<Record<Field, string>> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    const field = v.slice(0, Math.max(eq, 0)).trim();
    const header = v.slice(eq + 1).trim();
    if (eq < 0 || header === '' || !(FIELDS as readonly string[]).includes(field)) {
      throw usageError(`--map expects field=Header with field one of ${FIELDS.join(', ')}, got "${v}"`, 'e.g. --map code="Số biên nhận"');
    }
    map[field as Field] = header;
  }
  return map;
}

function numberOption(name: string, value: string | undefined, max: number, integer: boolean): number | null {
  if (value === undefined) return null;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max || (integer && !Number.isInteger(n))) {
    throw usageError(`${name} expects ${integer ? 'a whole number' : 'a number'} from 0 to ${max}, got "${value}"`);
  }
  return n;
}

function parseGates(raw: RawAuditOptions): GateLimits | null {
  const limits: GateLimits = {
    maxLateRate: numberOption('--max-late-rate', raw.maxLateRate, 100, false),
    maxMaskedLate: numberOption('--max-masked-late', raw.maxMaskedLate, Number.MAX_SAFE_INTEGER, true),
    minCoverage: numberOption('--min-coverage', raw.minCoverage, 100, false),
    scope: choice('--gate-scope', raw.gateScope, GATE_SCOPES, 'total'),
  };
  return limits.maxLateRate === null && limits.maxMaskedLate === null && limits.minCoverage === null ? null : limits;
}

export function normaliseAuditOptions(raw: RawAuditOptions, env: Readonly<Record<string, string | undefined>>, defaultLang: Lang, stdoutIsTTY: boolean): AuditOptions {
  const from = dayOption('--from', raw.from);
  const to = dayOption('--to', raw.to);
  if (from !== null && to !== null && from > to) throw usageError(`--from ${raw.from} is after --to ${raw.to}`, 'swap them');
  const output = raw.output ?? null;
  const noColorEnv = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const delimiter = raw.delimiter === undefined ? undefined : raw.delimiter === '\\t' || raw.delimiter === 'tab' ? '\t' : raw.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) throw usageError(`--delimiter expects one character (or "tab"), got "${raw.delimiter}"`);
  return {
    from,
    to,
    asOf: dayOption('--as-of', raw.asOf),
    format: choice('--format', raw.format, FORMATS, 'table'),
    output,
    details: raw.details ?? null,
    rejects: raw.rejects ?? null,
    failOn: parseFailOn(raw.failOn),
    lang: choice('--lang', raw.lang, LANGS, defaultLang),
    color: raw.color !== false && !noColorEnv && output === null && stdoutIsTTY,
    unit: raw.unit,
    encoding: raw.encoding,
    delimiter,
    resultDate: choice('--result-date', raw.resultDate, RESULT_DATE_MODES, 'auto'),
    maxErrors: parseMaxErrors(raw.maxErrors),
    map: parseMap(raw.map),
    bom: raw.bom === undefined ? null : raw.bom,
    dossiers: raw.dossiers ?? null,
    calendar: raw.calendar ?? null,
    procedures: raw.procedures ?? null,
    denominator: choice('--denominator', raw.denominator, DENOMINATORS, 'resolved'),
    gates: parseGates(raw),
    force: raw.force === true,
    statusLabels: raw.statusLabels ?? new Map(),
    decimal: raw.decimal === undefined ? null : choice('--decimal', raw.decimal, ['dot', 'comma'] as const, 'dot') === 'comma' ? ',' : '.',
  };
}
