/**
 * A compact, columnar store of the `DossierRecord`s of one file, so that a million records cost about
 * 65 MB instead of the better part of a gigabyte, and are shared between threads (SharedArrayBuffer
 * columns) instead of cloned as a million objects.
 *
 * Days, counts and the time of receipt are Int32 columns (null is a sentinel; a column that only ever
 * held null is never allocated: the time of receipt is read only with `--cutoff`); low-variety text
 * (unit, procedure, status, reason, …) is interned — a table of strings and a Uint16 column of ids
 * (Int32 past 65,535 distinct values); dossier codes sit once in a UTF-8 arena; raw codes and
 * `badDates` are sparse, flagged per row. `recordAt(i)` rebuilds the record exactly: its object literal
 * is typed `DossierRecord`, so a field added there fails to compile here until it is stored (and
 * test/core/compact-records.test.ts round-trips every field). `sliceBy` groups the rows by slice of
 * codes for the audit (core/audit-chunks.ts). The hot paths are written out field by field: generic
 * loops over field names cost a microsecond a record at this scale.
 */
import type { Channel } from '../core/channel.js';
import { type DossierRecord, type LabelClass, NO_BAD_DATES, type Source, type StatusKind } from '../core/types.js';

const NULL_INT = -2147483648;
/** Row flags. */
const RAW_CODE_DIFFERS = 1;
const HAS_BAD_DATES = 2;
/** The code's bytes are ASCII (decoded without a TextDecoder). */
const CODE_ASCII = 4;
/** The code is not well-formed UTF-16 (a lone surrogate): kept as a string beside the arena. */
const CODE_ODD = 8;

const utf8 = new TextDecoder();
const toUtf8 = new TextEncoder();

type IntColumn = Int32Array | null;
interface TextColumn {
  table: (string | null)[];
  index: Map<string | null, number>;
  /** null while every row holds the same value, `table[0]` (most columns of a file never vary). */
  ids: Uint16Array | Int32Array | null;
}
type Ints = { -readonly [K in IntField]: IntColumn };
type Texts = { -readonly [K in TextField]: TextColumn };

