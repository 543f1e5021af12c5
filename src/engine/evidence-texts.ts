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
  runReaders,
  type SpillFile,
  type SpoolEncoding,
  SpoolBudget,
  type Spooled,
  spooledChunks,
  TextSpool,
} from './text-spool.js';

/**
 * The sort keys of some entries, as a run keeps them: the unit (an index into `units`). The codes are
 * not kept in memory (a million strings, tens of bytes each): each entry's code is spooled with its text,
 * as a second form (`CODE_FORM`, its UTF-16 code units), and read back, run by run, as the runs are merged.
 */
export interface EvidenceKeys {
  units: string[];
  unit: Int32Array;
}

/** The spool's forms: the entry's text (UTF-8), then its code as the key the merge compares. */
const FORMS: readonly SpoolEncoding[] = ['utf8', 'utf16le'];
const CODE_FORM = 1;

/** The buffers of the evidence keys, for `postMessage` to move rather than copy. */
export function evidenceKeyTransferables(w: WrittenEvidence): ArrayBuffer[] {
  return w.runs.map((r) => r.keys.unit.buffer as ArrayBuffer);
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
    return { keys: { units: this.units, unit: order.map((i) => this.unit[i]!) }, order };
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
    this.spool = new TextSpool(() => new EvidenceKeyList(), FORMS, budget, spill);
  }

  add(e: EvidenceEntry): void {
    this.spool.keys.add(e);
    this.spool.add([evidenceText(e, this.form), e.code]);
  }

  finish(): WrittenEvidence {
    return this.spool.finish();
  }
}

/** The evidence list's entries, their texts in the list's order. */
export interface EvidenceTexts {
  form: EvidenceForm;
  count: number;
  /** The entries' bytes joined by `evidenceSeparator`, in chunks (`refill`: as `FindingTexts.chunks`). */
  chunks(refill?: boolean): Iterable<Uint8Array>;
  /** Close the threads' spill files, once written. */
  close(): void;
}

/** The threads' entries as one list (ties: the earlier thread's first, as a stable sort would). */
export function joinEvidence(parts: readonly WrittenEvidence[], form: EvidenceForm): EvidenceTexts {
  const runs = allRuns(parts).map((r) => r.run);
  return {
    form,
    count: runs.reduce((n, r) => n + r.count, 0),
    *chunks(refill = false) {
      yield* spooledChunks(parts, evidenceOrder(parts), 0, Buffer.from(evidenceSeparator(form), 'utf8'), refill);
    },
    close: () => closeSpooled(parts),
  };
}

/**
 * The merged order of the parts' entries. The merge compares only each run's next entry, and takes a
 * run's entries in order: their codes are read from the run's code form, forward, each made a string
 * only when the merge asks for it (once).
 */
function evidenceOrder(parts: readonly WrittenEvidence[]): Uint16Array {
  const runs = allRuns(parts).map((r) => r.run);
  const keys = runs.map((r) => r.keys);
  const ranks = rankUnits(keys.map((k) => k.units));
  const codes = runReaders(parts, CODE_FORM);
  const headAt = runs.map(() => -1);
  const head = runs.map(() => '');
  const code = (l: number, i: number): string => {
    if (headAt[l] !== i) {
      let bytes = codes[l]!.next();
      for (let at = headAt[l]! + 1; at < i; at++) bytes = codes[l]!.next(); // entries ordered by unit alone
      head[l] = bytes.toString('utf16le');
      headAt[l] = i;
    }
    return head[l]!;
  };
  return mergeOrder(
    runs.map((r) => r.count),
    (l, i, m, j) => ranks[l]![keys[l]!.unit[i]!]! - ranks[m]![keys[m]!.unit[j]!]! || cmp(code(l, i), code(m, j)),
  );
}
