/** Output formats, keyed by the `--format` value. Each is a function of the one report model. */
import type { AuditReport } from '../core/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { streamJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { streamNdjson } from './ndjson.js';
import type { RenderOptions } from './options.js';
import { renderTable } from './table.js';
import { renderXlsx } from './xlsx.js';

export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'markdown', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats whose output is bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: readonly Format[] = ['xlsx'];

/** Text given a piece at a time, for reports too large to hold as one string. */
export interface TextStream {
  stream: Iterable<string>;
}

/** Text, a text stream, or bytes for a binary format; a renderer may take its time (a Promise). */
export type Rendered = string | Uint8Array | TextStream;
export type Renderer = (report: AuditReport, opts: RenderOptions) => Rendered | Promise<Rendered>;

export const RENDERERS: Record<Format, Renderer> = {
  table: renderTable,
  csv: renderCsv,
  json: streamJson,
  ndjson: streamNdjson,
  markdown: renderMarkdown,
  html: renderHtml,
  xlsx: renderXlsx,
};
