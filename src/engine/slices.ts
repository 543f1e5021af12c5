/**
 * Slices of dossier codes: the stores are cut by a hash of the matching key, so that every record of a
 * code — from any file and either source — lands in the same slice, and each slice can be audited on
 * its own (audit.ts), a thousand dossiers or so at a time, on either thread. Also the questions asked
 * of all the stores at once without building records: the latest event day, the units' names.
 */
import { chooseUnitNamesByCount } from '../core/summarise.js';
import type { Source } from '../core/types.js';
import type { RecordStore } from './store.js';

/** About how many records one slice holds: small enough for the young generation. */
export const RECORDS_PER_SLICE = 1024;

export type StoreSet = Record<Source, readonly RecordStore[]>;

/** Rows of one store by slice, after `sliceBy` reordered it: slice s is rows `start[s]` … `start[s+1] - 1`. */
export interface Partition {
  start: Int32Array;
}

/** The stores cut into slices: one partition per store, in the stores' order. */
export interface Slicing {
  slices: number;
  parts: Record<Source, Partition[]>;
}

/**
 * Cut the stores into slices of about `perSlice` records, reordering each store's rows by slice, in
 * place (which row is where matters to nothing else). Stores already cut alike — the reader threads
 * cut them as they finish — are used as they are unless `perSlice` is given (tests).
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
