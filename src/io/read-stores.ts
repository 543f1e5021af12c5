/**
 * Every input file → its `FileIngest` (accounting, rejections; `records` left empty) and a compact
 * `RecordStore` of its records. Large inputs are read in worker threads, one file per thread, as many
 * at once as there are cores (read-worker.ts); each store comes back as shared memory, not as a million
 * cloned objects, already cut into slices of codes for the audit. Small inputs, or
 * `TTHC_AUDIT_THREADS=1`, are read here, one after another. Clean files are read the fast way
 * (fast-ingest.ts), any other the ordinary way (read-dossiers.ts).
 * Either way the first file in input order that fails is the error reported, as when reading in turn.
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RecordStore, type PackedRecords } from '../core/compact-records.js';
import { sliceCountFor, type StoreSet } from '../core/audit-chunks.js';
import { AuditError, type ErrorPlace } from '../errors.js';
import type { Said } from '../messages/errors.js';
import { ingestCleanFile } from './fast-ingest.js';
import type { Progress } from './progress.js';
import { readDossierFile, type FileIngest, type InputSpec, type ReadOptions } from './read-dossiers.js';

/** Below about this many rows in all, starting threads costs more than it saves. */
const THREADS_FROM_ROWS = 50_000;
/**
 * Young generation of a reader or audit thread, in MB: most of what they allocate dies at once, and
 * a smaller nursery keeps the process's peak memory down at no cost in time (measured at 1M rows).
 */
export const YOUNG_GENERATION_MB = 8;
/** A worker reports progress every this many records. */
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
export type ReadOptionsData = Omit<ReadOptions, 'onRecord'>;
export interface WorkerTask {
  spec: InputSpec;
  opts: ReadOptionsData;
  capacity: number;
  slices: number;
}
export type WorkerReply =
  | { kind: 'progress'; rows: number }
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
async function capacityFor(file: string): Promise<number> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(Math.min(size, 1 << 16));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      let lines = 0;
      for (let i = 0; i < bytesRead; i++) if (head[i] === 10 || (head[i] === 13 && head[i + 1] !== 10)) lines++;
      const perLine = bytesRead / Math.max(1, lines);
      return Math.min(1 << 28, Math.ceil((size / Math.max(perLine, 16)) * 1.02) + 64);
    } finally {
      await handle.close();
    }
  } catch {
    return 1024; // readDossierFile reports the unreadable file
  }
}

/** Read one file here, into a store: the fast way when the file is clean (fast-ingest.ts), else the ordinary way. */
export async function readIntoStore(
  spec: InputSpec,
  opts: ReadOptionsData,
  capacity: number,
  onRows?: (rows: number) => void,
  slices = 0,
): Promise<{ ingest: FileIngest; store: RecordStore }> {
  const read = await readAnyWay(spec, opts, capacity, onRows);
  // Cut into slices of codes here, in the reader's thread, so the audit need not (core/audit-chunks.ts).
  if (slices > 0) read.store.sliceBy(slices);
  return read;
}

async function readAnyWay(
  spec: InputSpec,
  opts: ReadOptionsData,
  capacity: number,
  onRows?: (rows: number) => void,
): Promise<{ ingest: FileIngest; store: RecordStore }> {
  if (opts.fast !== false) {
    const clean = await ingestCleanFile(spec, opts, capacity, onRows);
    if (clean !== null) return clean;
  }
  const store = new RecordStore(spec.source, spec.file, capacity);
  const ingest = await readDossierFile(spec, {
    ...opts,
    onRecord: (record) => {
      store.add(record);
      if (onRows !== undefined && store.count % PROGRESS_EVERY === 0) onRows(store.count);
    },
  });
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
      if (reply.kind === 'progress') return progress.rows(task.spec.file, reply.rows);
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

/** Read every input; `ingests` in input order. */
export async function readAllInputs(
  inputs: readonly InputSpec[],
  opts: ReadOptionsData,
  how: ReadAllOptions,
): Promise<ReadResult> {
  const capacities = await Promise.all(inputs.map((spec) => capacityFor(spec.file)));
  const rows = capacities.reduce((n, c) => n + c, 0);
  const url = workerUrl();
  const threads = how.threads ?? (rows >= THREADS_FROM_ROWS ? availableParallelism() : 1);
  const slices = sliceCountFor(rows);
  const results: { ingest: FileIngest; store: RecordStore }[] = [];
  if (url === null || threads < 2) {
    for (const [i, spec] of inputs.entries()) {
      results.push(
        await readIntoStore(spec, opts, capacities[i]!, (rows) => how.progress.rows(spec.file, rows), slices),
      );
      how.progress.fileDone(spec.file);
    }
  } else {
    const live = new Set<Worker>();
    const limiter = makeLimiter(threads);
    const reads = inputs.map((spec, i) =>
      limiter.run(async () => {
        const read = await readInWorker(url, { spec, opts, capacity: capacities[i]!, slices }, how.progress, live);
        how.progress.fileDone(spec.file);
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
  const stores: StoreSet = {
    electronic: results.filter((r) => r.store.source === 'electronic').map((r) => r.store),
    paper: results.filter((r) => r.store.source === 'paper').map((r) => r.store),
  };
  return { ingests, stores };
}
