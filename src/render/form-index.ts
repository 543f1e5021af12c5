/**
 * The formats of the settlement-results form (`--form 06a`), keyed by `--format`, each loaded when
 * asked for: a function of the one form report (core/form-report.ts). The document formats (html,
 * xlsx) also name the unit(s) and say what the form was made from: the audit report's units and
 * provenance, passed beside it.
 */
import type { FormReport } from '../core/form-report.js';
import type { AuditReport } from '../core/report.js';
import type { FormFormat } from './formats.js';
import type { Rendered } from './index.js';
import type { RenderOptions } from './options.js';

/** What a form's page or workbook states around the figures: the units covered, the provenance. */
export type FormSurroundings = Pick<AuditReport, 'units' | 'provenance'>;

export type FormRenderer = (
  report: FormReport,
  opts: RenderOptions,
  around: FormSurroundings,
) => Rendered | Promise<Rendered>;

const LOADERS: Record<FormFormat, () => Promise<FormRenderer>> = {
  table: async () => (await import('./form-table.js')).renderFormTable,
  csv: async () => (await import('./form-csv.js')).renderFormCsv,
  json: async () => (await import('./form-json.js')).renderFormJson,
  markdown: async () => (await import('./form-markdown.js')).renderFormMarkdown,
  html: async () => (await import('./form-html.js')).renderFormHtml,
  xlsx: async () => (await import('./form-xlsx.js')).renderFormXlsx,
};

export function loadFormRenderer(format: FormFormat): Promise<FormRenderer> {
  return LOADERS[format]();
}
