/**
 * The tool's own error: something the user can act on (bad option, unreadable file, too many bad
 * rows). It carries the exit code and where the problem is; the CLI prints it as one line, without a
 * stack trace unless `--debug`.
 */

import { columnLetters } from './core/sheet-address.js';
import { wordingOf, type Said } from './messages/errors.js';
import type { Lang } from './messages/lang.js';
import { showControls } from './render/visible-text.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface ErrorPlace {
  file?: string;
  /** The line of a CSV file; the row number of a sheet. */
  line?: number;
  column?: number;
  /** The sheet of a workbook: the place is then written as Excel shows it (row, column letters). */
  sheet?: string;
  /** The header of the column, shown after it in a workbook's place. */
  columnName?: string;
}

export class AuditError extends Error {
  readonly exitCode: number = EXIT_ERROR;
  /** Stable machine code, e.g. `E_NO_HEADER`. */
  readonly code: string;
  readonly place: ErrorPlace;
  /** The message, named with its arguments: worded in the run's language when printed. */
  readonly said: Said;

  /** `message` is the English wording (for `--debug` and logs); `formatError` words it in any language. */
  constructor(code: string, said: Said, opts: { place?: ErrorPlace; cause?: unknown } = {}) {
    super(wordingOf(said, 'en').text, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AuditError';
    this.code = code;
    this.place = opts.place ?? {};
    this.said = said;
  }

  /** The problem in `lang`, without the place. */
  text(lang: Lang): string {
    return wordingOf(this.said, lang).text;
  }

  /** How to fix it, in a few words, in `lang`. */
  hint(lang: Lang): string | undefined {
    return wordingOf(this.said, lang).hint;
  }
}

/**
 * `file:line:column: ` for whatever parts are known (the same in both languages: editors jump to it);
 * in a workbook, as Excel shows it: `e.xlsx [Sheet1] row 40, column F (Ngày hẹn trả): `.
 */
export function formatPlace(place: ErrorPlace): string {
  if (!place.file) return '';
  if (place.sheet !== undefined) {
    let out = `${place.file} [${place.sheet}]`;
    if (place.line !== undefined) out += ` row ${place.line}`;
    if (place.line !== undefined && place.column !== undefined) {
      out += `, column ${columnLetters(place.column)}`;
      if (place.columnName) out += ` (${place.columnName})`;
    }
    return `${out}: `;
  }
  let out = place.file;
  if (place.line !== undefined) out += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) out += `:${place.column}`;
  return `${out}: `;
}

/** The one line printed on stderr: `tthc-audit: <file>:<line>:<col>: <what> (<how to fix>)`. */
export function formatError(err: AuditError, lang: Lang): string {
  return formatMessage(err.said, lang, err.place);
}

/** A message on its own line: `tthc-audit: [<place>: ]<what> (<how to fix>)`, in `lang`. */
export function formatMessage(said: Said, lang: Lang, place: ErrorPlace = {}): string {
  const { text, hint } = wordingOf(said, lang);
  // Messages may quote cells and file names: no control character of theirs reaches the terminal.
  return showControls(`tthc-audit: ${formatPlace(place)}${text}${hint ? ` (${hint})` : ''}`);
}