const INT_FIELDS = [
  'received',
  'receivedMinute',
  'due',
  'completed',
  'returned',
  'apologyDate',
  'newDate',
  'supplementRequested',
  'supplementReturned',
  'supplementCount',
  'newDateCount',
  'line',
] as const;
type IntField = (typeof INT_FIELDS)[number];
const TEXT_FIELDS = [
  'unit',
  'procedure',
  'statusLabel',
  'reason',
  'procedureCode',
  'field',
  'channel',
  'statusKind',
  'labelClass',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The plain-data form of a store: what crosses a thread boundary (its columns are shared, not copied). */
export interface PackedRecords {
  source: Source;
  file: string;
  sheet: string | undefined;
  count: number;
  ints: Record<IntField, Int32Array | null>;
  texts: Record<TextField, { table: (string | null)[]; ids: Uint16Array | Int32Array | null }>;
  /** Every code in UTF-8, one after another; row i's code ends at `codeEnds[i]`. */
  codeBytes: Uint8Array;
  codeEnds: Int32Array;
  oddCodes: [number, string][];
  /** Each row's code hash (see `codeHash`). */
  hashes: Int32Array;
  apology: Int8Array;
  flags: Uint8Array;
  /** Row and raw code, where the raw code is not the code itself (typed in lower case, with spaces). */
  rawCodes: [number, string][];
  sliceCount: number;
  sliceStarts: Int32Array | null;
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

function newText(): TextColumn {
  return { table: [], index: new Map(), ids: null };
}

function resize<T extends Column>(a: T, capacity: number, fill: number): T {
  const next = shared(a.constructor as ColumnType<T>, capacity);
  next.set(a);
  if (fill !== 0) next.fill(fill, a.length);
  return next;
}

/** Write `value` at row `i` of `col`; false when the column does not exist yet. */
function putInt(col: IntColumn, i: number, value: number | null): boolean {
  if (col === null) return false;
  col[i] = value === null ? NULL_INT : value;
  return true;
}

function intAt(col: IntColumn, i: number): number | null {
  if (col === null) return null;
  const v = col[i]!;
  return v === NULL_INT ? null : v;
}

function textAt(col: TextColumn, i: number): string | null {
  return col.ids === null ? (col.table[0] ?? null) : col.table[col.ids[i]!]!;
}

export class RecordStore {
  readonly source: Source;
  readonly file: string;
  /** The sheet read, for a workbook: one per store, given to each record as it is loaded. */
  sheet: string | undefined = undefined;
  count = 0;
  /**
   * After `sliceBy(n)`: n, and where each slice's rows start (slice s is rows sliceStarts[s] …
   * sliceStarts[s+1] - 1).
   */
  sliceCount = 0;
  sliceStarts: Int32Array | null = null;
  private capacity: number;
  private readonly ints: Ints;
  private readonly texts: Texts;
  private codeBytes: Uint8Array;
  private codeUsed = 0;
  private codeEnds: Int32Array;
  private oddCodes = new Map<number, string>();
  private hashes: Int32Array;
  private apology: Int8Array;
  private flags: Uint8Array;
  private rawCodes = new Map<number, string>();
  private badDates = new Map<number, DossierRecord['badDates']>();

  constructor(source: Source, file: string, capacity = 1024) {
    this.source = source;
    this.file = file;
    this.capacity = Math.max(1, capacity);
    this.ints = {
      received: null,
      receivedMinute: null,
      due: null,
      completed: null,
      returned: null,
      apologyDate: null,
      newDate: null,
      supplementRequested: null,
      supplementReturned: null,
      supplementCount: null,
      newDateCount: null,
      line: null,
    };
    const c = this.capacity;
    this.texts = {
      unit: newText(),
      procedure: newText(),
      statusLabel: newText(),
      reason: newText(),
      procedureCode: newText(),
      field: newText(),
      channel: newText(),
      statusKind: newText(),
      labelClass: newText(),
    };
    this.codeBytes = shared(Uint8Array, c * 16);
    this.codeEnds = shared(Int32Array, c);
    this.hashes = shared(Int32Array, c);
    this.apology = shared(Int8Array, c);
    this.flags = shared(Uint8Array, c);
  }

  /** Append a record of this store's file and source. */
  add(r: DossierRecord): void {
    if (r.source !== this.source || r.file !== this.file)
      throw new Error(
        `RecordStore: a record of ${r.file} (${r.source}) added to the store of ${this.file} (${this.source})`,
      );
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const n = this.ints;
    // A column is made the first time it holds a value (most files never fill some of them).
    if (!putInt(n.received, i, r.received)) this.firstInt('received', i, r.received);
    if (!putInt(n.receivedMinute, i, r.receivedMinute)) this.firstInt('receivedMinute', i, r.receivedMinute);
    if (!putInt(n.due, i, r.due)) this.firstInt('due', i, r.due);
    if (!putInt(n.completed, i, r.completed)) this.firstInt('completed', i, r.completed);
    if (!putInt(n.returned, i, r.returned)) this.firstInt('returned', i, r.returned);
    if (!putInt(n.apologyDate, i, r.apologyDate)) this.firstInt('apologyDate', i, r.apologyDate);
    if (!putInt(n.newDate, i, r.newDate)) this.firstInt('newDate', i, r.newDate);
    if (!putInt(n.supplementRequested, i, r.supplementRequested))
      this.firstInt('supplementRequested', i, r.supplementRequested);
    if (!putInt(n.supplementReturned, i, r.supplementReturned))
      this.firstInt('supplementReturned', i, r.supplementReturned);
    if (!putInt(n.supplementCount, i, r.supplementCount)) this.firstInt('supplementCount', i, r.supplementCount);
    if (!putInt(n.newDateCount, i, r.newDateCount)) this.firstInt('newDateCount', i, r.newDateCount);
    if (!putInt(n.line, i, r.line)) this.firstInt('line', i, r.line);
    const t = this.texts;
    setText(t.unit, i, r.unit, this.capacity);
    setText(t.procedure, i, r.procedure, this.capacity);
    setText(t.statusLabel, i, r.statusLabel, this.capacity);
    setText(t.reason, i, r.reason, this.capacity);
    setText(t.procedureCode, i, r.procedureCode, this.capacity);
    setText(t.field, i, r.field, this.capacity);
    setText(t.channel, i, r.channel, this.capacity);
    setText(t.statusKind, i, r.statusKind, this.capacity);
    setText(t.labelClass, i, r.labelClass, this.capacity);
    let flags = this.appendCode(i, r.code);
    if (r.rawCode !== r.code) {
      flags |= RAW_CODE_DIFFERS;
      this.rawCodes.set(i, r.rawCode);
    }
    if (r.badDates !== NO_BAD_DATES) {
      for (const _ in r.badDates) {
        flags |= HAS_BAD_DATES;
        this.badDates.set(i, { ...r.badDates });
        break;
      }
    }
    this.flags[i] = flags;
    this.apology[i] = r.apology === null ? -1 : r.apology ? 1 : 0;
  }

  /** The record at row `i`, rebuilt as a plain object. */
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
      receivedMinute: intAt(n.receivedMinute, i),
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
      field: textAt(t.field, i)!,
      channel: textAt(t.channel, i) as Channel | null,
      supplementRequested: intAt(n.supplementRequested, i),
      supplementReturned: intAt(n.supplementReturned, i),
      supplementCount: intAt(n.supplementCount, i),
      newDateCount: intAt(n.newDateCount, i),
      badDates: flags & HAS_BAD_DATES ? { ...this.badDates.get(i)! } : {},
      file: this.file,
      ...(this.sheet === undefined ? {} : { sheet: this.sheet }),
      line: intAt(n.line, i)!,
    };
  }

  /**
   * Point `into` at row `i`: its fields are overwritten with the row's values (no object is built per
   * row: the audit keeps one per source and reloads it for each dossier). The code is decoded only if
   * asked for.
   */
  load(i: number, into: StoredRecord): StoredRecord {
    const flags = this.flags[i]!;
    const apology = this.apology[i]!;
    const n = this.ints;
    const t = this.texts;
    into.source = this.source;
    into.at(this, i);
    into.unit = textAt(t.unit, i)!;
    into.procedure = textAt(t.procedure, i)!;
    into.received = intAt(n.received, i)!;
    into.receivedMinute = intAt(n.receivedMinute, i);
    into.due = intAt(n.due, i)!;
    into.completed = intAt(n.completed, i);
    into.returned = intAt(n.returned, i);
    into.statusKind = textAt(t.statusKind, i) as StatusKind | null;
    into.labelClass = textAt(t.labelClass, i) as LabelClass | null;
    into.statusLabel = textAt(t.statusLabel, i)!;
    into.apology = apology < 0 ? null : apology === 1;
    into.apologyDate = intAt(n.apologyDate, i);
    into.newDate = intAt(n.newDate, i);
    into.reason = textAt(t.reason, i);
    into.procedureCode = textAt(t.procedureCode, i)!;
    into.field = textAt(t.field, i)!;
    into.channel = textAt(t.channel, i) as Channel | null;
    into.supplementRequested = intAt(n.supplementRequested, i);
    into.supplementReturned = intAt(n.supplementReturned, i);
    into.supplementCount = intAt(n.supplementCount, i);
    into.newDateCount = intAt(n.newDateCount, i);
    into.badDates = flags & HAS_BAD_DATES ? this.badDates.get(i)! : NO_BAD_DATES;
    into.file = this.file;
    into.sheet = this.sheet;
    into.line = intAt(n.line, i)!;
    return into;
  }

  /** The raw code (as written) of row `i`. */
  rawCodeAt(i: number): string {
    return this.flags[i]! & RAW_CODE_DIFFERS ? this.rawCodes.get(i)! : this.codeAt(i);
  }

  /** The matching key of row `i` without building the record. */
  codeAt(i: number): string {
    const flags = this.flags[i]!;
    if (flags & CODE_ODD) return this.oddCodes.get(i)!;
    const from = i === 0 ? 0 : this.codeEnds[i - 1]!;
    const to = this.codeEnds[i]!;
    return flags & CODE_ASCII ? asciiText(this.codeBytes, from, to) : utf8.decode(this.codeBytes.subarray(from, to));
  }

  /** Whether row `i` here and row `j` of `other` have the same code (compared as bytes, no string built). */
  sameCode(i: number, other: RecordStore, j: number): boolean {
    if (((this.flags[i]! | other.flags[j]!) & CODE_ODD) !== 0) return this.codeAt(i) === other.codeAt(j);
    const a = i === 0 ? 0 : this.codeEnds[i - 1]!;
    const b = j === 0 ? 0 : other.codeEnds[j - 1]!;
    const n = this.codeEnds[i]! - a;
    if (other.codeEnds[j]! - b !== n) return false;
    for (let k = 0; k < n; k++) if (this.codeBytes[a + k] !== other.codeBytes[b + k]) return false;
    return true;
  }

  /** A 32-bit hash of row `i`'s code (computed when added): equal codes hash alike in every store. */
  codeHash(i: number): number {
    return this.hashes[i]! >>> 0;
  }

  /**
   * Group the rows by slice of codes — slice = code hash mod `slices` — reordering them in place, so
   * that every store cut with the same count puts a code in the same slice (slices.ts). The audit then
   * reads the rows of each slice in sequence instead of all over the store, several times faster at a
   * million rows.
   */
  sliceBy(slices: number): void {
    const n = this.count;
    const start = shared(Int32Array, slices + 1);
    const to = new Int32Array(n); // each row's slice, then its new position
    for (let i = 0; i < n; i++) {
      const s = (this.hashes[i]! >>> 0) % slices;
      to[i] = s;
      start[s + 1]!++;
    }
    for (let s = 0; s < slices; s++) start[s + 1]! += start[s]!;
    const next = start.slice(0, slices);
    for (let i = 0; i < n; i++) to[i] = next[to[i]!]!++;
    this.moveRows(to);
    this.sliceCount = slices;
    this.sliceStarts = start;
  }

  /**
   * Move every row to its new position: row i becomes row `to[i]` (a permutation of 0…count-1), in
   * place. Each column is scattered through one scratch buffer and copied back (no second copy of the
   * store: a shared buffer's memory comes back only when every thread has let go of it); scattering
   * reads the old rows in sequence, which costs less than gathering them from all over.
   */
  private moveRows(to: Int32Array): void {
    const n = this.count;
    const scratch = new ArrayBuffer(n * 4);
    const ints = new Int32Array(scratch, 0, n);
    const scatter32 = (a: Int32Array): void => {
      for (let i = 0; i < n; i++) ints[to[i]!] = a[i]!;
      a.set(ints);
    };
    const shorts = new Uint16Array(scratch, 0, n);
    const bytes8 = new Uint8Array(scratch, 0, n);
    const signed8 = new Int8Array(scratch, 0, n);
    for (const f of INT_FIELDS) {
      const data = this.ints[f];
      if (data !== null) scatter32(data);
    }
    for (const f of TEXT_FIELDS) {
      const ids = this.texts[f].ids;
      if (ids === null) continue;
      if (ids instanceof Int32Array) scatter32(ids);
      else {
        for (let i = 0; i < n; i++) shorts[to[i]!] = ids[i]!;
        ids.set(shorts);
      }
    }
    scatter32(this.hashes);
    for (let i = 0; i < n; i++) signed8[to[i]!] = this.apology[i]!;
    this.apology.set(signed8);
    // The sparse maps follow their rows; the code arena is rebuilt below, so the old ends are kept.
    this.rawCodes = moved(this.rawCodes, to);
    this.badDates = moved(this.badDates, to);
    this.oddCodes = moved(this.oddCodes, to);
    // The codes' bytes, copied in the new order into an arena of the same size: first where each
    // row's code starts (the lengths, scattered, then summed), then the bytes.
    const oldBytes = this.codeBytes;
    const oldEnds = this.codeEnds;
    const ends = shared(Int32Array, n);
    for (let i = 0; i < n; i++) ends[to[i]!] = oldEnds[i]! - (i === 0 ? 0 : oldEnds[i - 1]!);
    for (let k = 1; k < n; k++) ends[k]! += ends[k - 1]!;
    const codeBytes = shared(Uint8Array, this.codeUsed);
    const from = Buffer.from(oldBytes.buffer, oldBytes.byteOffset, oldBytes.length);
    const into = Buffer.from(codeBytes.buffer, codeBytes.byteOffset, codeBytes.length);
    for (let i = 0; i < n; i++) {
      const k = to[i]!;
      from.copy(into, k === 0 ? 0 : ends[k - 1]!, i === 0 ? 0 : oldEnds[i - 1]!, oldEnds[i]!);
    }
    this.codeBytes = codeBytes;
    this.codeEnds = ends;
    // Flags last: the loops above read them by old row.
    for (let i = 0; i < n; i++) bytes8[to[i]!] = this.flags[i]!;
    this.flags.set(bytes8);
    this.capacity = n;
    this.sliceCount = 0;
    this.sliceStarts = null;
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
    if (col.ids === null) counts[0] = this.count;
    else for (let i = 0; i < this.count; i++) counts[col.ids[i]!]!++;
    return new Map(col.table.map((value, id) => [value, counts[id]!] as const).filter(([, n]) => n > 0));
  }

  /** Drop every column: the store is empty and unusable after this (frees its memory before the report is written). */
  release(): void {
    this.count = this.capacity = 0;
    for (const f of INT_FIELDS) this.ints[f] = null;
    for (const f of TEXT_FIELDS) this.texts[f] = newText();
    this.codeBytes = shared(Uint8Array, 0);
    this.codeUsed = 0;
    this.oddCodes = new Map();
    this.codeEnds = this.hashes = shared(Int32Array, 0);
    this.apology = shared(Int8Array, 0);
    this.flags = shared(Uint8Array, 0);
    this.rawCodes = new Map();
    this.badDates = new Map();
    this.sliceCount = 0;
    this.sliceStarts = null;
  }

  /** The store as plain data, its columns shared (not copied): add no more records after this. */
  pack(): PackedRecords {
    const n = this.count;
    const ints = Object.fromEntries(
      INT_FIELDS.map((f) => [f, this.ints[f]?.subarray(0, n) ?? null]),
    ) as PackedRecords['ints'];
    const texts = Object.fromEntries(
      TEXT_FIELDS.map((f) => [f, { table: this.texts[f].table, ids: this.texts[f].ids?.subarray(0, n) ?? null }]),
    ) as PackedRecords['texts'];
    return {
      source: this.source,
      file: this.file,
      sheet: this.sheet,
      count: n,
      ints,
      texts,
      codeBytes: this.codeBytes.subarray(0, this.codeUsed),
      codeEnds: this.codeEnds.subarray(0, n),
      oddCodes: [...this.oddCodes],
      hashes: this.hashes.subarray(0, n),
      apology: this.apology.subarray(0, n),
      flags: this.flags.subarray(0, n),
      rawCodes: [...this.rawCodes],
      badDates: [...this.badDates],
      sliceCount: this.sliceCount,
      sliceStarts: this.sliceStarts,
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
    store.codeBytes = p.codeBytes;
    store.codeUsed = p.codeBytes.length;
    store.codeEnds = p.codeEnds;
    for (const [i, code] of p.oddCodes) store.oddCodes.set(i, code);
    store.hashes = p.hashes;
    store.apology = p.apology;
    store.flags = p.flags;
    for (const [i, raw] of p.rawCodes) store.rawCodes.set(i, raw);
    for (const [i, bad] of p.badDates) store.badDates.set(i, bad);
    store.sliceCount = p.sliceCount;
    store.sliceStarts = p.sliceStarts;
    store.sheet = p.sheet;
    return store;
  }

  /** A value for an int column that does not exist yet: made now, unless the value is null. */
  private firstInt(field: IntField, i: number, value: number | null): void {
    if (value === null) return;
    const column = shared(Int32Array, this.capacity).fill(NULL_INT);
    column[i] = value;
    this.ints[field] = column;
  }

  /**
   * Append row `i`'s code, in UTF-8, and its hash (FNV-1a over UTF-16 code units); returns the row's
   * code flags.
   */
  private appendCode(i: number, code: string): number {
    let h = 0x811c9dc5;
    let ascii = true;
    let wellFormed = true;
    for (let p = 0; p < code.length; p++) {
      const c = code.charCodeAt(p);
      h = Math.imul(h ^ c, 0x01000193);
      if (c < 0x80) continue;
      ascii = false;
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = code.charCodeAt(p + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          h = Math.imul(h ^ next, 0x01000193);
          p++;
        } else {
          wellFormed = false;
        }
      }
    }
    this.hashes[i] = h;
    let flags = 0;
    if (ascii) {
      this.reserveCode(code.length);
      for (let p = 0; p < code.length; p++) this.codeBytes[this.codeUsed + p] = code.charCodeAt(p);
      this.codeUsed += code.length;
      flags = CODE_ASCII;
    } else if (wellFormed) {
      this.reserveCode(code.length * 3);
      this.codeUsed += toUtf8.encodeInto(code, this.codeBytes.subarray(this.codeUsed)).written;
    } else {
      this.oddCodes.set(i, code);
      flags = CODE_ODD;
    }
    this.codeEnds[i] = this.codeUsed;
    return flags;
  }

  private reserveCode(bytes: number): void {
    if (this.codeUsed + bytes <= this.codeBytes.length) return;
    const next = shared(Uint8Array, Math.max(this.codeUsed + bytes, this.codeBytes.length * 2));
    next.set(this.codeBytes.subarray(0, this.codeUsed));
    this.codeBytes = next;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    for (const f of INT_FIELDS) {
      const data = this.ints[f];
      if (data !== null) this.ints[f] = resize(data, capacity, NULL_INT);
    }
    for (const f of TEXT_FIELDS) {
      const ids = this.texts[f].ids;
      if (ids !== null) this.texts[f].ids = resize(ids, capacity, 0);
    }
    this.codeEnds = resize(this.codeEnds, capacity, 0);
    this.hashes = resize(this.hashes, capacity, 0);
    this.apology = resize(this.apology, capacity, 0);
    this.flags = resize(this.flags, capacity, 0);
    this.capacity = capacity;
  }
}

