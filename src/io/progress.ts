/**
 * Progress of a long run on stderr — while reading, the files being read (all of them when read in
 * parallel), files done, rows and rows per second, and, when every input's size is known (no pipe),
 * the share of their bytes read with an estimate of the time left; then the phase (matching and
 * classifying, writing) — on one line rewritten in place, cut to the terminal's width so that one
 * `\r` and erase-line clear it all, and cleared at the end — only when stderr is a terminal and the
 * run has lasted a while. Never in pipes, files or CI logs: there the caller passes `enabled: false`
 * and nothing is written. The file name is shown with its control characters as \uXXXX, like every
 * name from outside.
 */
import { showControls } from '../render/visible-text.js';

/** Not before this many milliseconds (short runs print nothing), and then at most this often. */
const FIRST_AFTER_MS = 1000;
const EVERY_MS = 250;

export interface Progress {
  /** Size in bytes of an input, null when unknown (a pipe): the share read is shown only when all are known. */
  size(file: string, bytes: number | null): void;
  /** `file` has read `rows` rows so far (a running total per file), and `bytes` of it when known. */
  rows(file: string, rows: number, bytes?: number): void;
  /** A file is done: its final row count, when known (the last frame shows it, not an earlier one). */
  fileDone(file: string, rows?: number): void;
  /** The reading is over: the run goes on with `phase` (shown in place of the reading line). */
  phase(phase: ProgressPhase): void;
  /** Clear the line (call once, at the end; again before any other line goes to stderr). */
  stop(): void;
}

export type ProgressPhase = 'auditing' | 'writing';

const SILENT: Progress = { size: () => {}, rows: () => {}, fileDone: () => {}, phase: () => {}, stop: () => {} };

/**
 * The share of the bytes read, in whole percent (rounded down: 100 only at the end), and the seconds
 * left at the pace so far (rounded up; null before any byte or once all are read).
 */
export function readShare(
  read: number,
  total: number,
  elapsedMs: number,
): { percent: number; etaSeconds: number | null } {
  const percent = total <= 0 ? 100 : Math.min(100, Math.floor((read * 100) / total));
  const etaSeconds = read <= 0 || read >= total ? null : Math.ceil(((elapsedMs / 1000) * (total - read)) / read - 1e-9);
  return { percent, etaSeconds };
}

/** Seconds as a clock: "0:07", "12:05", "1:02:03". */
export function formatEta(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The last part of a path (either separator). */
const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** `text` cut to `columns - 1` characters (the last column left free, so the terminal never wraps it). */
function cutToWidth(text: string, columns: number | undefined): string {
  if (columns === undefined || columns < 2) return text;
  const chars = [...text];
  return chars.length < columns ? text : `${chars.slice(0, columns - 2).join('')}…`;
}

/** `words` says it in the run's language, numbers already formatted (labels' `text.progress`). */
export function makeProgress(opts: {
  enabled: boolean;
  files: number;
  write: (text: string) => void;
  words: (done: number, files: number, rows: number, rate: number, file: string) => string;
  /** The words of a phase after reading, with the rows read. */
  phaseWords?: (phase: ProgressPhase, rows: number) => string;
  /** The share of the bytes read and the time left (null: not yet known), added to the reading line. */
  shareWords?: (percent: number, eta: string | null) => string;
  /** The terminal's width: the line is cut to fit it. */
  columns?: number;
  /** Nothing is drawn before this many milliseconds (default 1000). */
  firstAfterMs?: number;
  now?: () => number;
}): Progress {
  if (!opts.enabled) return SILENT;
  const now = opts.now ?? (() => performance.now());
  const firstAfter = opts.firstAfterMs ?? FIRST_AFTER_MS;
  const started = now();
  const perFile = new Map<string, number>();
  const sizes = new Map<string, number | null>();
  const bytesRead = new Map<string, number>();
  let done = 0;
  const reading = new Set<string>(); // files that reported rows and are not done: all of them when read in parallel
  let lastNames: string[] = []; // shown when no file is being read
  let phase: ProgressPhase | null = null;
  let lastDrawn = -Infinity;
  let drawn = false;
  const share = (elapsed: number): string => {
    const known = [...sizes.values()];
    if (!opts.shareWords || known.length < opts.files || known.some((s) => s === null)) return '';
    let total = 0;
    for (const s of known) total += s ?? 0;
    let read = 0;
    for (const [file, n] of bytesRead) read += Math.min(n, sizes.get(file) ?? n);
    const { percent, etaSeconds } = readShare(read, total, elapsed);
    // Bytes are read ahead of the rows parsed: 100% waits for the last file to be done.
    if (done < opts.files && percent === 100) return opts.shareWords(99, null);
    return opts.shareWords(percent, etaSeconds === null ? null : formatEta(etaSeconds));
  };
  const draw = (force: boolean): void => {
    const t = now();
    if (t - started < firstAfter || (!force && t - lastDrawn < EVERY_MS)) return;
    lastDrawn = t;
    let rows = 0;
    for (const n of perFile.values()) rows += n;
    const rate = rows / Math.max((t - started) / 1000, 1e-3);
    const names = reading.size > 0 ? [...reading] : lastNames;
    // The share read first: it is what a cut line must keep. Base names when whole paths do not fit.
    const line = (shortNames: boolean): string => {
      if (phase !== null && opts.phaseWords) return opts.phaseWords(phase, rows);
      const shown = names.map((f) => (shortNames ? baseName(f) : f)).join(', ');
      const words = opts.words(done, opts.files, rows, Math.round(rate), shown);
      const part = share(t - started);
      return part === '' ? words : `${part} · ${words}`;
    };
    let text = `tthc-audit: ${showControls(line(false))}`;
    if (opts.columns !== undefined && [...text].length >= opts.columns)
      text = `tthc-audit: ${showControls(line(true))}`;
    opts.write(`\r\x1b[K${cutToWidth(text, opts.columns)}`);
    drawn = true;
  };
  return {
    size(file, bytes) {
      sizes.set(file, bytes);
    },
    rows(file, rows, bytes) {
      perFile.set(file, rows);
      if (bytes !== undefined) bytesRead.set(file, bytes);
      reading.add(file);
      draw(false);
    },
    fileDone(file, rows) {
      done++;
      if (rows !== undefined) perFile.set(file, rows);
      const size = sizes.get(file);
      if (size !== undefined && size !== null) bytesRead.set(file, size);
      lastNames = reading.size > 0 ? [...reading] : [file];
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
