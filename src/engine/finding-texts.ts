/**
 * A large JSON or NDJSON report's findings, written by the audit threads: each thread sorts the
 * findings it made into the report's order and writes each one's text (`findingText`, the one writer
 * of a finding's JSON) as UTF-8 into buffers it then hands over without a copy, with each finding's
 * sort key. The main thread merges the threads' lists by those keys (core/finding-order.ts) and copies
 * bytes to the output: it neither receives finding objects nor stringifies or encodes them.
 */
import { mergeSorted, type SortKeys } from '../core/finding-order.js';
import { reportFindings } from '../core/report.js';
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

/** Sort `found` (units as keys) into the report's order and write each finding's text. */
export function writeFindings(
  found: readonly Finding[],
  unitNames: ReadonlyMap<string, string>,
  form: FindingTextForm,
): WrittenFindings {
  const { findings, keys } = reportFindings(found, unitNames);
  const n = findings.length;
  const written: WrittenFindings = {
    keys,
    buffers: [],
    chunk: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
  };
  let buf = Buffer.allocUnsafeSlow(0);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const text = findingText(findings[i]!, form);
    if (text.length * 3 > buf.length - used) {
      if (used > 0) written.buffers.push(buf.subarray(0, used));
      buf = Buffer.allocUnsafeSlow(Math.max(BUFFER, text.length * 3));
      used = 0;
    }
    written.chunk[i] = written.buffers.length;
    written.start[i] = used;
    used += buf.write(text, used, 'utf8');
    written.end[i] = used;
  }
  if (used > 0) written.buffers.push(buf.subarray(0, used));
  return written;
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
