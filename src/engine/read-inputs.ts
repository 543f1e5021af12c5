/**
 * Every input file → its `FileIngest` (accounting, rejections) and a compact `RecordStore` of its
 * records (store.ts). Large inputs are read in worker threads, one file per thread, as many at once as
 * there are cores (read-worker.ts); each store comes back as shared memory, not as a million cloned
 * objects, already cut into slices of codes for the audit (slices.ts). Small inputs, or
 * `TTHC_AUDIT_THREADS=1`, are read here, one after another. Either way each file is read by the one
 * reader, io/read-dossiers.ts, and the first file in input order that fails is the error reported, as
 * when reading in turn.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Source } from '../core/types.js';
import { AuditError, type ErrorPlace } from '../errors.js';
import { checkStreamInputs, type Input, STDIN } from '../io/open-input.js';
import type { Progress } from '../io/progress.js';
import { type FileIngest, type InputSpec, type ReadOptions, readDossierFile } from '../io/read-dossiers.js';
import type { Said } from '../messages/errors.js';
import { sliceCountFor, type StoreSet } from './slices.js';
import { type PackedRecords, RecordStore } from './store.js';

/** Below about this many bytes of input in all, starting threads costs more than it saves (≈ 50,000 rows). */
const THREADS_FROM_BYTES = 8_000_000;
/** Bytes a row takes, for estimates made before a file is read (slices, threads). */
const BYTES_PER_ROW_GUESS = 160;
/**
 * Young generation of a reader or audit thread, in MB: most of what they allocate dies at once, and
 * a smaller nursery keeps the process's peak memory down at no cost in time (measured at 1M rows).
 */
export const YOUNG_GENERATION_MB = 8;
/** A reader reports progress every this many records. */
export const PROGRESS_EVERY = 1 << 16;

export interface ReadAllOptions {
  /** Most files read at once in worker threads; 1 reads in this thread; undefined decides by size. */
  threads: number | undefined;
  progress: Progress;
}

export interface ReadResult {
  ingests: FileIngest[];
  stores: StoreSet;
}

/** What a worker is given and what it answers (read-worker.ts). */
export interface WorkerTask {
  spec: InputSpec;
  opts: ReadOptions;
  slices: number;
}
export type WorkerReply =
  | { kind: 'progress'; rows: number; bytes: number | undefined }
  | { kind: 'done'; ingest: FileIngest; packed: PackedRecords }
  | { kind: 'failed'; error: SerialError };
export type SerialError =
  | { audit: true; code: string; said: Said; place: ErrorPlace }
  | { audit: false; message: string; stack: string | undefined };

export function serialiseError(err: unknown): SerialError {
  if (err instanceof AuditError) return { audit: true, code: err.code, said: err.said, place: err.place };
  return {
    audit: false,
    message: err instanceof Error ? err.message : String(err),
    stack: err instanceof Error ? err.stack : undefined,
  };
}

export function reviveError(e: SerialError): Error {
  if (e.audit) return new AuditError(e.code, e.said, { place: e.place });
  const err = new Error(e.message);
  if (e.stack !== undefined) err.stack = e.stack;
  return err;
}

/**
 * Rows a store starts with: the file's size over the length of its first lines, and a little more,
 * so that it seldom grows (growing doubles it) and seldom holds much unused room.
 */
function capacityFor(input: Input): number {
  const head = input.head;
  // Line ends: LF, and CR alone (not CR LF). Found with indexOf: a byte loop is slow in a cold start.
  let lines = 0;
  for (let i = head.indexOf(10); i >= 0; i = head.indexOf(10, i + 1)) lines++;
  for (let i = head.indexOf(13); i >= 0; i = head.indexOf(13, i + 1)) if (head[i + 1] !== 10) lines++;
  const perLine = head.length / Math.max(1, lines);
  const size = input.size ?? head.length;
  return Math.min(1 << 28, Math.ceil((size / Math.max(perLine, 16)) * 1.02) + 64);
}

/** Read one file here, into a store cut into `slices` slices of codes (0: not cut). */
export async function readIntoStore(
  spec: InputSpec,
  opts: ReadOptions,
  onRows?: (rows: number, bytes: number | undefined) => void,
  slices = 0,
): Promise<{ ingest: FileIngest; store: RecordStore }> {
  let store = new RecordStore(spec.source, spec.file, 1024);
  let opened: Input | null = null;
  const ingest = await readDossierFile(
    spec,
    opts,
    (record) => {
      store.add(record);
      if (onRows !== undefined && store.count % PROGRESS_EVERY === 0) onRows(store.count, opened?.bytesRead());
    },
    (input) => {
      opened = input;
      store = new RecordStore(spec.source, spec.file, capacityFor(input));
    },
  );
  if (ingest.sheet !== null) store.sheet = ingest.sheet;
  // Cut into slices of codes here, in the reader's thread, so the audit need not (slices.ts).
  if (slices > 0) store.sliceBy(slices);
  return { ingest, store };
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests). */
function workerUrl(): URL | null {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.js') ? new URL('./read-worker.js', import.meta.url) : null;
}

