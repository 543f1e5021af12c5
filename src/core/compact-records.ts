/**
 * A compact, columnar store of the `DossierRecord`s of one file, so that a million records cost tens
 * of megabytes instead of the better part of a gigabyte, and cross a thread boundary as a few
 * transferable buffers instead of a million cloned objects.
 *
 * Days and counts are Int32 columns (null is a sentinel; a column that only ever held null is never
 * allocated); low-variety text (unit, procedure, status, reason, …) is interned — a table of strings
 * and a Uint16 column of ids (Int32 past 65,535 distinct values); dossier codes sit once, joined into
 * one string per 4,096 rows; raw codes and `badDates` are sparse, flagged per row. `recordAt(i)`
 * rebuilds the record exactly: its object literal is typed `DossierRecord`, so a field added there
 * fails to compile here until it is stored (and test/core/compact-records.test.ts round-trips every
 * field). The hot paths are written out field by field: generic loops over field names cost a
 * microsecond a record at this scale.
 */
import type { DossierRecord, LabelClass, Source, StatusKind } from './types.js';

const NULL_INT = -2147483648;
/** Rows per joined string of codes. */
const CODE_BLOCK_BITS = 12;
const CODE_BLOCK = 1 << CODE_BLOCK_BITS;
/** Row flags. */
const RAW_CODE_DIFFERS = 1;
const HAS_BAD_DATES = 2;

type IntColumn = Int32Array | null;
interface TextColumn {
  table: (string | null)[];
  index: Map<string | null, number>;
  ids: Uint16Array | Int32Array;
}
type Ints = { -readonly [K in IntField]: IntColumn };
type Texts = { -readonly [K in TextField]: TextColumn };

const INT_FIELDS = ['received', 'due', 'completed', 'returned', 'apologyDate', 'newDate', 'supplementRequested', 'supplementReturned', 'supplementCount', 'line'] as const;
type IntField = (typeof INT_FIELDS)[number];
const TEXT_FIELDS = ['unit', 'procedure', 'statusLabel', 'reason', 'procedureCode', 'statusKind', 'labelClass'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The plain-data form of a store: what crosses a thread boundary (see `transferables`). */
export interface PackedRecords {
  source: Source;
  file: string;
  count: number;
  ints: Record<IntField, Int32Array | null>;
  texts: Record<TextField, { table: (string | null)[]; ids: Uint16Array | Int32Array }>;
  /** Codes of rows [k·4096, (k+1)·4096), joined; `codeEnds[i]` is where row i's code ends in its block. */
  codeBlocks: string[];
  codeEnds: Int32Array;
  /** Each row's code hash (see `codeHash`). */
  hashes: Int32Array;
  apology: Int8Array;
  flags: Uint8Array;
  /** Row and raw code, where the raw code is not the code itself (typed in lower case, with spaces). */
  rawCodes: [number, string][];
  badDates: [number, DossierRecord['badDates']][];
}

type Column = Int32Array | Uint16Array | Int8Array | Uint8Array;
type ColumnType<T extends Column> = { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };

/**
 * A column on shared memory: the reader thread fills it, and the threads that audit read it in place
 * (a SharedArrayBuffer crosses to another thread without a copy).
 */
function shared<T extends Column>(type: ColumnType<T>, length: number): T {
  return new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT));
}

function newText(capacity: number): TextColumn {
  return { table: [], index: new Map(), ids: shared(Uint16Array, capacity) };
}

function resize<T extends Column>(a: T, capacity: number, fill: number): T {
  const next = shared(a.constructor as ColumnType<T>, capacity);
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}

function intAt(col: IntColumn, i: number): number | null {
  if (col === null) return null;
  const v = col[i]!;
  return v === NULL_INT ? null : v;
}

function textAt(col: TextColumn, i: number): string | null {
  return col.table[col.ids[i]!]!;
}

