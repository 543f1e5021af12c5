/**
 * The tool's own error: something the user can act on (bad option, unreadable file, too many bad
 * rows). It carries the exit code and where the problem is; the CLI prints it as one line, without a
 * stack trace unless `--debug`.
 */

import { showControls } from './render/visible-text.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

export class AuditError extends Error {
  readonly exitCode: number = EXIT_ERROR;
  /** Stable machine code, e.g. `E_NO_HEADER`. */
  readonly code: string;
  readonly place: ErrorPlace;
  /** How to fix it, in a few words. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, opts: { place?: ErrorPlace; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AuditError';
    this.code = code;
    this.place = opts.place ?? {};
    this.hint = opts.hint;
  }
}

/** `file:line:column: ` for whatever parts are known. */
export function formatPlace(place: ErrorPlace): string {
  if (!place.file) return '';
  let out = place.file;
  if (place.line !== undefined) out += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) out += `:${place.column}`;
  return `${out}: `;
}

/** The one line printed on stderr: `tthc-audit: <file>:<line>:<col>: <what> (<how to fix>)`. */
export function formatError(err: AuditError): string {
  const hint = err.hint ? ` (${err.hint})` : '';
  // Messages may quote cells and file names: no control character of theirs reaches the terminal.
  return showControls(`tthc-audit: ${formatPlace(err.place)}${err.message}${hint}`);
}
