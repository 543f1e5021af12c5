/**
 * Texts written in the order they are found and read back in another (a report's order): an audit
 * thread adds each item's sort key and its text in one or more forms (a JSON item, a CSV row); when the
 * texts gathered by all of the thread's spools reach their shared budget (`SpoolBudget`), the spool
 * holding the most puts its texts in order and writes them, as a sorted run, to a spill file of its own,
 * and only their keys stay in memory; the last run too when others were spilled (a list smaller than a
 * run stays in memory). Reading merges
 * every run of every thread by key and copies their bytes out in chunks, each run read forward, so
 * memory does not grow with the number of findings or dossiers: only the keys do.
 *
 * The spill file is removed as soon as it is opened (what is written stays readable through the open
 * descriptor, and nothing is left behind however the process ends); where a system refuses that, it is
 * removed by `closeSpooled`. An audit thread spills to a file the main thread opened for it
 * (`openSpillFile`): Node closes the files a worker opened when it ends, and the main thread reads the
 * runs after that.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';

/** Keys gathered one item at a time; `sorted` gives them in order and where each came from (stable). */
export interface KeyList<K> {
  readonly length: number;
  sorted(): { keys: K; order: Int32Array };
}

/** One sorted run: per form, each item's byte length and the bytes (in memory, or from a file offset). */
export interface SpoolRun<K> {
  keys: K;
  count: number;
  lengths: Int32Array[];
  bytes: (Uint8Array | number)[];
}

/** What a thread hands over: its runs in the order written; `fd` the spill file's, when it spilled. */
export interface Spooled<K> {
  runs: SpoolRun<K>[];
  fd: number | null;
  /** The spill file's name while it could not be removed at once (else null). */
  path: string | null;
}

/** An open spill file: its descriptor, and its name while it could not be removed at once (else null). */
export interface SpillFile {
  fd: number;
  path: string | null;
}

/** Open a new spill file in the system's temporary folder, removed at once where the system allows it. */
export function openSpillFile(): SpillFile {
  const path = join(tmpdir(), `tthc-audit-${randomBytes(6).toString('hex')}.spool`);
  let fd: number;
  try {
    fd = openSync(path, 'wx+', 0o600);
  } catch (err) {
    throw spillError(err, path);
  }
  try {
    unlinkSync(path);
    return { fd, path: null };
  } catch {
    return { fd, path }; // removed by closeSpooled
  }
}

/** Text a thread gathers, in all its spools and forms together, before the largest spool is sorted and spilled. */
export const RUN_BYTES = 16 << 20;
/** Bytes per buffer texts are gathered in (one partly filled buffer per spool and form). */
const BUFFER = 1 << 20;
const READ = 128 << 10;
const OUT = 1 << 20;

interface Pending {
  /** Whole buffers, filled ones first; `buf` is the one being filled (pushed here when the run closes). */
  buffers: Buffer[];
  chunk: number[];
  start: number[];
  end: number[];
  buf: Buffer;
  used: number;
}

const NO_BYTES = Buffer.alloc(0);

function emptyPending(): Pending {
  return { buffers: [], chunk: [], start: [], end: [], buf: NO_BYTES, used: 0 };
}

/** What a budget sees of a spool: the text it holds, and how to spill it. */
interface Spilling {
  readonly gathered: number;
  closeRun(spill: boolean): void;
}

/**
 * The text the spools of one thread may hold before one of them spills: when the text gathered by all
 * of them reaches `bytes`, the spool holding the most is sorted and spilled (so its run holds at least
 * half the budget). A thread writing several outputs thus holds no more pending text than one writing one.
 * The buffers a spill empties are filled again, by any of the spools, and spills are written through one
 * buffer: a thread's spools allocate about the budget once, not hundreds of megabytes of buffers that the
 * garbage collector would find only later.
 */
export class SpoolBudget {
  private readonly spools: Spilling[] = [];
  private gathered = 0;
  private readonly free: Buffer[] = [];
  private spillBuffer: Buffer | null = null;

  constructor(readonly bytes = RUN_BYTES) {}