export class RecordStore {
  readonly source: Source;
  readonly file: string;
  count = 0;
  private capacity: number;
  private readonly ints: Ints;
  private readonly texts: Texts;
  private readonly codeBlocks: string[] = [];
  private codePending: string[] = [];
  private codeLength = 0;
  private codeEnds: Int32Array;
  private hashes: Int32Array;
  private apology: Int8Array;
  private flags: Uint8Array;
  private rawCodes = new Map<number, string>();
  private badDates = new Map<number, DossierRecord['badDates']>();

  constructor(source: Source, file: string, capacity = 1024) {
    this.source = source;
    this.file = file;
    this.capacity = Math.max(1, capacity);
    this.ints = { received: null, due: null, completed: null, returned: null, apologyDate: null, newDate: null, supplementRequested: null, supplementReturned: null, supplementCount: null, line: null };
    const c = this.capacity;
    this.texts = { unit: newText(c), procedure: newText(c), statusLabel: newText(c), reason: newText(c), procedureCode: newText(c), statusKind: newText(c), labelClass: newText(c) };
    this.codeEnds = shared(Int32Array, c);
    this.hashes = shared(Int32Array, c);
    this.apology = shared(Int8Array, c);
    this.flags = shared(Uint8Array, c);
  }

  /** Append a record of this store's file and source. */
  add(r: DossierRecord): void {
    if (r.source !== this.source || r.file !== this.file) throw new Error(`RecordStore: a record of ${r.file} (${r.source}) added to the store of ${this.file} (${this.source})`);
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const n = this.ints;
    this.setInt('received', n.received, i, r.received);
    this.setInt('due', n.due, i, r.due);
    this.setInt('completed', n.completed, i, r.completed);
    this.setInt('returned', n.returned, i, r.returned);
    this.setInt('apologyDate', n.apologyDate, i, r.apologyDate);
    this.setInt('newDate', n.newDate, i, r.newDate);
    this.setInt('supplementRequested', n.supplementRequested, i, r.supplementRequested);
    this.setInt('supplementReturned', n.supplementReturned, i, r.supplementReturned);
    this.setInt('supplementCount', n.supplementCount, i, r.supplementCount);
    this.setInt('line', n.line, i, r.line);
    const t = this.texts;
    setText(t.unit, i, r.unit);
    setText(t.procedure, i, r.procedure);
    setText(t.statusLabel, i, r.statusLabel);
    setText(t.reason, i, r.reason);
    setText(t.procedureCode, i, r.procedureCode);
    setText(t.statusKind, i, r.statusKind);
    setText(t.labelClass, i, r.labelClass);
    this.appendCode(i, r.code);
    let flags = 0;
    if (r.rawCode !== r.code) {
      flags |= RAW_CODE_DIFFERS;
      this.rawCodes.set(i, r.rawCode);
    }
    for (const _ in r.badDates) {
      flags |= HAS_BAD_DATES;
      this.badDates.set(i, { ...r.badDates });
      break;
    }
    this.flags[i] = flags;
    this.apology[i] = r.apology === null ? -1 : r.apology ? 1 : 0;
  }

  /** The record at row `i`, rebuilt. */
  recordAt(i: number): DossierRecord {
    const code = this.codeAt(i);
    const flags = this.flags[i]!;
    const apology = this.apology[i]!;
    const n = this.ints;
    const t = this.texts;
    return {
      source: this.source,
      code,
      rawCode: flags & RAW_CODE_DIFFERS ? this.rawCodes.get(i)! : code,
      unit: textAt(t.unit, i)!,
      procedure: textAt(t.procedure, i)!,
      received: intAt(n.received, i)!,
      due: intAt(n.due, i)!,
      completed: intAt(n.completed, i),
      returned: intAt(n.returned, i),
      statusKind: textAt(t.statusKind, i) as StatusKind | null,
      labelClass: textAt(t.labelClass, i) as LabelClass | null,
      statusLabel: textAt(t.statusLabel, i)!,
      apology: apology < 0 ? null : apology === 1,
      apologyDate: intAt(n.apologyDate, i),
      newDate: intAt(n.newDate, i),
      reason: textAt(t.reason, i),
      procedureCode: textAt(t.procedureCode, i)!,
      supplementRequested: intAt(n.supplementRequested, i),
      supplementReturned: intAt(n.supplementReturned, i),
      supplementCount: intAt(n.supplementCount, i),
      badDates: flags & HAS_BAD_DATES ? { ...this.badDates.get(i)! } : {},
      file: this.file,
      line: intAt(n.line, i)!,
    };
  }

