/**
 * The JSON config file (`--config <file>`, or `tthc-audit.config.json` in the working directory):
 * column mappings, status label mappings and option defaults, validated once, up front, with messages
 * that name the key, the value expected and the value received. Pure: the caller reads and parses the
 * file. Command-line options win over the file's defaults; `--map` wins over its columns.
 *
 *     {
 *       "columns": { "code": "Số biên nhận", "received": ["Ngày nhận HS", "Ngày nộp"] },
 *       "statusLabels": { "Hoàn tất": "returned", "Chậm": "late" },
 *       "defaults": { "unit": "UBND xã An Bình", "encoding": "windows-1258", "inputDelimiter": ";", "delimiter": ";",
 *                     "lang": "vi", "resultDate": "completed", "maxErrors": "2%", "denominator": "due",
 *                     "cutoff": "15:00", "by": "month", "periodBy": "resolved" }
 *     }
 */
import type { OptionFile } from './provenance.js';
import { GATE_SCOPES } from './gates.js';
import { gotOf, type Expected, type JsonProblem } from './json-problem.js';
import { BY_PERIODS } from './by-period.js';
import { RESULT_DATE_MODES } from './classify.js';
import { PERIOD_BYS } from './period.js';
import { LABEL_CLASSES, meaningOfTarget, statusKey, type StatusMeaning } from './status.js';
import { DENOMINATORS } from './summarise.js';
import { FIELDS, STATUS_KINDS, type Field } from './types.js';

export const CONFIG_FILE_NAME = 'tthc-audit.config.json';

const TOP_KEYS = ['$schema', 'columns', 'statusLabels', 'defaults'] as const;
export const DEFAULT_KEYS = [
  'unit',
  'encoding',
  'inputDelimiter',
  'delimiter',
  'lang',
  'resultDate',
  'maxErrors',
  'maxRowBytes',
  'denominator',
  'format',
  'failOn',
  'maxLateRate',
  'maxMaskedLate',
  'minCoverage',
  'gateScope',
  'allowEmpty',
  'decimal',
  'wide',
  'quiet',
  'color',
  'xlsxSheets',
  'cutoff',
  'by',
  'periodBy',
] as const;
export type DefaultKey = (typeof DEFAULT_KEYS)[number];

/**
 * A config file that cannot be used: the problem as data (`problem.key` is where, e.g.
 * `statusLabels["Hoàn tất"]`), worded where it is shown (messages/json-problems.ts).
 */
export class ConfigError extends Error {
  readonly key: string;
  constructor(readonly problem: JsonProblem) {
    super(`config file: ${problem.kind} at ${problem.key}`);
    this.name = 'ConfigError';
    this.key = problem.key;
  }
}

export interface AuditConfig {
  /** The file, as named to the user. */
  file: string;
  /** Field → the headers it may be found under (one, or several candidates). */
  columns: Partial<Record<Field, string[]>>;
  /** Folded label (see `statusKey`) → meaning. */
  statusLabels: Map<string, StatusMeaning>;
  /** Option values as they would be typed on the command line; switches (`wide`, …) as booleans. */
  defaults: Partial<Record<DefaultKey, string | boolean>>;
  /** Where it was read from, its size and SHA-256 (set by the reader, for the report's provenance). */
  origin?: OptionFile;
}

/** Values a default can take that only the caller knows (the languages live with the renderers). */
export interface ConfigChoices {
  langs: readonly string[];
}

type Check = (value: unknown, key: string) => string | boolean;

