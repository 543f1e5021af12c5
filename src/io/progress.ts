/**
 * Progress of a long read on stderr — the file being read, files done, rows and rows per second, on
 * one line rewritten in place — only when stderr is a terminal and the run has lasted a while. Never
 * in pipes, files or CI logs: there the caller passes `enabled: false` and nothing is written. The
 * file name is shown with its control characters as \uXXXX, like every name from outside.
 */

/** Not before this many milliseconds (short runs print nothing), and then at most this often. */
import { showControls } from '../render/visible-text.js';

const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

export interface Progress {
  /** `file` has read `rows` rows so far (a running total per file). */
  rows(file: string, rows: number): void;
  /** A file is done. */
  fileDone(file: string): void;
  /** Clear the line (call once, at the end). */
  stop(): void;
}

const SILENT: Progress = { rows: () => {}, fileDone: () => {}, stop: () => {} };

/** `words` says it in the run's language, numbers already formatted (labels' `text.progress`). */
export function makeProgress(opts: {
  enabled: boolean;
  files: number;
  write: (text: string) => void;
  words: (done: number, files: number, rows: number, rate: number, file: string) => string;
  now?: () => number;
}): Progress {
  if (!opts.enabled) return SILENT;
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const perFile = new Map<string, number>();
  let done = 0;
  let current = ''; // the file that reported last: with one reader per file, the one still going
  let lastDrawn = -Infinity;
  let drawn = false;
  const draw = (force: boolean): void => {
    const t = now();
    if (t - started < FIRST_AFTER_MS || (!force && t - lastDrawn < EVERY_MS)) return;
    lastDrawn = t;
    let rows = 0;
    for (const n of perFile.values()) rows += n;
    const rate = rows / Math.max((t - started) / 1000, 1e-3);
    opts.write(`\r\x1b[Ktthc-audit: ${showControls(opts.words(done, opts.files, rows, Math.round(rate), current))}`);
    drawn = true;
  };
  return {
    rows(file, rows) {
      perFile.set(file, rows);
      current = file;
      draw(false);
    },
    fileDone() {
      done++;
      draw(true);
    },
    stop() {
      if (drawn) opts.write('\r\x1b[K');
    },
  };
}