/** A sparse per-row map with its rows moved (row i → `to[i]`). */
function moved<T>(map: Map<number, T>, to: Int32Array): Map<number, T> {
  const out = new Map<number, T>();
  for (const [i, value] of map) out.set(to[i]!, value);
  return out;
}

/**
 * A `DossierRecord` read from a row of a store (`RecordStore.load`): every field a plain value except
 * the code and the code as written, decoded from the store when first asked for.
 */
export class StoredRecord implements DossierRecord {
  source: Source = 'electronic';
  unit = '';
  procedure = '';
  received = 0;
  receivedMinute: number | null = null;
  due = 0;
  completed: number | null = null;
  returned: number | null = null;
  statusKind: StatusKind | null = null;
  labelClass: LabelClass | null = null;
  statusLabel = '';
  apology: boolean | null = null;
  apologyDate: number | null = null;
  newDate: number | null = null;
  reason: string | null = null;
  procedureCode = '';
  field = '';
  channel: Channel | null = null;
  supplementRequested: number | null = null;
  supplementReturned: number | null = null;
  supplementCount: number | null = null;
  newDateCount: number | null = null;
  badDates: DossierRecord['badDates'] = NO_BAD_DATES;
  file = '';
  sheet: string | undefined = undefined;
  line = 0;
  private store: RecordStore | null = null;
  private row = 0;
  private codeText: string | null = null;
  private rawText: string | null = null;

