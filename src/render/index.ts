/** Output formats, keyed by the `--format` value. Each is a function of the one report model. */
import type { AuditReport } from '../core/report.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import type { RenderOptions } from './options.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS: Record<Format, (report: AuditReport, opts: RenderOptions) => string> = {
  table: renderTable,
  csv: renderCsv,
  json: renderJson,
};