/** Validate parsed JSON as a config; throws `ConfigError` naming the first bad key. */
export function parseConfig(json: unknown, file: string, choices: ConfigChoices): AuditConfig {
  const fail = (key: string, expected: Expected, value: unknown): never => {
    throw new ConfigError({ kind: 'expected', key, expected, got: gotOf(value) });
  };
  const unknown = (key: string, known: readonly string[]): never => {
    throw new ConfigError({ kind: 'unknown-key', key, name: null, known });
  };
  const top = objectOf(json, '(top level)', fail);
  for (const key of Object.keys(top))
    if (!(TOP_KEYS as readonly string[]).includes(key)) unknown(key, TOP_KEYS.slice(1));

  const columns: Partial<Record<Field, string[]>> = {};
  for (const [field, given] of Object.entries(objectOf(top.columns ?? {}, 'columns', fail))) {
    const key = `columns["${field}"]`;
    if (!(FIELDS as readonly string[]).includes(field)) unknown(key, FIELDS);
    // One header, or a list of candidate headers (exports of several systems under one config).
    if (Array.isArray(given)) {
      if (given.length === 0) fail(key, { kind: 'header-or-headers' }, given);
      columns[field as Field] = given.map((header, i) => nonEmpty(header, `${key}[${i}]`, fail));
    } else {
      columns[field as Field] = [
        typeof given === 'string' || given === undefined
          ? nonEmpty(given, key, fail)
          : fail(key, { kind: 'header-or-headers' }, given),
      ];
    }
  }

  const statusLabels = new Map<string, StatusMeaning>();
  const targets = [...STATUS_KINDS, ...LABEL_CLASSES];
  const seen = new Map<string, string>();
  for (const [label, target] of Object.entries(objectOf(top.statusLabels ?? {}, 'statusLabels', fail))) {
    const key = `statusLabels["${label}"]`;
    const meaning = typeof target === 'string' ? meaningOfTarget(target) : undefined;
    if (meaning === undefined) fail(key, { kind: 'one-of', choices: targets }, target);
    if (statusKey(label) === '') fail(key, { kind: 'non-empty-label' }, label);
    const earlier = seen.get(statusKey(label));
    if (earlier !== undefined) fail(key, { kind: 'label-not-repeated', earlier }, label);
    seen.set(statusKey(label), label);
    statusLabels.set(statusKey(label), meaning!);
  }

  const checks: Record<DefaultKey, Check> = {
    unit: (v, k) => nonEmpty(v, k, fail),
    encoding: (v, k) => nonEmpty(v, k, fail),
    inputDelimiter: (v, k) =>
      typeof v === 'string' && (v.length === 1 || v === 'tab') ? v : fail(k, { kind: 'one-char-or-tab' }, v),
    delimiter: (v, k) =>
      typeof v === 'string' && [',', ';', 'tab', '|'].includes(v) ? v : fail(k, { kind: 'output-delimiter' }, v),
    lang: (v, k) => oneOf(v, k, choices.langs, fail),
    resultDate: (v, k) => oneOf(v, k, RESULT_DATE_MODES, fail),
    maxErrors: (v, k) => maxErrors(v, k, fail),
    maxRowBytes: (v, k) => numberText(v, k, fail),
    denominator: (v, k) => oneOf(v, k, DENOMINATORS, fail),
    // Checked again, and worded by option, where the command line's values are (commands/audit-options.ts).
    format: (v, k) => nonEmpty(v, k, fail),
    failOn: (v, k) =>
      Array.isArray(v) ? v.map((x, i) => nonEmpty(x, `${k}[${i}]`, fail)).join(',') : nonEmpty(v, k, fail),
    maxLateRate: (v, k) => numberText(v, k, fail),
    maxMaskedLate: (v, k) => numberText(v, k, fail),
    minCoverage: (v, k) => numberText(v, k, fail),
    gateScope: (v, k) => oneOf(v, k, GATE_SCOPES, fail),
    allowEmpty: (v, k) => flag(v, k, fail),
    decimal: (v, k) => oneOf(v, k, ['dot', 'comma'], fail),
    wide: (v, k) => flag(v, k, fail),
    quiet: (v, k) => flag(v, k, fail),
    color: (v, k) => flag(v, k, fail),
    xlsxSheets: (v, k) => nonEmpty(v, k, fail),
    // Checked again, and worded by option, with the command line's `--cutoff` (commands/audit-options.ts).
    cutoff: (v, k) => nonEmpty(v, k, fail),
    by: (v, k) => oneOf(v, k, BY_PERIODS, fail),
    periodBy: (v, k) => oneOf(v, k, PERIOD_BYS, fail),
  };
  const defaults: Partial<Record<DefaultKey, string | boolean>> = {};
  for (const [key, value] of Object.entries(objectOf(top.defaults ?? {}, 'defaults', fail))) {
    if (!(DEFAULT_KEYS as readonly string[]).includes(key)) unknown(`defaults.${key}`, DEFAULT_KEYS);
    defaults[key as DefaultKey] = checks[key as DefaultKey](value, `defaults.${key}`);
  }
  return { file, columns, statusLabels, defaults };
}

type Fail = (key: string, expected: Expected, value: unknown) => never;

function objectOf(value: unknown, key: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(key, { kind: 'object' }, value);
  return value as Record<string, unknown>;
}

function nonEmpty(value: unknown, key: string, fail: Fail): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fail(key, { kind: 'non-empty-string' }, value);
}

function oneOf(value: unknown, key: string, choices: readonly string[], fail: Fail): string {
  return typeof value === 'string' && choices.includes(value) ? value : fail(key, { kind: 'one-of', choices }, value);
}

/** A number, or a string the command line would take for one ("2.5", "3%"); range checked with the option. */
function numberText(value: unknown, key: string, fail: Fail): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?%?$/.test(value.trim())) return value.trim();
  return fail(key, { kind: 'number' }, value);
}

function flag(value: unknown, key: string, fail: Fail): boolean {
  return typeof value === 'boolean' ? value : fail(key, { kind: 'boolean' }, value);
}

/** A number of rows (a whole number ≥ 0) or a share ("2%"), as `--max-errors` takes it. */
function maxErrors(value: unknown, key: string, fail: Fail): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^(\d+|\d+(\.\d+)?%)$/.test(value.trim())) return value.trim();
  return fail(key, { kind: 'max-errors' }, value);
}
