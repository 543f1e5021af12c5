/**
 * The audit on both cores: two worker threads (audit-worker.ts) each audit every other slice of codes,
 * reading the same stores in shared memory, while this thread only waits — so it stays free to answer
 * Ctrl-C at once (a signal handler cannot run while this thread audits synchronously). Each worker
 * builds its own `AuditOptions` from the same recipe (audit-recipe.ts); the two results are merged.
 * Small inputs, `threads` 1, or a run from TypeScript sources stay in this thread.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { mergeFormTally } from '../core/form.js';
import type { AuditOptions } from '../core/reconcile.js';
import { type AuditRecipe, optionsFromRecipe } from './audit-recipe.js';
import { auditSlices, type SliceResult } from './audit.js';
import { reviveError, type SerialError, YOUNG_GENERATION_MB } from './read-inputs.js';
import { type Slicing, type StoreSet, sliceStores } from './slices.js';
import type { PackedRecords } from './store.js';
import type { Source } from '../core/types.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import { FindingWriter, joinWritten, type WrittenFindings } from './finding-texts.js';

/** Below this many records the second thread costs more than it saves. */
const THREADS_FROM_RECORDS = 200_000;

/** What the audit worker is given, and what it answers. */
export interface AuditTask {
  stores: Record<Source, PackedRecords[]>;
  slicing: Slicing;
  first: number;
  step: number;
  recipe: AuditRecipe;
  /** The units' display names (unit key → name): for the evidence list and the written findings. */
  unitNames: Map<string, string>;
  evidence: boolean;
  /** Write the findings as text in this form (finding-texts.ts); null: hand them back as objects. */
  form: FindingTextForm | null;
}
export type AuditReply =
  | { kind: 'done'; result: SliceResult; written: WrittenFindings | null; computedYears: number[] }
  | { kind: 'failed'; error: SerialError };

export interface StoresAudit extends SliceResult {
  /** Years the calendar had no notice for and computed by rule, in any thread. */
  computedYears: number[];
  /** The findings written as text when a form was asked for (then `findings` is empty); else null. */
  findingTexts: FindingTexts | null;
}

/** What the audit is asked to give besides the findings, tally and out-of-period counts. */
export interface AuditWants {
  /** Whether the evidence list (one entry per dossier) is wanted. */
  evidence: boolean;
  /** Findings written as text in this form, not as objects (null: objects). */
  form: FindingTextForm | null;
}

function workerUrl(): URL | null {
  return fileURLToPath(import.meta.url).endsWith('.js') ? new URL('./audit-worker.js', import.meta.url) : null;
}

function auditInWorker(url: URL, task: AuditTask): Promise<Extract<AuditReply, { kind: 'done' }>> {
  return replyOf(
    new Worker(url, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
}

/**
 * The worker's answer. (Apart from `auditInWorker`, so that its listeners do not keep the task — and its stores —
 * alive.)
 */
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
 * Audit every record of the stores with the options `recipe` makes. `threads`: at most this many
 * threads; undefined decides by size. `unitNames`: the units' display names.
 */
export async function auditStores(
  stores: StoreSet,
  recipe: AuditRecipe,
  unitNames: Map<string, string>,
  wants: AuditWants,
  threads: number | undefined,
): Promise<StoresAudit> {
  const slicing = sliceStores(stores);
  const records = [...stores.electronic, ...stores.paper].reduce((n, s) => n + s.count, 0);
  const url = workerUrl();
  const wanted = threads ?? (records >= THREADS_FROM_RECORDS ? availableParallelism() : 1);
  if (url === null || slicing.slices < 2 || wanted < 2) {
    const options: AuditOptions = optionsFromRecipe(recipe);
    const writer = wants.form === null ? null : new FindingWriter(unitNames, wants.form);
    const result = auditSlices(stores, slicing, 0, 1, options, wants.evidence ? unitNames : null, writer);
    const computedYears = options.calendar.computedYears();
    const findingTexts = writer === null ? null : joinWritten([writer.finish()], wants.form!);
    return { ...result, computedYears, findingTexts };
  }
  const task = (first: number): AuditTask => ({
    stores: { electronic: stores.electronic.map((s) => s.pack()), paper: stores.paper.map((s) => s.pack()) },
    slicing,
    first,
    step: 2,
    recipe,
    unitNames,
    evidence: wants.evidence,
    form: wants.form,
  });
  const halves = await Promise.all([auditInWorker(url, task(0)), auditInWorker(url, task(1))]);
  const merged: StoresAudit = {
    findings: [],
    outsidePeriodByFile: new Map(),
    tally: new Map(),
    periodTally: new Map(),
    evidence: [],
    form: null,
    computedYears: [],
    findingTexts: null,
  };
  for (const half of halves) mergeResults(merged, half.result, half.computedYears);
  merged.computedYears.sort((a, b) => a - b);
  if (wants.form !== null)
    merged.findingTexts = joinWritten(
      halves.map((h) => h.written!),
      wants.form,
    );
  return merged;
}

/** Add one thread's result into `into`: lists appended, counts summed (every number in a tally is a count). */
export function mergeResults(into: StoresAudit, from: SliceResult, computedYears: readonly number[]): void {
  for (const f of from.findings) into.findings.push(f);
  if (from.form !== null) {
    if (into.form === null) into.form = from.form;
    else mergeFormTally(into.form, from.form);
  }
  for (const e of from.evidence) into.evidence.push(e);
  for (const [file, n] of from.outsidePeriodByFile)
    into.outsidePeriodByFile.set(file, (into.outsidePeriodByFile.get(file) ?? 0) + n);
  for (const [tally, theirs] of [
    [into.tally, from.tally],
    [into.periodTally, from.periodTally],
  ] as const) {
    for (const [key, acc] of theirs) {
      const mine = tally.get(key);
      if (mine === undefined) tally.set(key, acc);
      else addCounts(mine as unknown as Record<string, unknown>, acc as unknown as Record<string, unknown>);
    }
  }
  for (const year of computedYears) if (!into.computedYears.includes(year)) into.computedYears.push(year);
}

function addCounts(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    if (typeof v === 'number') into[k] = ((into[k] as number | undefined) ?? 0) + v;
    else if (v !== null && typeof v === 'object') {
      into[k] ??= {};
      addCounts(into[k] as Record<string, unknown>, v as Record<string, unknown>);
    }
  }
}
