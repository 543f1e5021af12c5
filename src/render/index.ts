/**
 * Output formats, keyed by the `--format` value. Each is a function of the one report model. A renderer
 * is loaded only when its format is asked for: the workbook library alone takes longer to load than
 * the rest of the tool, and `--version` or a table should not wait for it.
 */
import type { AuditReport } from '../core/report.js';
import type { RenderOptions } from './options.js';

import type { Format } from './formats.js';

export { BINARY_FORMATS, FORM_FORMATS, FORMATS, type FormFormat, type Format } from './formats.js';

/** Text given a piece at a time, for reports too large to hold as one string (a piece may be UTF-8 bytes). */
export interface TextStream {
  stream: Iterable<string | Uint8Array>;
}

/** Text, a text stream, or bytes for a binary format; a renderer may take its time (a Promise). */
export type Rendered = string | Uint8Array | TextStream;
export type Renderer = (report: AuditReport, opts: RenderOptions) => Rendered | Promise<Rendered>;

const LOADERS: Record<Format, () => Promise<Renderer>> = {
  table: async () => (await import('./table.js')).renderTable,
  csv: async () => (await import('./csv.js')).renderCsv,
  json: async () => (await import('./json.js')).streamJson,
  ndjson: async () => (await import('./ndjson.js')).streamNdjson,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  html: async () => (await import('./html.js')).renderHtml,
  xlsx: async () => (await import('./xlsx.js')).renderXlsx,
};

/** The renderer of `format`, loaded on first use. */
export function loadRenderer(format: Format): Promise<Renderer> {
  return LOADERS[format]();
}
