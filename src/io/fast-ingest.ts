/**
 * The fast way to read a clean file: bytes straight into a compact store, without a string per cell
 * or an object per row. Dates are read from bytes (byte-dates.ts); unit, procedure, status, apology
 * and the like are read once per distinct spelling with the very functions `normaliseRow` uses, and
 * remembered; codes are taken as written when they are already their own matching key.
 *
 * It takes only the clean case and gives up (returns null) at the first row that is not: a row that
 * would be rejected, a date that is not readable, a field the fast way does not know, a dialect the
 * byte-level reader does not take, no header. The caller then reads the whole file the ordinary way
 * (read-dossiers.ts), which gives every message and every count. So for the files it takes, the store
 * and the accounting are those of `readDossierFile` — test/io/fast-ingest.test.ts compares the two
 * on random files over every field.
 */
import { parseDay } from '../core/dates.js';
import { normaliseCode, tidyName, foldText } from '../core/fold.js';
import { readApology, readStatus } from '../core/status.js';
import { RecordStore } from '../core/compact-records.js';
import type { DossierRecord, Field, LabelClass, StatusKind } from '../core/types.js';
import { encodingLabel } from './decode.js';
import { NOT_READ, readDayBytes } from './byte-dates.js';
import { HAS_CR, HAS_ESCAPED_QUOTE, type RecordSpans } from './fast-csv.js';
import { makeHeaderFinder, type Header } from './find-header.js';
import { MAX_ROW_CHARS, openCsv } from './read-csv.js';
import { canReadFast, cellText, recordCells, scanCsvFile } from './read-csv-fast.js';
import { newFileIngest, type FileIngest, type InputSpec, type ReadOptions } from './read-dossiers.js';

/** Fields this reader knows how to fill (`channel` is read by nobody yet). A file mapping another is read the ordinary way. */
const KNOWN_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'code',
  'unit',
  'procedure',
  'received',
  'due',
  'completed',
  'returned',
  'status',
  'channel',
  'apology',
  'newDate',
  'reason',
  'procedureCode',
  'supplementRequested',
  'supplementReturned',
]);

/** Thrown inside the row loop to stop at the first row that is not clean. */
const GIVE_UP = Symbol('give up');

interface StatusRead {
  statusLabel: string;
  statusKind: StatusKind | null;
  labelClass: LabelClass | null;
  unknown: string | null;
}

interface ApologyRead {
  apology: boolean | null;
  apologyDate: number | null;
}

/**
 * A column read through a cache: the same bytes give the same value, computed once from the cell's
 * text. Looked up by a cheap hash of the bytes (length and a few sampled bytes) and confirmed byte
 * for byte, so that no string is built for a value seen before.
 */
interface CachedColumn<T> {
  index: number | undefined;
  slots: Map<number, CacheEntry<T>[]>;
  compute: (text: string) => T;
}

interface CacheEntry<T> {
  bytes: Uint8Array;
  value: T;
}

function cachedColumn<T>(index: number | undefined, compute: (text: string) => T): CachedColumn<T> {
  return { index, slots: new Map(), compute };
}

type Slicer = (this: Buffer, start: number, end: number) => string;
const latin1: Slicer =
  (Buffer.prototype as unknown as { latin1Slice?: Slicer }).latin1Slice ??
  function (this: Buffer, s, e) {
    return this.toString('latin1', s, e);
  };

/** The trimmed text of cell `i` (empty when the row has no such cell), as `normaliseRow` sees it. */
function textOf(buf: Buffer, spans: RecordSpans, i: number | undefined): string {
  return i === undefined || i >= spans.count ? '' : cellText(buf, spans, i).trim();
}