  /** A spool that draws on this budget. */
  join(spool: Spilling): void {
    this.spools.push(spool);
  }

  /** `n` more bytes were gathered by one of the spools: spill the largest while the budget is spent. */
  add(n: number): void {
    this.gathered += n;
    while (this.gathered >= this.bytes && this.gathered > 0) {
      const largest = this.spools.reduce((a, b) => (b.gathered > a.gathered ? b : a));
      this.gathered -= largest.gathered;
      largest.closeRun(true);
    }
  }

  /** A spool's pending text left the budget without being spilled (its last run, kept in memory). */
  release(n: number): void {
    this.gathered -= n;
  }

  /** A buffer of at least `size` bytes to gather text in: an emptied one when one fits. */
  buffer(size: number): Buffer {
    const free = size <= BUFFER ? this.free.pop() : undefined;
    return free ?? Buffer.allocUnsafeSlow(Math.max(BUFFER, size));
  }

  /** Buffers whose texts were written out, to be filled again (those of the usual size). */
  emptied(buffers: readonly Buffer[]): void {
    for (const b of buffers) if (b.length === BUFFER) this.free.push(b);
  }

  /** The buffer spills are written through (a spill is written at once: one at a time). */
  spillThrough(): Buffer {
    this.spillBuffer ??= Buffer.allocUnsafeSlow(OUT);
    return this.spillBuffer;
  }
}

/**
 * How a form's texts are stored: UTF-8 (what the outputs are written in), or UTF-16 code units
 * (`utf16le`: a text read back as exactly the string it was, lone surrogates included — for keys).
 */
export type SpoolEncoding = 'utf8' | 'utf16le';

export class TextSpool<K, L extends KeyList<K>> {
  /** Where the caller adds each item's key, just before its texts (`add`). */
  keys: L;
  private pending: Pending[];
  /** Bytes of text gathered since the last run (read by the budget). */
  gathered = 0;
  private readonly runs: SpoolRun<K>[] = [];
  private fd: number | null = null;
  private path: string | null = null;
  private position = 0;

  /**
   * `budget`: the pending text this spool shares with the thread's other spools (a budget of its own by
   * default); `spill`: the file to spill to (else one is opened when a first run is spilled).
   */
  constructor(
    private readonly newKeys: () => L,
    private readonly forms: readonly SpoolEncoding[],
    private readonly budget = new SpoolBudget(),
    spill: SpillFile | null = null,
  ) {
    this.fd = spill?.fd ?? null;
    this.path = spill?.path ?? null;
    this.keys = newKeys();
    this.pending = forms.map(emptyPending);
    budget.join(this);
  }

  /** The texts of the item whose key was just added, one per form (`forms`: how each is stored). */
  add(texts: readonly string[]): void {
    let added = 0;
    for (let f = 0; f < this.forms.length; f++) {
      const p = this.pending[f]!;
      const text = texts[f]!;
      if (text.length * 3 > p.buf.length - p.used) {
        if (p.used > 0) p.buffers.push(p.buf);
        else this.budget.emptied([p.buf]);
        p.buf = this.budget.buffer(text.length * 3);
        p.used = 0;
      }
      p.chunk.push(p.buffers.length);
      p.start.push(p.used);
      const written = p.buf.write(text, p.used, this.forms[f]!);
      p.used += written;
      p.end.push(p.used);
      added += written;
    }
    this.gathered += added;
    this.budget.add(added);
  }

  /** Every run: the last one spilled too when others were (a list smaller than a run stays in memory). */
  finish(): Spooled<K> {
    this.budget.release(this.gathered);
    if (this.keys.length > 0 || this.runs.length === 0) this.closeRun(this.runs.length > 0);
    return { runs: this.runs, fd: this.fd, path: this.path };
  }

