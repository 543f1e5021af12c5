/**
 * Progress of a long run on stderr — while reading, the files being read (all of them when read in
 * parallel), files done, rows and rows per second; then the phase (auditing, writing) — on one line
 * rewritten in place, cleared at the end — only when stderr is a terminal and the run has lasted a while. Never
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
  /** The reading is over: the run goes on with `phase` (shown in place of the reading line). */
  phase(phase: ProgressPhase): void;
  /** Clear the line (call once, at the end). */
  stop(): void;
}

export type ProgressPhase = 'auditing' | 'writing';

const SILENT: Progress = { rows: () => {}, fileDone: () => {}, phase: () => {}, stop: () => {} };

/** `words` says it in the run's language, numbers already formatted (labels' `text.progress`). */
export function makeProgress(opts: {
  enabled: boolean;
  files: number;
  write: (text: string) => void;
  words: (done: number, files: number, rows: number, rate: number, file: string) => string;
  /** The words of a phase after reading, with the rows read. */
  phaseWords?: (phase: ProgressPhase, rows: number) => string;
  now?: () => number;
}): Progress {
  if (!opts.enabled) return SILENT;
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const perFile = new Map<string, number>();
  let done = 0;
  const reading = new Set<string>(); // files that reported rows and are not done: all of them when read in parallel
  let lastNames = ''; // shown when every file is done
  let phase: ProgressPhase | null = null;
  let lastDrawn = -Infinity;
  let drawn = false;
  const draw = (force: boolean): void => {
    const t = now();
    if (t - started < FIRST_AFTER_MS || (!force && t - lastDrawn < EVERY_MS)) return;
    lastDrawn = t;
    let rows = 0;
    for (const n of perFile.values()) rows += n;
    const rate = rows / Math.max((t - started) / 1000, 1e-3);
    const text =
      phase !== null && opts.phaseWords
        ? opts.phaseWords(phase, rows)
        : opts.words(done, opts.files, rows, Math.round(rate), reading.size > 0 ? [...reading].join(', ') : lastNames);
    opts.write(`\r\x1b[Ktthc-audit: ${showControls(text)}`);
    drawn = true;
  };
  return {
    rows(file, rows) {
      perFile.set(file, rows);
      reading.add(file);
      draw(false);
    },
    fileDone(file) {
      done++;
      if (reading.size > 0) lastNames = [...reading].join(', ');
      reading.delete(file);
      draw(true);
    },
    phase(next) {
      phase = next;
      draw(true);
    },
    stop() {
      if (drawn) opts.write('\r\x1b[K');
      drawn = false;
    },
  };
}
