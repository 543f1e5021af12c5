/**
 * The audit on both cores: this thread audits every other slice of codes and a worker thread
 * (audit-worker.ts) the rest, reading the same stores in shared memory; the two results are merged.
 * The worker builds its own `AuditOptions` from the same recipe, and the years its calendar had to
 * compute are then resolved in ours too, so that the report lists the same computed years as a run in
 * one thread. Small inputs, `threads` 1, or a run from TypeScript sources stay in this thread.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { mergeSliceResults, sliceStores, type SliceResult, type Slicing, type StoreSet } from '../core/audit-chunks.js';
import { auditSlicesQuietly } from '../core/quiet-dossiers.js';
import type { AuditRecipe } from '../core/audit-recipe.js';
import type { PackedRecords } from '../core/compact-records.js';
import { daysFromCivil } from '../core/day.js';
import { listEvidence, type EvidenceEntry } from '../core/evidence.js';
import { auditDossiers, type AuditOptions, type AuditResult } from '../core/reconcile.js';
import type { UnitTally } from '../core/summarise.js';
import type { Source } from '../core/types.js';
import { reviveError, type SerialError } from './read-stores.js';

/** Below this many records the second thread costs more than it saves. */
const THREADS_FROM_RECORDS = 200_000;

/** What the audit worker is given, and what it answers. */
export interface AuditTask {
  stores: Record<Source, PackedRecords[]>;
  slicing: Slicing;
  first: number;
  step: number;
  recipe: AuditRecipe;
  /** Unit names for the evidence list, or null when no list is wanted. */
  unitNames: Map<string, string> | null;
}
export type AuditReply =
  | { kind: 'done'; result: SliceResult; computedYears: number[]; evidence: EvidenceEntry[] }
  | { kind: 'failed'; error: SerialError };

export interface StoresAudit {
  /** `dossiers` is empty: they were tallied (`tally`) and listed (`evidence`). */
  result: AuditResult;
  tally: UnitTally;
  /** Evidence entries in no particular order (empty unless `unitNames` was given). */
  evidence: EvidenceEntry[];
}

function workerUrl(): URL | null {
  return fileURLToPath(import.meta.url).endsWith('.js') ? new URL('./audit-worker.js', import.meta.url) : null;
}

function auditInWorker(url: URL, task: AuditTask): Promise<Extract<AuditReply, { kind: 'done' }>> {
  return replyOf(new Worker(url, { workerData: task }));
}

/** The worker's answer. (Apart from `auditInWorker`, so that its listeners do not keep the task — and its stores — alive.) */
function replyOf(worker: Worker): Promise<Extract<AuditReply, { kind: 'done' }>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (reply: AuditReply) => {
      settled = true;
      void worker.terminate();
      if (reply.kind === 'done') resolve(reply);
      else reject(reviveError(reply.error));
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the audit thread stopped (exit code ${code})`));
    });
  });
}

/**
 * Audit every record of the stores with `options` (built from `recipe` by the caller), then empty the
 * stores (`release`). `threads`: at most this many threads; undefined decides by size.
 */
export async function auditStores(
  stores: StoreSet,
  recipe: AuditRecipe,
  options: AuditOptions,
  unitNames: Map<string, string> | null,
  threads: number | undefined,
): Promise<StoresAudit> {
  const slicing = sliceStores(stores);
  const records = [...stores.electronic, ...stores.paper].reduce((n, s) => n + s.count, 0);
  const url = workerUrl();
  const parallel =
    url !== null &&
    slicing.slices > 1 &&
    (threads ?? (records >= THREADS_FROM_RECORDS ? availableParallelism() : 1)) >= 2;
  const evidence: EvidenceEntry[] = [];
  const keep =
    unitNames === null
      ? undefined
      : (dossiers: Parameters<typeof listEvidence>[0]): void => {
          for (const entry of listEvidence(dossiers, unitNames)) evidence.push(entry);
        };
  const audit = (set: Parameters<typeof auditDossiers>[0]): AuditResult => auditDossiers(set, options);
  let mine: SliceResult;
  if (!parallel) {
    mine = auditSlicesQuietly(stores, slicing, 0, 1, options, audit, keep);
  } else {
    // Both halves run on worker threads and this thread only waits: it stays free to answer Ctrl-C at
    // once (a signal handler cannot run while this thread audits synchronously).
    const task = (first: number): AuditTask => ({
      stores: { electronic: stores.electronic.map((s) => s.pack()), paper: stores.paper.map((s) => s.pack()) },
      slicing,
      first,
      step: 2,
      recipe,
      unitNames,
    });
    const halves = await Promise.all([auditInWorker(url, task(0)), auditInWorker(url, task(1))]);
    mine = { findings: [], outsidePeriodByFile: new Map(), tally: new Map() };
    for (const done of halves) {
      mergeSliceResults(mine, done.result);
      for (const entry of done.evidence) evidence.push(entry);
      for (const year of done.computedYears) options.calendar.isWorkingDay(daysFromCivil(year, 1, 1));
    }
  }
  for (const store of [...stores.electronic, ...stores.paper]) store.release(); // their memory is the report's now
  return {
    result: { dossiers: [], findings: mine.findings, outsidePeriodByFile: mine.outsidePeriodByFile },
    tally: mine.tally,
    evidence,
  };
}
