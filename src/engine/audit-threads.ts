/**
 * The audit on both cores: two worker threads (audit-worker.ts) each audit every other slice of codes,
 * reading the same stores in shared memory, while this thread only waits — so it stays free to answer
 * Ctrl-C at once (a signal handler cannot run while this thread audits synchronously). Each worker
 * builds its own `AuditOptions` from the same recipe (audit-recipe.ts); the two results are merged.
 * Small inputs, `threads` 1, or a run from TypeScript sources stay in this thread.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
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
import type { FindingKind } from '../findings/kinds.js';
import type { EvidenceForm } from '../render/dossiers.js';
import { EvidenceWriter, type EvidenceTexts, joinEvidence, type WrittenEvidence } from './evidence-texts.js';
import { FindingWriter, joinWritten, type WrittenFindings } from './finding-texts.js';
import { openSpillFile, type SpillFile, SpoolBudget } from './text-spool.js';

/** Below this many records the second thread costs more than it saves. */
const THREADS_FROM_RECORDS = 200_000;

/**
 * How far V8 lets a heap's old space grow past what the last full collection found alive, in per cent,
 * once an audit runs on two threads (the flag is the process's: every thread's heap). Left to itself, V8
 * lets a heap that promotes much grow to about four times its live size: an audit thread that writes the
 * dossier list and `--details` besides the report allocates twice as much as one writing the report alone,
 * and its old space grew to ~95 MB for ~35 MB alive, against ~36 MB (1M + 1M pair). Small runs keep
 * V8's own rule (a quick start).
 */
const HEAP_GROWING_PERCENT = 50;

/** What the audit worker is given, and what it answers. */
export interface AuditTask {
  stores: Record<Source, PackedRecords[]>;
  slicing: Slicing;
  first: number;
  step: number;
  recipe: AuditRecipe;
  /** The units' display names (unit key → name): for the evidence list and the written findings. */
  unitNames: Map<string, string>;
  /** Write the evidence list's entries as text in this form (evidence-texts.ts); null: no list. */
  evidence: EvidenceForm | null;
  /** Write the findings as text in these forms (finding-texts.ts); none: hand them back as objects. */
  forms: FindingTextForm[];
  /** The kinds of the findings handed back as objects (`AuditWants.kinds`). */
  kinds: FindingKind[] | null;
  /** Where the findings' and the entries' texts are spilled (opened here: see text-spool.ts). */
  spill: { findings: SpillFile | null; evidence: SpillFile | null };
}
export type AuditReply =
  | {
      kind: 'done';
      result: SliceResult;
      written: WrittenFindings | null;
      evidence: WrittenEvidence | null;
      computedYears: number[];
    }
  | { kind: 'failed'; error: SerialError };

export interface StoresAudit extends SliceResult {
  /** Years the calendar had no notice for and computed by rule, in any thread. */
  computedYears: number[];
  /**
   * The findings written as text, one list per form asked for (then `findings` is empty); else empty.
   */
  written: FindingTexts[];
  /** The evidence list's entries written as text, when asked for; else null. */
  evidenceTexts: EvidenceTexts | null;
  /** Close the files the texts were spilled to, once they were written. */
  closeTexts: () => void;
}

/** What the audit is asked to give besides the findings, tally and out-of-period counts. */
export interface AuditWants {
  /** The evidence list (one entry per dossier) in this form, or null: not wanted. */
  evidence: EvidenceForm | null;
  /** Findings written as text in these forms, not as objects (none: objects). */
  forms: FindingTextForm[];
  /**
   * As objects, only the findings of these kinds (the output lists no other one by one: every finding
   * is still counted); null: every finding.
   */
  kinds: readonly FindingKind[] | null;
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
    const budget = new SpoolBudget(); // one for both writers
    const writer = wants.forms.length === 0 ? null : new FindingWriter(unitNames, wants.forms, budget);
    const evidence = wants.evidence === null ? null : new EvidenceWriter(wants.evidence, budget);
    const kept = wants.kinds === null ? null : new Set(wants.kinds);
    const result = auditSlices(stores, slicing, 0, 1, options, evidence && unitNames, writer, evidence, kept);
    const computedYears = options.calendar.computedYears();
    return {
      ...result,
      computedYears,
      ...joinTexts([writer?.finish() ?? null], [evidence?.finish() ?? null], wants),
    };
  }
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const task = (first: number): AuditTask => ({
    stores: { electronic: stores.electronic.map((s) => s.pack()), paper: stores.paper.map((s) => s.pack()) },
    slicing,
    first,
    step: 2,
    recipe,
    unitNames,
    evidence: wants.evidence,
    forms: wants.forms,
    kinds: wants.kinds === null ? null : [...wants.kinds],
    spill: {
      findings: wants.forms.length === 0 ? null : openSpillFile(),
      evidence: wants.evidence === null ? null : openSpillFile(),
    },
  });
  const halves = await Promise.all([auditInWorker(url, task(0)), auditInWorker(url, task(1))]);
  const texts = joinTexts(
    halves.map((h) => h.written),
    halves.map((h) => h.evidence),
    wants,
  );
  const merged = emptyAudit(texts);
  for (const half of halves) mergeResults(merged, half.result, half.computedYears);
  merged.computedYears.sort((a, b) => a - b);
  return merged;
}

/** An audit with nothing in it yet, for slices' results to be merged into (`mergeResults`). */
export function emptyAudit(
  texts: Pick<StoresAudit, 'written' | 'evidenceTexts' | 'closeTexts'> = {
    written: [],
    evidenceTexts: null,
    closeTexts: () => undefined,
  },
): StoresAudit {
  return {
    findings: [],
    outsidePeriodByFile: new Map(),
    tally: new Map(),
    periodTally: new Map(),
    evidence: [],
    form: null,
    computedYears: [],
    ...texts,
  };
}

/** The threads' written findings and evidence entries, each as one list in the report's order. */
function joinTexts(
  findings: readonly (WrittenFindings | null)[],
  evidence: readonly (WrittenEvidence | null)[],
  wants: AuditWants,
): Pick<StoresAudit, 'written' | 'evidenceTexts' | 'closeTexts'> {
  const written = wants.forms.length === 0 ? null : joinWritten(findings as WrittenFindings[], wants.forms);
  const evidenceTexts = wants.evidence === null ? null : joinEvidence(evidence as WrittenEvidence[], wants.evidence);
  return {
    written: written?.texts ?? [],
    evidenceTexts,
    closeTexts: () => {
      written?.close();
      evidenceTexts?.close();
    },
  };
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