function readInWorker(
  url: URL,
  task: WorkerTask,
  progress: Progress,
  live: Set<Worker>,
): Promise<{ ingest: FileIngest; store: RecordStore }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, {
      workerData: task,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    live.add(worker);
    let settled = false;
    const settle = (): void => {
      settled = true;
      live.delete(worker);
      void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'progress') return progress.rows(task.spec.file, reply.rows, reply.bytes);
      settle();
      if (reply.kind === 'done') resolve({ ingest: reply.ingest, store: RecordStore.unpack(reply.packed) });
      else reject(reviveError(reply.error));
    });
    worker.on('error', (err) => {
      settle();
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the reader thread for ${task.spec.file} stopped (exit code ${code})`));
    });
  });
}

/** Run at most `n` of the tasks at once, in order; after `stop()` no further task starts. */
function makeLimiter(n: number): { run<T>(task: () => Promise<T>): Promise<T>; stop(): void } {
  let active = 0;
  let stopped = false;
  const waiting: (() => void)[] = [];
  return {
    async run(task) {
      if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
      if (stopped) throw new Error('stopped');
      active++;
      try {
        return await task();
      } finally {
        active--;
        waiting.shift()?.();
      }
    },
    stop() {
      stopped = true;
    },
  };
}

/**
 * The inputs' sizes in bytes, for the estimates made before reading; null for what is not a regular
 * file (standard input, a pipe), which is read in this thread: a pipe is read through this thread's
 * event loop (io/pipe-input.ts), and standard input belongs to the process.
 */
async function sizesOf(inputs: readonly InputSpec[]): Promise<(number | null)[]> {
  return Promise.all(
    inputs.map(async (spec) => {
      try {
        const s = await stat(spec.file);
        return s.isFile() ? s.size : null;
      } catch {
        return spec.file === STDIN ? null : 0; // the reader reports the file
      }
    }),
  );
}

/** Read every input; `ingests` in input order. */
export async function readAllInputs(
  inputs: readonly InputSpec[],
  opts: ReadOptions,
  how: ReadAllOptions,
): Promise<ReadResult> {
  await checkStreamInputs(inputs.map((spec) => spec.file));
  const sizes = await sizesOf(inputs);
  for (const [i, spec] of inputs.entries()) how.progress.size(spec.file, sizes[i] ?? null);
  const bytes = sizes.reduce<number>((n, s) => n + (s ?? 0), 0);
  const url = workerUrl();
  const threads = how.threads ?? (bytes >= THREADS_FROM_BYTES ? availableParallelism() : 1);
  const slices = sliceCountFor(Math.ceil(bytes / BYTES_PER_ROW_GUESS));
  const results: { ingest: FileIngest; store: RecordStore }[] = [];
  if (url === null || threads < 2) {
    for (const spec of inputs) {
      how.progress.rows(spec.file, 0, 0); // being read from now: the line names it
      const read = await readIntoStore(spec, opts, (rows, b) => how.progress.rows(spec.file, rows, b), slices);
      results.push(read);
      how.progress.fileDone(spec.file, read.ingest.rowsRead);
    }
  } else {
    const live = new Set<Worker>();
    const limiter = makeLimiter(threads);
    const reads = inputs.map((spec, i) =>
      limiter.run(async () => {
        how.progress.rows(spec.file, 0, 0);
        const read =
          sizes[i] === null
            ? await readIntoStore(spec, opts, (rows, b) => how.progress.rows(spec.file, rows, b), slices)
            : await readInWorker(url, { spec, opts, slices }, how.progress, live);
        how.progress.fileDone(spec.file, read.ingest.rowsRead);
        return read;
      }),
    );
    for (const r of reads) r.catch(() => {}); // the first failure in input order is the one reported
    try {
      for (const r of reads) results.push(await r);
    } catch (err) {
      limiter.stop();
      for (const w of live) void w.terminate();
      throw err;
    }
  }
  const ingests = results.map((r) => r.ingest);
  const bySource = (source: Source): RecordStore[] =>
    results.filter((r) => r.store.source === source).map((r) => r.store);
  return { ingests, stores: { electronic: bySource('electronic'), paper: bySource('paper') } };
}
