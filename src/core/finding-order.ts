/**
 * The order of the report's findings: unit (Vietnamese collation, then code points), kind (most serious
 * first), code, source file and line. Written once, as a comparison of sort keys (`compareAt`);
 * `compareFindings` is its plain statement on two findings, `sortFindings` the fast one used on real
 * lists, and `mergeSorted` puts lists already sorted (one per audit thread) together in the same order.
 * Keys are kept in columns (typed arrays and string lists): an audit thread hands them over cheaply.
 */
import type { Finding } from '../findings/finding.js';
import { FINDING_KINDS } from '../findings/kinds.js';

const KIND_ORDER = new Map(FINDING_KINDS.map((k, i) => [k, i]));
/** The same Vietnamese collation the unit table uses (explicit locale: independent of LANG). */
const UNIT_ORDER = new Intl.Collator('vi', { sensitivity: 'variant' });

/** What the order looks at in each finding of a list (its unit as the report names it), in columns. */
export interface SortKeys {
  /** The list's units, each once; `unit[i]` is an index into it. */
  units: string[];
  unit: Int32Array;
  kind: Int32Array;
  code: string[];
  /** The files, each once; `file[i]` indexes it: the file of the electronic side, else the paper side's. */
  files: string[];
  /** -1: the finding has no side (it sorts before those that have). */
  file: Int32Array;
  line: Int32Array;
}

export function sortKeysOf(list: readonly Finding[]): SortKeys {
  const n = list.length;
  const keys: SortKeys = {
    units: [],
    unit: new Int32Array(n),
    kind: new Int32Array(n),
    code: new Array<string>(n),
    files: [],
    file: new Int32Array(n),
    line: new Int32Array(n),
  };
  const unitIndex = new Map<string, number>();
  const fileIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const f = list[i]!;
    let u = unitIndex.get(f.unit);
    if (u === undefined) {
      u = keys.units.push(f.unit) - 1;
      unitIndex.set(f.unit, u);
    }
    const side = f.electronic ?? f.paper;
    keys.unit[i] = u;
    keys.kind[i] = KIND_ORDER.get(f.kind)!;
    keys.code[i] = f.code;
    let file = side ? fileIndex.get(side.file) : -1;
    if (file === undefined) {
      file = keys.files.push(side!.file) - 1;
      fileIndex.set(side!.file, file);
    }
    keys.file[i] = file;
    keys.line[i] = side ? side.line : 0;
  }
  return keys;
}

/**
 * Each unit's place in the order, for every key set: the units (a few dozen) are put in order once,
 * over all the sets, and then compared by rank.
 */
export function unitRanks(sets: readonly SortKeys[]): Int32Array[] {
  const sorted = [...new Set(sets.flatMap((s) => s.units))].sort((a, b) => UNIT_ORDER.compare(a, b) || cmp(a, b));
  const rank = new Map(sorted.map((u, i) => [u, i]));
  return sets.map((s) => Int32Array.from(s.units, (u) => rank.get(u)!));
}

/** The order of key i of `a` and key j of `b`, their units ranked by `ra` and `rb` (from one `unitRanks`). */
export function compareAt(a: SortKeys, ra: Int32Array, i: number, b: SortKeys, rb: Int32Array, j: number): number {
  return (
    ra[a.unit[i]!]! - rb[b.unit[j]!]! ||
    a.kind[i]! - b.kind[j]! ||
    cmp(a.code[i]!, b.code[j]!) ||
    cmp(fileAt(a, i), fileAt(b, j)) ||
    a.line[i]! - b.line[j]!
  );
}

/** Findings in a stable order: unit, kind (most serious first), code, source line. */
export function compareFindings(a: Finding, b: Finding): number {
  const keys = sortKeysOf([a, b]);
  const [rank] = unitRanks([keys]) as [Int32Array];
  return compareAt(keys, rank, 0, keys, rank, 1);
}

/**
 * Sort `list` in place in `compareFindings` order, faster: each finding's key is made once and the
 * units are compared by rank, not by the collator in each of the n log n comparisons (≈ 1.3 s at 10M
 * rows). Stable: findings with equal keys keep their order. Returns the keys in the new order.
 * test/core/finding-order.test.ts checks the two orders are the same on random lists.
 */
export function sortFindings(list: Finding[]): SortKeys {
  const keys = sortKeysOf(list);
  const [rank] = unitRanks([keys]) as [Int32Array];
  const order = Array.from(list, (_, i) => i).sort((i, j) => compareAt(keys, rank, i, keys, rank, j) || i - j);
  const found = order.map((i) => list[i]!);
  for (let i = 0; i < found.length; i++) list[i] = found[i]!;
  return {
    units: keys.units,
    unit: Int32Array.from(order, (i) => keys.unit[i]!),
    kind: Int32Array.from(order, (i) => keys.kind[i]!),
    code: order.map((i) => keys.code[i]!),
    files: keys.files,
    file: Int32Array.from(order, (i) => keys.file[i]!),
    line: Int32Array.from(order, (i) => keys.line[i]!),
  };
}

/**
 * How to merge lists each sorted by `sortFindings` (given by their keys, at most 255 lists): for each
 * place of the merged list, the list its item comes from (the next one not yet taken from that list).
 * On equal keys the earlier list comes first, as if the lists had been joined and sorted (stable).
 */
export function mergeSorted(lists: readonly SortKeys[]): Uint8Array {
  const ranks = unitRanks(lists);
  const next = lists.map(() => 0);
  const from = new Uint8Array(lists.reduce((n, l) => n + l.unit.length, 0));
  for (let k = 0; k < from.length; k++) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (next[l]! >= lists[l]!.unit.length) continue;
      if (best < 0 || compareAt(lists[l]!, ranks[l]!, next[l]!, lists[best]!, ranks[best]!, next[best]!) < 0) best = l;
    }
    from[k] = best;
    next[best]!++;
  }
  return from;
}

function fileAt(keys: SortKeys, i: number): string {
  const file = keys.file[i]!;
  return file < 0 ? '' : keys.files[file]!;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