function cached<T>(col: CachedColumn<T>, buf: Buffer, spans: RecordSpans): T {
  const i = col.index;
  if (i === undefined || i >= spans.count) return col.compute('');
  if (spans.flags[i]! & (HAS_ESCAPED_QUOTE | HAS_CR)) return col.compute(textOf(buf, spans, i));
  const start = spans.start[i]!;
  const end = spans.end[i]!;
  const n = end - start;
  // Kept within 30 bits: a small integer key (a larger one would be a heap number, slow to hash).
  const key =
    n === 0
      ? 0
      : (Math.imul(n, 0x9e3779b1) ^
          (buf[start]! << 21) ^
          (buf[start + (n >> 1)]! << 14) ^
          (buf[end - 1]! << 7) ^
          buf[end - 1 - (n >> 2)]!) &
        0x3fffffff;
  let chain = col.slots.get(key);
  if (chain !== undefined) {
    for (const entry of chain) if (sameBytes(entry.bytes, buf, start, end)) return entry.value;
  } else {
    chain = [];
    col.slots.set(key, chain);
  }
  const value = col.compute(textOf(buf, spans, i));
  chain.push({ bytes: Uint8Array.prototype.slice.call(buf, start, end), value }); // a copy: the block is reused
  return value;
}

function sameBytes(a: Uint8Array, buf: Buffer, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== buf[start + k]) return false;
  return true;
}

/** A code already its own matching key: printable ASCII, no space, no lower case, not empty. */
function isPlainCode(buf: Buffer, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let p = start; p < end; p++) {
    const b = buf[p]!;
    if (b <= 0x20 || b >= 0x7f || (b >= 0x61 && b <= 0x7a)) return false;
  }
  return true;
}

/**
 * Read `spec.file` into a store if it is clean; null otherwise (nothing is lost: the caller reads it
 * again the ordinary way). Errors about the file as a whole (empty, binary, no usable header) are
 * thrown as `readDossierFile` throws them.
 */