  /** Sort the texts gathered since the last run into a run: spilled, or kept in memory. */
  closeRun(spill: boolean): void {
    for (const p of this.pending) p.buffers.push(p.buf); // even unused: an empty text may be in it
    const { keys, order } = this.keys.sorted();
    const run: SpoolRun<K> = { keys, count: order.length, lengths: [], bytes: [] };
    for (const p of this.pending) {
      const lengths = order.map((i) => p.end[i]! - p.start[i]!);
      run.lengths.push(lengths);
      run.bytes.push(spill ? this.spillForm(p, order) : gatherForm(p, order, lengths));
      this.budget.emptied(p.buffers);
    }
    this.runs.push(run);
    this.keys = this.newKeys();
    this.pending = this.forms.map(emptyPending);
    this.gathered = 0;
  }

  /** A form's texts in `order` into the spill file; returns where they start. */
  private spillForm(p: Pending, order: Int32Array): number {
    if (this.fd === null) ({ fd: this.fd, path: this.path } = openSpillFile());
    const at = this.position;
    const out = this.budget.spillThrough();
    let used = 0;
    const flush = (bytes: Uint8Array, length: number): void => {
      for (let done = 0; done < length; ) {
        done += writeSpill(this.fd!, bytes, done, length - done, this.position + done, this.path);
      }
      this.position += length;
    };
    for (const i of order) {
      const bytes = p.buffers[p.chunk[i]!]!.subarray(p.start[i]!, p.end[i]!);
      if (bytes.length > out.length - used) {
        flush(out, used);
        used = 0;
        if (bytes.length > out.length) {
          flush(bytes, bytes.length);
          continue;
        }
      }
      used += bytes.copy(out, used);
    }
    flush(out, used);
    return at;
  }
}

/** A form's texts in `order`, as one buffer. */
function gatherForm(p: Pending, order: Int32Array, lengths: Int32Array): Uint8Array {
  const out = Buffer.allocUnsafeSlow(lengths.reduce((n, l) => n + l, 0));
  let used = 0;
  for (const i of order) used += p.buffers[p.chunk[i]!]!.copy(out, used, p.start[i]!, p.end[i]!);
  return out;
}

function writeSpill(fd: number, bytes: Uint8Array, offset: number, length: number, at: number, path: string | null) {
  try {
    const written = writeSync(fd, bytes, offset, length, at);
    if (written <= 0) throw new Error('nothing written');
    return written;
  } catch (err) {
    throw spillError(err, path ?? tmpdir());
  }
}

function spillError(err: unknown, file: string): AuditError {
  const code = (err as NodeJS.ErrnoException).code;
  return new AuditError('E_WRITE', say('cannotWrite', { code: code ?? null }), { place: { file }, cause: err });
}

/** The buffers the runs hold in memory: listed for `postMessage` so that they move instead of being copied. */
export function spooledTransferables(s: Spooled<unknown>): ArrayBuffer[] {
  return s.runs.flatMap((r) =>
    r.bytes.filter((b): b is Uint8Array => typeof b !== 'number').map((b) => b.buffer as ArrayBuffer),
  );
}

/** Close the threads' spill files (and remove one that could not be removed when opened). */
export function closeSpooled(parts: readonly Spooled<unknown>[]): void {
  for (const p of parts) {
    if (p.fd !== null) closeSync(p.fd);
    if (p.path !== null) {
      try {
        unlinkSync(p.path);
      } catch {
        // already gone
      }
    }
    p.fd = null;
    p.path = null;
  }
}

/**
 * How to merge sorted lists: for each place of the merged list, the list its item comes from (the next
 * one not yet taken from it). `compare(l, i, m, j)` orders item i of list l and item j of list m; on
 * equal keys the earlier list comes first, as if the lists had been joined and sorted (stable).
 */
