/**
 * The formats of the settlement-results form (`--form 06a`), keyed by `--format`, each loaded when
 * asked for: a function of the one form report (core/form-report.ts).
 */
import type { FormReport } from '../core/form-report.js';
import type { FormFormat } from './formats.js';
import type { RenderOptions } from './options.js';

export type FormRenderer = (report: FormReport, opts: RenderOptions) => string;

const LOADERS: Record<FormFormat, () => Promise<FormRenderer>> = {
  table: async () => (await import('./form-table.js')).renderFormTable,
  csv: async () => (await import('./form-csv.js')).renderFormCsv,
  json: async () => (await import('./form-json.js')).renderFormJson,
  markdown: async () => (await import('./form-markdown.js')).renderFormMarkdown,
};

export function loadFormRenderer(format: FormFormat): Promise<FormRenderer> {
  return LOADERS[format]();
}