export async function ingestCleanFile(
  spec: InputSpec,
  opts: Omit<ReadOptions, 'onRecord'>,
  capacity: number,
  onRows?: (rows: number) => void,
): Promise<{ ingest: FileIngest; store: RecordStore } | null> {
  const { file, source } = spec;
  const { enc, delimiter } = await openCsv(file, opts);
  if (!canReadFast(enc.name, enc.font, delimiter)) return null;
  const finder = makeHeaderFinder(file, { ...(opts.map ? { map: opts.map } : {}), unitGiven: opts.unit !== undefined });
  const store = new RecordStore(source, file, capacity);
  let header: Header | null = null;
  let take: ((buf: Buffer, spans: RecordSpans) => void) | null = null;
  let rowsRead = 0;
  const unknownStatus = new Map<string, number>();
  const unknownSpelling = new Map<string, string>();

  const start = (h: Header): ((buf: Buffer, spans: RecordSpans) => void) | null => {
    const idx = h.columns.index;
    for (const field of Object.keys(idx) as Field[]) if (!KNOWN_FIELDS.has(field)) return null;
    const width = h.names.length;
    const unitConst = tidyName(opts.unit ?? '');
    const unit = cachedColumn(idx.unit, (t) => (idx.unit === undefined ? unitConst : tidyName(t)));
    const procedure = cachedColumn(idx.procedure, tidyName);
    const status = cachedColumn(idx.status, (label): StatusRead => {
      const meaning = readStatus(label, opts.customStatus);
      return {
        statusLabel: label,
        statusKind: meaning?.kind ?? null,
        labelClass: meaning?.labelClass ?? null,
        unknown: meaning === undefined ? label : null,
      };
    });
    const apology = cachedColumn(
      idx.apology,
      (text): ApologyRead => ({
        apology: idx.apology === undefined ? null : (readApology(text, (t) => parseDay(t) !== null) ?? true),
        apologyDate: text === '' ? null : parseDay(text),
      }),
    );
    const reason = cachedColumn(idx.reason, (t) => (idx.reason === undefined ? null : t));
    const procedureCode = cachedColumn(idx.procedureCode, normaliseCode);

    /** A required date, or GIVE_UP when the row would be rejected for it. */
    const required = (buf: Buffer, spans: RecordSpans, i: number | undefined): number => {
      const day = optional(buf, spans, i);
      if (day === null) throw GIVE_UP;
      return day;
    };
    /** An optional date: null when empty; GIVE_UP when unreadable (the reference notes it in `badDates`). */
    const optional = (buf: Buffer, spans: RecordSpans, i: number | undefined): number | null => {
      if (i === undefined || i >= spans.count) return null;
      if (!(spans.flags[i]! & (HAS_ESCAPED_QUOTE | HAS_CR))) {
        const day = readDayBytes(buf, spans.start[i]!, spans.end[i]!);
        if (day !== NOT_READ) return day;
      }
      const text = textOf(buf, spans, i);
      if (text === '') return null;
      const day = parseDay(text);
      if (day === null) throw GIVE_UP;
      return day;
    };

    return (buf, spans) => {
      const line = spans.line;
      const ci = idx.code!;
      let code: string;
      let rawCode: string;
      if (
        ci < spans.count &&
        isPlainCode(buf, spans.start[ci]!, spans.end[ci]!) &&
        !(spans.flags[ci]! & HAS_ESCAPED_QUOTE)
      ) {
        code = rawCode = latin1.call(buf, spans.start[ci]!, spans.end[ci]!);
      } else {
        const cells = recordCells(buf, spans);
        if (cells.every((c) => c.trim() === '')) return; // a blank row: not a data row
        rawCode = textOf(buf, spans, ci);
        code = normaliseCode(rawCode);
        if (code === '') throw GIVE_UP;
      }
      rowsRead++;
      if (spans.count < width) throw GIVE_UP;
      if (spans.count > width) {
        for (let i = width; i < spans.count; i++) if (cellText(buf, spans, i).trim() !== '') throw GIVE_UP;
      }
      const received = required(buf, spans, idx.received);
      const due = required(buf, spans, idx.due);
      const completed = optional(buf, spans, idx.completed);
      const returned = optional(buf, spans, idx.returned);
      const s = cached(status, buf, spans);
      const a = cached(apology, buf, spans);
      const record: DossierRecord = {
        source,
        code,
        rawCode,
        unit: cached(unit, buf, spans),
        procedure: cached(procedure, buf, spans),
        received,
        due,
        completed,
        returned,
        statusKind: s.statusKind,
        labelClass: s.labelClass,
        statusLabel: s.statusLabel,
        apology: a.apology,
        apologyDate: a.apologyDate,
        newDate: optional(buf, spans, idx.newDate),
        reason: cached(reason, buf, spans),
        procedureCode: cached(procedureCode, buf, spans),
        supplementRequested: optional(buf, spans, idx.supplementRequested),
        supplementReturned: optional(buf, spans, idx.supplementReturned),
        supplementCount: null,
        badDates: {},
        file,
        line,
      };
      store.add(record);
      if (onRows !== undefined && store.count % (1 << 16) === 0) onRows(store.count);
      if (s.unknown !== null) {
        const key = foldText(s.unknown);
        const label = unknownSpelling.get(key) ?? s.unknown;
        unknownSpelling.set(key, label);
        unknownStatus.set(label, (unknownStatus.get(label) ?? 0) + 1);
      }
    };
  };

  let outcome: Awaited<ReturnType<typeof scanCsvFile>>;
  try {
    outcome = await scanCsvFile(file, enc.bomLength, delimiter, MAX_ROW_CHARS / 2, (buf, spans) => {
      if (take === null) {
        const step = finder.offer(recordCells(buf, spans), spans.line);
        if (step === null) return;
        header = step.header;
        take = start(step.header);
        if (take === null) throw GIVE_UP;
        if (!step.rowIsData) return;
      }
      take(buf, spans);
    });
  } catch (err) {
    if (err === GIVE_UP) return null;
    throw err;
  }
  const h = header as Header | null;
  if (!outcome.done || h === null || rowsRead === 0) return null;
  const ingest = newFileIngest(spec, h, { encoding: encodingLabel(enc), delimiter }, rowsRead, unknownStatus);
  return { ingest, store };
}
