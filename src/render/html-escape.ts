/**
 * Safe HTML building for `--format html`: the `html` template tag escapes every interpolated value
 * unless it is itself built by `html` (or `trusted`), so a value from the inputs cannot become markup
 * by forgetting to escape it.
 */

import { showControls } from './visible-text.js';

declare const safeBrand: unique symbol;
/** Markup known to be safe: produced by `html` or `trusted`. */
export interface SafeHtml {
  readonly [safeBrand]: true;
  readonly markup: string;
}

export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for element content and double- or single-quoted attribute values; control characters
 * and bidi overrides are shown as `\uXXXX`, as the table shows them (a right-to-left override in a code
 * or unit name would otherwise reorder what the reader sees, the title included).
 */
export function escapeHtml(text: string): string {
  return showControls(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Mark a constant of this program (never input data) as markup. */
export function trusted(markup: string): SafeHtml {
  return { markup } as SafeHtml;
}

function isSafe(part: HtmlPart): part is SafeHtml {
  return typeof part === 'object' && part !== null && !Array.isArray(part) && 'markup' in part;
}

function partToMarkup(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (isSafe(part)) return part.markup;
  if (Array.isArray(part)) return part.map(partToMarkup).join('');
  return escapeHtml(String(part));
}

/** Template tag: the literal parts are markup, every value is escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += partToMarkup(v) + (strings[i + 1] ?? '');
  });
  return trusted(out);
}