  /** The matching key of row `i` without building the record. */
  codeAt(i: number): string {
    const block = this.codeBlock(i);
    return block.slice(i & (CODE_BLOCK - 1) ? this.codeEnds[i - 1]! : 0, this.codeEnds[i]!);
  }

  /** A 32-bit hash of row `i`'s code (computed when added): equal codes hash alike in every store. */
  codeHash(i: number): number {
    return this.hashes[i]! >>> 0;
  }

  /**
   * Put the rows in the order `order` (a permutation of 0…count-1), in place: row k becomes the old
   * row `order[k]`. The audit reads the rows of each slice of codes in turn, so it reorders the store
   * by slice first: reading a record then touches memory in sequence instead of all over the store,
   * which is several times faster at a million rows.
   */
  reorder(order: Int32Array): void {
    const n = this.count;
    if (order.length !== n) throw new Error(`RecordStore.reorder: ${order.length} positions for ${n} rows`);
    const permute = <T extends Column>(a: T): T => {
      const next = shared(a.constructor as ColumnType<T>, n);
      for (let k = 0; k < n; k++) next[k] = a[order[k]!]!;
      return next;
    };
    for (const f of INT_FIELDS) {
      const data = this.ints[f];
      if (data !== null) this.ints[f] = permute(data);
    }
    for (const f of TEXT_FIELDS) this.texts[f].ids = permute(this.texts[f].ids);
    this.hashes = permute(this.hashes);
    this.apology = permute(this.apology);
    this.flags = permute(this.flags);
    const codes: string[] = new Array<string>(n);
    for (let k = 0; k < n; k++) codes[k] = this.codeAt(order[k]!);
    const rawCodes = new Map<number, string>();
    const badDates = new Map<number, DossierRecord['badDates']>();
    for (let k = 0; k < n; k++) {
      const old = order[k]!;
      if (this.flags[k]! & RAW_CODE_DIFFERS) rawCodes.set(k, this.rawCodes.get(old)!);
      if (this.flags[k]! & HAS_BAD_DATES) badDates.set(k, this.badDates.get(old)!);
    }
    this.rawCodes = rawCodes;
    this.badDates = badDates;
    this.codeBlocks.length = 0;
    this.codePending = [];
    this.codeLength = 0;
    this.codeEnds = shared(Int32Array, n);
    for (let k = 0; k < n; k++) this.pushCode(k, codes[k]!);
    if (this.codePending.length > 0) {
      this.codeBlocks.push(this.codePending.join(''));
      this.codePending = [];
      this.codeLength = 0;
    }
    this.capacity = n;
  }

  /** Values of an Int32 field (days, counts, line) without building records; null when never set. */
  intColumn(field: IntField): Int32Array | null {
    const data = this.ints[field];
    return data === null ? null : data.subarray(0, this.count);
  }

  /** How many rows hold each distinct value of a text field. */
  textCounts(field: TextField): Map<string | null, number> {
    const col = this.texts[field];
    const counts = new Array<number>(col.table.length).fill(0);
    for (let i = 0; i < this.count; i++) counts[col.ids[i]!]!++;
    return new Map(col.table.map((value, id) => [value, counts[id]!] as const).filter(([, n]) => n > 0));
  }