  /** Which row the record now stands for (its code is decoded from there when asked for). */
  at(store: RecordStore, row: number): void {
    this.store = store;
    this.row = row;
    this.codeText = null;
    this.rawText = null;
  }

  get code(): string {
    if (this.codeText === null) this.codeText = this.store!.codeAt(this.row);
    return this.codeText;
  }

  get rawCode(): string {
    if (this.rawText === null) this.rawText = this.store!.rawCodeAt(this.row);
    return this.rawText;
  }
}

/** ASCII bytes as a string, eight characters a call: several times faster than a TextDecoder for short codes. */
function asciiText(b: Uint8Array, from: number, to: number): string {
  const c = String.fromCharCode;
  let text = '';
  let p = from;
  for (; p + 8 <= to; p += 8)
    text += c(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!, b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
  switch (to - p) {
    case 0:
      return text;
    case 1:
      return text + c(b[p]!);
    case 2:
      return text + c(b[p]!, b[p + 1]!);
    case 3:
      return text + c(b[p]!, b[p + 1]!, b[p + 2]!);
    case 4:
      return text + c(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!);
    case 5:
      return text + c(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!, b[p + 4]!);
    case 6:
      return text + c(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!, b[p + 4]!, b[p + 5]!);
    default:
      return text + c(b[p]!, b[p + 1]!, b[p + 2]!, b[p + 3]!, b[p + 4]!, b[p + 5]!, b[p + 6]!);
  }
}

function setText(col: TextColumn, i: number, value: string | null, capacity: number): void {
  if (col.ids === null) {
    if (col.table.length === 0) {
      col.table.push(value);
      col.index.set(value, 0);
    }
    if (col.table[0] === value) return;
    col.ids = shared(Uint16Array, capacity); // every row so far holds id 0
  }
  // Most columns repeat the value of the row before: skip the lookup then.
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
