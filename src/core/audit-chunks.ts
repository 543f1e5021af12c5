/**
 * The audit of compact stores, a slice of dossier codes at a time, so that a million dossiers never
 * live as objects at once. Codes are split into slices by a hash of the matching key — every record of
 * a code, from any file and either source, lands in the same slice — and each slice's records are
 * rebuilt and given to the real audit (`auditDossiers`, passed in). Its results are merged: findings
 * and out-of-period counts are concatenated and summed, dossiers are tallied per unit (the figures)
 * and then dropped. This is exact because the audit treats each code on its own and its result does
 * not depend on the order of records (reconcile.ts); test/core/audit-chunks.test.ts checks it.
 * Slices are independent, so two threads can take half of them each (io/audit-parallel.ts).
 */
import type { RecordStore } from './compact-records.js';
import type { Finding } from '../findings/finding.js';
import type { AuditResult, Dossier } from './reconcile.js';
import { chooseUnitNamesByCount, tallyDossiers, type UnitTally } from './summarise.js';
import type { DossierRecord, Source } from './types.js';

/** About how many records one slice rebuilds at a time: small enough for the young generation. */
export const RECORDS_PER_SLICE = 1024;

export type RecordSet = { electronic: DossierRecord[]; paper: DossierRecord[] };
export type StoreSet = Record<Source, readonly RecordStore[]>;

/** Rows of one store by slice, after `sliceStores` reordered it: slice s is rows `start[s]` … `start[s+1] - 1`. */
export interface Partition {
  start: Int32Array;
}

/** The stores cut into slices: one partition per store, in the stores' order. */
export interface Slicing {
  slices: number;
  parts: Record<Source, Partition[]>;
}

/** What auditing some slices gives: everything but the dossiers themselves. */
export interface SliceResult {
  findings: Finding[];
  outsidePeriodByFile: Map<string, number>;
  tally: UnitTally;
}

export interface ChunkedAudit {
  /** The merged result; `dossiers` is empty: they were tallied into `tally` (and shown to `onDossiers`). */
  result: AuditResult;
  tally: UnitTally;
}

/**
 * Cut the stores into slices of about `perSlice` records, reordering each store's rows by slice, in
 * place (which row is where matters to nothing else). Stores already cut alike — the reader threads
 * cut them as they finish (`sliceCountFor`) — are used as they are unless `perSlice` is given (tests).
 */
export function sliceStores(stores: StoreSet, perSlice?: number): Slicing {
  const all = [...stores.electronic, ...stores.paper];
  const given = all[0]?.sliceCount ?? 0;
  let slices = given;
  if (perSlice !== undefined || given === 0 || all.some((st) => st.sliceCount !== given)) {
    slices = sliceCountFor(
      all.reduce((n, st) => n + st.count, 0),
      perSlice,
    );
    for (const st of all) st.sliceBy(slices);
  }
  const part = (st: RecordStore): Partition => ({ start: st.sliceStarts! });
  return { slices, parts: { electronic: stores.electronic.map(part), paper: stores.paper.map(part) } };
}

/** How many slices for this many records in all. */
export function sliceCountFor(records: number, perSlice = RECORDS_PER_SLICE): number {
  return Math.max(1, Math.ceil(records / perSlice));
}

function rebuild(stores: readonly RecordStore[], parts: readonly Partition[], s: number): DossierRecord[] {
  const records: DossierRecord[] = [];
  for (let k = 0; k < stores.length; k++) {
    const store = stores[k]!;
    const { start } = parts[k]!;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) records.push(store.recordAt(i));
  }
  return records;
}

/**
 * Run `audit` over the slices `s` with `s % step === first`. `onDossiers` sees each slice's dossiers
 * before they are dropped (for the evidence list).
 */
export function auditSlices(
  stores: StoreSet,
  slicing: Slicing,
  first: number,
  step: number,
  audit: (records: RecordSet) => AuditResult,
  onDossiers?: (dossiers: readonly Dossier[]) => void,
): SliceResult {
  const findings: Finding[] = [];
  const outsidePeriodByFile = new Map<string, number>();
  const tally: UnitTally = new Map();
  for (let s = first; s < slicing.slices; s += step) {
    const chunk = audit({
      electronic: rebuild(stores.electronic, slicing.parts.electronic, s),
      paper: rebuild(stores.paper, slicing.parts.paper, s),
    });
    for (const f of chunk.findings) findings.push(f);
    for (const [file, n] of chunk.outsidePeriodByFile)
      outsidePeriodByFile.set(file, (outsidePeriodByFile.get(file) ?? 0) + n);
    tallyDossiers(tally, chunk.dossiers);
    onDossiers?.(chunk.dossiers);
  }
  return { findings, outsidePeriodByFile, tally };
}

/** Add `from` into `into`: findings appended, counts summed (every number in a tally is a count). */
export function mergeSliceResults(into: SliceResult, from: SliceResult): void {
  for (const f of from.findings) into.findings.push(f);
  for (const [file, n] of from.outsidePeriodByFile)
    into.outsidePeriodByFile.set(file, (into.outsidePeriodByFile.get(file) ?? 0) + n);
  for (const [key, acc] of from.tally) {
    const mine = into.tally.get(key);
    if (mine === undefined) into.tally.set(key, acc);
    else addCounts(mine as unknown as Record<string, unknown>, acc as unknown as Record<string, unknown>);
  }
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

/** The whole audit in this thread, one slice after another. */
export function auditInChunks(
  stores: StoreSet,
  audit: (records: RecordSet) => AuditResult,
  onDossiers?: (dossiers: readonly Dossier[]) => void,
  perSlice?: number,
): ChunkedAudit {
  const { findings, outsidePeriodByFile, tally } = auditSlices(
    stores,
    sliceStores(stores, perSlice),
    0,
    1,
    audit,
    onDossiers,
  );
  return { result: { dossiers: [], findings, outsidePeriodByFile }, tally };
}

/** The latest receipt or result day in the stores (the as-of date when none is given), or -Infinity. */
export function latestEventDay(stores: StoreSet): number {
  let latest = -Infinity;
  for (const store of [...stores.electronic, ...stores.paper]) {
    for (const field of ['received', 'completed', 'returned'] as const) {
      const days = store.intColumn(field);
      if (days === null) continue;
      for (let i = 0; i < days.length; i++) if (days[i]! > latest) latest = days[i]!;
    }
  }
  return latest;
}

/** The display name of each unit key, as `chooseUnitNames` gives it for all the stores' records. */
export function chooseStoreUnitNames(stores: StoreSet): Map<string, string> {
  const written = new Map<string, number>();
  for (const store of [...stores.electronic, ...stores.paper]) {
    for (const [unit, n] of store.textCounts('unit'))
      if (unit !== null) written.set(unit, (written.get(unit) ?? 0) + n);
  }
  return chooseUnitNamesByCount(written);
}