  /** The store as plain data, its columns shared (not copied): add no more records after this. */
  pack(): PackedRecords {
    const n = this.count;
    const ints = Object.fromEntries(INT_FIELDS.map((f) => [f, this.ints[f]?.subarray(0, n) ?? null])) as PackedRecords['ints'];
    const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, { table: this.texts[f].table, ids: this.texts[f].ids.subarray(0, n) }])) as PackedRecords['texts'];
    return {
      source: this.source,
      file: this.file,
      count: n,
      ints,
      texts,
      codeBlocks: [...this.codeBlocks, ...(this.codePending.length > 0 ? [this.codePending.join('')] : [])],
      codeEnds: this.codeEnds.subarray(0, n),
      hashes: this.hashes.subarray(0, n),
      apology: this.apology.subarray(0, n),
      flags: this.flags.subarray(0, n),
      rawCodes: [...this.rawCodes],
      badDates: [...this.badDates],
    };
  }

  static unpack(p: PackedRecords): RecordStore {
    const store = new RecordStore(p.source, p.file, 1);
    store.count = store.capacity = p.count;
    for (const f of INT_FIELDS) store.ints[f] = p.ints[f];
    for (const f of TEXT_FIELDS) {
      const { table, ids } = p.texts[f];
      store.texts[f] = { table, index: new Map(table.map((v, id) => [v, id])), ids };
    }
    store.codeBlocks.push(...p.codeBlocks);
    store.codeEnds = p.codeEnds;
    store.hashes = p.hashes;
    store.apology = p.apology;
    store.flags = p.flags;
    for (const [i, raw] of p.rawCodes) store.rawCodes.set(i, raw);
    for (const [i, bad] of p.badDates) store.badDates.set(i, bad);
    return store;
  }

  private setInt(field: IntField, col: IntColumn, i: number, value: number | null): void {
    if (col !== null) col[i] = value === null ? NULL_INT : value;
    else if (value !== null) (this.ints[field] = shared(Int32Array, this.capacity).fill(NULL_INT))[i] = value;
  }

  /** Append row `i`'s code and its hash (FNV-1a over UTF-16 code units). */
  private appendCode(i: number, code: string): void {
    let h = 0x811c9dc5;
    for (let p = 0; p < code.length; p++) h = Math.imul(h ^ code.charCodeAt(p), 0x01000193);
    this.hashes[i] = h;
    this.pushCode(i, code);
  }

  private pushCode(i: number, code: string): void {
    this.codePending.push(code);
    this.codeLength += code.length;
    this.codeEnds[i] = this.codeLength;
    if (this.codePending.length === CODE_BLOCK) {
      this.codeBlocks.push(this.codePending.join(''));
      this.codePending = [];
      this.codeLength = 0;
    }
  }

  private codeBlock(i: number): string {
    const k = i >> CODE_BLOCK_BITS;
    // Rows of the block still being filled are read from its parts (slow, but only before `pack`).
    return k < this.codeBlocks.length ? this.codeBlocks[k]! : this.codePending.join('');
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    for (const f of INT_FIELDS) {
      const data = this.ints[f];
      if (data !== null) this.ints[f] = resize(data, capacity, NULL_INT);
    }
    for (const f of TEXT_FIELDS) this.texts[f].ids = resize(this.texts[f].ids, capacity, 0);
    this.codeEnds = resize(this.codeEnds, capacity, 0);
    this.hashes = resize(this.hashes, capacity, 0);
    this.apology = resize(this.apology, capacity, 0);
    this.flags = resize(this.flags, capacity, 0);
    this.capacity = capacity;
  }
}

function setText(col: TextColumn, i: number, value: string | null): void {
  // Most columns repeat the value of the row before (empty reason, no label class): skip the lookup then.
  if (i > 0 && col.table[col.ids[i - 1]!] === value) {
    col.ids[i] = col.ids[i - 1]!;
    return;
  }
  let id = col.index.get(value);
  if (id === undefined) {
    id = col.table.length;
    col.table.push(value);
    col.index.set(value, id);
    if (id === 0x10000) {
      const wide = shared(Int32Array, col.ids.length);
      wide.set(col.ids);
      col.ids = wide;
    }
  }
  col.ids[i] = id;
}

/** Buffers of a packed store to transfer rather than copy (none: its columns are shared memory). */
export function transferables(p: PackedRecords): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [p.codeEnds.buffer, p.hashes.buffer, p.apology.buffer, p.flags.buffer];
  for (const f of INT_FIELDS) if (p.ints[f] !== null) buffers.push(p.ints[f]!.buffer);
  for (const f of TEXT_FIELDS) buffers.push(p.texts[f].ids.buffer);
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
