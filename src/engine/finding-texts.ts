/**
 * A large JSON or NDJSON report's findings, written by the audit threads: each thread writes each
 * finding's text as it finds it (`findingText`, the one writer of a finding's JSON) as UTF-8 into
 * buffers, keeps its sort key, puts them in the report's order at the end and hands the buffers over
 * without a copy, with the keys. No finding is kept as an object. The main thread merges the threads'
 * lists by those keys (core/finding-order.ts) and copies bytes to the output: it neither receives
 * finding objects nor stringifies or encodes them.
 */
import { mergeSorted, SortKeyList, type SortKeys } from '../core/finding-order.js';
import { namedFinding } from '../core/report.js';
import type { Finding } from '../findings/finding.js';
import type { FindingTextForm, FindingTexts } from '../findings/finding-texts.js';
import { findingText } from '../render/finding-json.js';

/** One thread's findings, sorted and written: finding i is bytes [start[i], end[i]) of buffers[chunk[i]]. */
export interface WrittenFindings {
  keys: SortKeys;
  buffers: Uint8Array[];
  chunk: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Bytes per buffer a thread writes into (a finding that alone needs more gets a buffer of its own). */
const BUFFER = 4 << 20;
/** Bytes per chunk the main thread hands to the writer. */
const OUT = 1 << 20;

/**
 * Findings written as they are found (`add`), so that none is kept as an object: its text goes into
 * a buffer, its sort key into a list; `finish` puts them in the report's order.
 */
export class FindingWriter {
  private readonly keys = new SortKeyList();
  private readonly buffers: Uint8Array[] = [];
  private readonly chunk: number[] = [];
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private buf = Buffer.allocUnsafeSlow(0);
  private used = 0;

  constructor(
    private readonly unitNames: ReadonlyMap<string, string>,
    private readonly form: FindingTextForm,
  ) {}

  /** A finding as the audit makes it (its unit a key). */
  add(found: Finding): void {
    const f = namedFinding(found, this.unitNames);
    this.keys.add(f);
    const text = findingText(f, this.form);
    if (text.length * 3 > this.buf.length - this.used) {
      if (this.used > 0) this.buffers.push(this.buf.subarray(0, this.used));
      this.buf = Buffer.allocUnsafeSlow(Math.max(BUFFER, text.length * 3));
      this.used = 0;
    }
    this.chunk.push(this.buffers.length);
    this.start.push(this.used);
    this.used += this.buf.write(text, this.used, 'utf8');
    this.end.push(this.used);
  }

  finish(): WrittenFindings {
    if (this.used > 0) this.buffers.push(this.buf.subarray(0, this.used));
    this.used = 0;
    const { keys, order } = this.keys.sorted();
    return {
      keys,
      buffers: this.buffers,
      chunk: order.map((i) => this.chunk[i]!),
      start: order.map((i) => this.start[i]!),
      end: order.map((i) => this.end[i]!),
    };
  }
}

/** What to list for a worker's `postMessage` so that the buffers move instead of being copied. */
export function transferablesOf(w: WrittenFindings): ArrayBuffer[] {
  return w.buffers.map((b) => b.buffer as ArrayBuffer);
}

/** The threads' written findings as one list, in the report's order (ties: the earlier thread's first). */
export function joinWritten(parts: readonly WrittenFindings[], form: FindingTextForm): FindingTexts {
  const separator = Buffer.from(form.style === 'json' ? ',\n' : '', 'utf8');
  return {
    form,
    count: parts.reduce((n, p) => n + p.keys.unit.length, 0),
    *chunks() {
      // The buffers came as Uint8Arrays: seen as Buffers (no copy) for `copy` with offsets.
      const buffers = parts.map((w) => w.buffers.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
      let out = Buffer.allocUnsafe(OUT);
      let used = 0;
      let first = true;
      const next = parts.map(() => 0);
      for (const p of mergeSorted(parts.map((w) => w.keys))) {
        const w = parts[p]!;
        const i = next[p]!++;
        const start = w.start[i]!;
        const end = w.end[i]!;
        const size = (first ? 0 : separator.length) + end - start;
        if (size > out.length - used) {
          if (used > 0) yield out.subarray(0, used);
          out = Buffer.allocUnsafe(Math.max(OUT, size));
          used = 0;
        }
        if (!first) used += separator.copy(out, used);
        used += buffers[p]![w.chunk[i]!]!.copy(out, used, start, end);
        first = false;
      }
      if (used > 0) yield out.subarray(0, used);
    },
  };
}
