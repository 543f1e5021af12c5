/**
 * The evidence list (`--dossiers`), written by the audit threads: each dossier's entry is written as
 * it is judged (`evidenceText`, render/dossiers.ts) into a text spool (text-spool.ts) with its sort key
 * (unit, then code: `compareEvidence`'s order), so that a million dossiers never live as entry objects
 * and the list is never one string. The main thread merges the threads' sorted runs and writes bytes.
 */
import type { EvidenceEntry } from '../core/evidence.js';
import { type EvidenceForm, evidenceSeparator, evidenceText } from '../render/dossiers.js';
import {
  allRuns,
  closeSpooled,
  type KeyList,
  mergeOrder,
  type SpillFile,
  SpoolBudget,
  type Spooled,
  spooledChunks,
  TextSpool,
} from './text-spool.js';

/**
 * The sort keys of some entries: unit (an index into `units`) and code. The codes are not kept as a
 * million strings (tens of bytes each, copied from the thread that wrote them to the main thread): they are
 * one buffer of their UTF-16 code units, back to back (`latin1`: one byte each, when every code unit of
 * the run is below 256), `codeEnd[i]` the end of code i; the buffers move between threads uncopied.
 */
export interface EvidenceKeys {
  units: string[];
  unit: Int32Array;
  codes: Uint8Array;
  codeEnd: Int32Array;
  latin1: boolean;
}

/** Code i of `keys`, as the string it was. */
function codeAt(keys: EvidenceKeys, i: number): string {
  const width = keys.latin1 ? 1 : 2;
  const start = i === 0 ? 0 : keys.codeEnd[i - 1]! * width;
  const end = keys.codeEnd[i]! * width;
  const bytes = Buffer.from(keys.codes.buffer, keys.codes.byteOffset + start, end - start);
  return bytes.toString(keys.latin1 ? 'latin1' : 'utf16le');
}

/** `codes` as keys' code columns (their code units back to back, in a buffer of its own). */
function packCodes(codes: readonly string[]): Pick<EvidenceKeys, 'codes' | 'codeEnd' | 'latin1'> {
  const codeEnd = new Int32Array(codes.length);
  let units = 0;
  let latin1 = true;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    for (let c = 0; latin1 && c < code.length; c++) if (code.charCodeAt(c) > 0xff) latin1 = false;
    units += code.length;
    codeEnd[i] = units;
  }
  const buf = Buffer.allocUnsafeSlow(latin1 ? units : units * 2);
  let at = 0;
  for (const code of codes) at += buf.write(code, at, latin1 ? 'latin1' : 'utf16le');
  return { codes: new Uint8Array(buf.buffer, 0, buf.length), codeEnd, latin1 };
}

/** The buffers of the evidence keys, for `postMessage` to move rather than copy. */
export function evidenceKeyTransferables(w: WrittenEvidence): ArrayBuffer[] {
  return w.runs.flatMap((r) => [r.keys.unit.buffer, r.keys.codes.buffer, r.keys.codeEnd.buffer] as ArrayBuffer[]);
}

class EvidenceKeyList implements KeyList<EvidenceKeys> {
  private readonly units: string[] = [];
  private readonly unitIndex = new Map<string, number>();
  private readonly unit: number[] = [];
  private readonly code: string[] = [];

  get length(): number {
    return this.unit.length;
  }

  add(e: EvidenceEntry): void {
    let u = this.unitIndex.get(e.unit);
    if (u === undefined) {
      u = this.units.push(e.unit) - 1;
      this.unitIndex.set(e.unit, u);
    }
    this.unit.push(u);
    this.code.push(e.code);
  }

  sorted(): { keys: EvidenceKeys; order: Int32Array } {
    const unitRank = rankUnits([this.units])[0]!;
    const order = Int32Array.from(this.unit, (_, i) => i).sort(
      (i, j) => unitRank[this.unit[i]!]! - unitRank[this.unit[j]!]! || cmp(this.code[i]!, this.code[j]!) || i - j,
    );
    return {
      keys: {
        units: this.units,
        unit: order.map((i) => this.unit[i]!),
        ...packCodes(Array.from(order, (i) => this.code[i]!)),
      },
      order,
    };
  }
}

/** Each list's units ranked in one order (plain code-point order, as `compareEvidence`). */
function rankUnits(lists: readonly string[][]): Int32Array[] {
  const sorted = [...new Set(lists.flat())].sort(cmp);
  const rank = new Map(sorted.map((u, i) => [u, i]));
  return lists.map((units) => Int32Array.from(units, (u) => rank.get(u)!));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type WrittenEvidence = Spooled<EvidenceKeys>;

/** Entries written as the dossiers are judged; `finish` hands the sorted runs over. */
export class EvidenceWriter {
  private readonly spool: TextSpool<EvidenceKeys, EvidenceKeyList>;

  /** `budget`: the pending text shared with the thread's other writers (text-spool.ts). */
  constructor(
    private readonly form: EvidenceForm,
    budget = new SpoolBudget(),
    spill: SpillFile | null = null,
  ) {
    this.spool = new TextSpool(() => new EvidenceKeyList(), 1, budget, spill);
  }

  add(e: EvidenceEntry): void {
    this.spool.keys.add(e);
    this.spool.add([evidenceText(e, this.form)]);
  }

  finish(): WrittenEvidence {
    return this.spool.finish();
  }
}

/** The evidence list's entries, their texts in the list's order. */
export interface EvidenceTexts {
  form: EvidenceForm;
  count: number;
  /** The entries' bytes joined by `evidenceSeparator`, in chunks. */
  chunks(): Iterable<Uint8Array>;
  /** Close the threads' spill files, once written. */
  close(): void;
}

/** The threads' entries as one list (ties: the earlier thread's first, as a stable sort would). */
export function joinEvidence(parts: readonly WrittenEvidence[], form: EvidenceForm): EvidenceTexts {
  const runs = allRuns(parts).map((r) => r.run);
  return {
    form,
    count: runs.reduce((n, r) => n + r.count, 0),
    *chunks() {
      const keys = runs.map((r) => r.keys);
      const ranks = rankUnits(keys.map((k) => k.units));
      // The merge compares only each run's next entry: its code is made a string once, when first asked.
      const headAt = runs.map(() => -1);
      const head = runs.map(() => '');
      const code = (l: number, i: number): string => {
        if (headAt[l] !== i) {
          head[l] = codeAt(keys[l]!, i);
          headAt[l] = i;
        }
        return head[l]!;
      };
      const from = mergeOrder(
        runs.map((r) => r.count),
        (l, i, m, j) => ranks[l]![keys[l]!.unit[i]!]! - ranks[m]![keys[m]!.unit[j]!]! || cmp(code(l, i), code(m, j)),
      );
      yield* spooledChunks(parts, from, 0, Buffer.from(evidenceSeparator(form), 'utf8'));
    },
    close: () => closeSpooled(parts),
  };
}