export function mergeOrder(
  counts: readonly number[],
  compare: (l: number, i: number, m: number, j: number) => number,
): Uint16Array {
  if (counts.length > 0xffff) throw new Error('too many sorted runs to merge');
  const next = counts.map(() => 0);
  const total = counts.reduce((n, c) => n + c, 0);
  const from = new Uint16Array(total);
  // A binary heap of list numbers, least next item first.
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => {
    const c = compare(a, next[a]!, b, next[b]!);
    return c < 0 || (c === 0 && a < b);
  };
  const down = (at: number): void => {
    for (;;) {
      let least = at;
      const l = 2 * at + 1;
      const r = l + 1;
      if (l < heap.length && less(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && less(heap[r]!, heap[least]!)) least = r;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  for (let l = 0; l < counts.length; l++) if (counts[l]! > 0) heap.push(l);
  for (let at = (heap.length >> 1) - 1; at >= 0; at--) down(at);
  for (let k = 0; k < total; k++) {
    const l = heap[0]!;
    from[k] = l;
    if (++next[l]! < counts[l]!) down(0);
    else {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
      down(0);
    }
  }
  return from;
}

/** The runs of every part, in order: the first part's runs first. */
export function allRuns<K>(parts: readonly Spooled<K>[]): { run: SpoolRun<K>; fd: number | null }[] {
  return parts.flatMap((p) => p.runs.map((run) => ({ run, fd: p.fd })));
}

/**
 * One form's bytes in merged order (`from`, by `mergeOrder` over `allRuns(parts)`), `separator` between
 * items, in chunks of about a megabyte. Each run is read forward. `refill`: every chunk is the same buffer
 * filled again (see `FindingTexts.chunks`), so that hundreds of megabytes written leave no buffers for the
 * garbage collector to find; else each chunk is a buffer of its own.
 */
export function* spooledChunks<K>(
  parts: readonly Spooled<K>[],
  from: Uint16Array,
  form: number,
  separator: Uint8Array,
  refill = false,
): Generator<Uint8Array> {
  const readers = runReaders(parts, form);
  const sep = Buffer.from(separator.buffer, separator.byteOffset, separator.byteLength);
  let out = Buffer.allocUnsafe(OUT);
  let used = 0;
  for (let k = 0; k < from.length; k++) {
    const item = readers[from[k]!]!.next();
    const size = (k === 0 ? 0 : sep.length) + item.length;
    if (size > out.length - used) {
      if (used > 0) yield out.subarray(0, used);
      if (!refill || size > out.length) out = Buffer.allocUnsafe(Math.max(OUT, size));
      used = 0;
    }
    if (k > 0) used += sep.copy(out, used);
    used += item.copy(out, used);
  }
  if (used > 0) yield out.subarray(0, used);
}

/** Each run's items of one form (in `allRuns` order), each run read forward: `next()` gives its next item. */
export function runReaders(parts: readonly Spooled<unknown>[], form: number): { next(): Buffer }[] {
  return allRuns(parts).map(({ run, fd }) => new RunReader(run, form, fd));
}

/** A run's items of one form, one after the other: from memory, or read forward from the spill file. */
class RunReader {
  private item = 0;
  private position: number;
  private readonly memory: Buffer | null;
  private buf = Buffer.allocUnsafe(0);
  private bufAt = 0;
  private bufEnd = 0;
  private readonly lengths: Int32Array;
  private readonly endOfRun: number;

  constructor(
    run: SpoolRun<unknown>,
    form: number,
    private readonly fd: number | null,
  ) {
    const bytes = run.bytes[form]!;
    this.lengths = run.lengths[form]!;
    this.memory = typeof bytes === 'number' ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.position = typeof bytes === 'number' ? bytes : 0;
    this.endOfRun = this.position + this.lengths.reduce((n, l) => n + l, 0);
  }

  next(): Buffer {
    const length = this.lengths[this.item++]!;
    const at = this.position;
    this.position += length;
    if (this.memory !== null) return this.memory.subarray(at, at + length);
    if (at + length > this.bufEnd) this.fill(at, length);
    return this.buf.subarray(at - this.bufAt, at - this.bufAt + length);
  }

  private fill(at: number, length: number): void {
    const want = Math.min(Math.max(READ, length), this.endOfRun - at);
    if (this.buf.length < want) this.buf = Buffer.allocUnsafe(Math.max(READ, want));
    let got = 0;
    while (got < want) {
      const n = readSync(this.fd!, this.buf, got, want - got, at + got);
      if (n <= 0) throw new Error('spill file ended early');
      got += n;
    }
    this.bufAt = at;
    this.bufEnd = at + want;
  }
}
