/**
 * The output formats by `--format` value, as plain lists: what the command line offers, loaded without any
 * renderer.
 */

export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'markdown', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Which findings a format's report lists one by one, the rest of it reading only the counts: every
 * finding; those of the headline kinds (the table: the first few of each, and how many more); or none
 * (the per-unit CSV). The audit keeps as objects only the findings listed (run-audit.ts).
 */
export const FINDINGS_LISTED: Record<Format, 'all' | 'headline' | 'none'> = {
  table: 'headline',
  csv: 'none',
  json: 'all',
  ndjson: 'all',
  markdown: 'all',
  html: 'all',
  xlsx: 'all',
};

/** Formats whose output is bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: readonly Format[] = ['xlsx'];

/** The formats of `validate`'s report. */
export const VALIDATE_FORMATS = ['table', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** The formats of the settlement-results form (`--form 06a`). */
export const FORM_FORMATS = ['table', 'csv', 'json', 'markdown', 'html', 'xlsx'] as const satisfies readonly Format[];
export type FormFormat = (typeof FORM_FORMATS)[number];

/** `--headers`: the CSV's headings, total row and class names in the report's language, or machine names. */
export const CSV_HEADERS = ['labels', 'keys'] as const;
export type CsvHeaders = (typeof CSV_HEADERS)[number];

/** `--xlsx-sheets`: every finding on one Findings sheet, or a sheet per finding kind. */
export const XLSX_SHEETS = ['single', 'per-kind'] as const;
export type XlsxSheets = (typeof XLSX_SHEETS)[number];
