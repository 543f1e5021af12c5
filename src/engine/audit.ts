/**
 * The audit of compact stores, a slice of dossier codes at a time, so that a million dossiers never
 * live as objects at once. In each slice the rows are grouped by code (a hash table over the codes'
 * hashes, confirmed byte for byte), and every code is judged by the core's `auditCode` — the one place
 * a dossier is judged — with its records read from the store into two reusable records (a code with
 * duplicates gets records of its own). What the audit tells is gathered: findings, out-of-period rows
 * per file, the per-unit tally and, when asked, the evidence list. Slices are independent, so two
 * threads can take half of them each (audit-threads.ts).
 */
import { dossierPeriodKey, unitPeriodKey } from '../core/by-period.js';
import type { CodeGroup } from '../core/dedupe.js';
import { groupRecords } from '../core/dedupe.js';
import { type EvidenceEntry, evidenceOf } from '../core/evidence.js';
import { emptyFormTally, type FormTally, tallyForm } from '../core/form.js';
import type { Finding } from '../findings/finding.js';
import type { FindingKind } from '../findings/kinds.js';
import { type AuditOptions, type AuditSink, auditCode } from '../core/reconcile.js';
import { tallyDossier, tallyFinding, type UnitTally } from '../core/summarise.js';
import type { DossierRecord } from '../core/types.js';
import type { EvidenceWriter } from './evidence-texts.js';
import type { FindingWriter } from './finding-texts.js';
import type { Slicing, StoreSet } from './slices.js';
import { type RecordStore, StoredRecord } from './store.js';

/** What auditing some slices gives. */
export interface SliceResult {
  findings: Finding[];
  outsidePeriodByFile: Map<string, number>;
  tally: UnitTally;
  /** With `--by`: the same per unit and period (keys: by-period.ts `unitPeriodKey`); else empty. */
  periodTally: UnitTally;
  /** One entry per dossier in the period, in no particular order; empty unless asked for. */
  evidence: EvidenceEntry[];
  /** The settlement-results form's tally, when `options.form` asks for one. */
  form: FormTally | null;
}

const NONE: readonly DossierRecord[] = Object.freeze([]);
const EMPTY = -1;

/**
 * Audit the slices `s` with `s % step === first`. `unitNames`: list the evidence with these unit
 * names; null: no evidence list. `writer`: the findings go there as they are found (finding-texts.ts),
 * not into the result's list; `evidenceWriter` likewise the evidence entries (evidence-texts.ts).
 * `kept`: only the findings of these kinds go into the result's list (every finding is counted); null: all.
 */
export function auditSlices(
  stores: StoreSet,
  slicing: Slicing,
  first: number,
  step: number,
  options: AuditOptions,
  unitNames: ReadonlyMap<string, string> | null,
  writer: Pick<FindingWriter, 'add'> | null = null,
  evidenceWriter: Pick<EvidenceWriter, 'add'> | null = null,
  kept: ReadonlySet<FindingKind> | null = null,
): SliceResult {
  const form = options.form;
  const result: SliceResult = {
    findings: [],
    outsidePeriodByFile: new Map(),
    tally: new Map(),
    periodTally: new Map(),
    evidence: [],
    form: form === null ? null : emptyFormTally(),
  };
  const by = options.by ?? null;
  // A dossier's findings follow it at once (reconcile.ts `auditCode`): they go to its period.
  let periodKey = '';
  const sink: AuditSink = {
    dossier: (d) => {
      tallyDossier(result.tally, d);
      if (by !== null) {
        periodKey = unitPeriodKey(d.unitKey, dossierPeriodKey(d, options, by));
        tallyDossier(result.periodTally, d, periodKey);
      }
      if (form !== null) tallyForm(result.form!, d, options, form);
      if (unitNames === null) return;
      if (evidenceWriter === null) result.evidence.push(evidenceOf(d, unitNames));
      else evidenceWriter.add(evidenceOf(d, unitNames));
    },
    finding: (f) => {
      tallyFinding(result.tally, f);
      if (by !== null) tallyFinding(result.periodTally, f, periodKey);
      if (writer !== null) writer.add(f);
      else if (kept === null || kept.has(f.kind)) result.findings.push(f);
    },
    outside: (r) => result.outsidePeriodByFile.set(r.file, (result.outsidePeriodByFile.get(r.file) ?? 0) + 1),
  };
  const all = [...stores.electronic, ...stores.paper];
  const starts = [...slicing.parts.electronic, ...slicing.parts.paper].map((p) => p.start);
  const electronicStores = stores.electronic.length;
  const groups = new CodeGroups();
  const single: Record<'e' | 'p', CodeGroup> = {
    e: { kept: new StoredRecord(), extras: NONE as DossierRecord[] },
    p: { kept: new StoredRecord(), extras: NONE as DossierRecord[] },
  };
  for (let s = first; s < slicing.slices; s += step) {
    groups.reset(all.reduce((n, _, k) => n + starts[k]![s + 1]! - starts[k]![s]!, 0));
    for (let k = 0; k < all.length; k++) {
      const store = all[k]!;
      const electronic = k < electronicStores;
      for (let i = starts[k]![s]!, end = starts[k]![s + 1]!; i < end; i++) groups.add(all, k, i, store, electronic);
    }
    for (let g = 0; g < groups.count; g++) {
      const e = groups.codeGroup(all, g, true, single.e);
      const p = groups.codeGroup(all, g, false, single.p);
      auditCode(e, p, options, sink);
    }
  }
  return result;
}

/**
 * The rows of one slice grouped by code: a table keyed by the code's hash (equal codes confirmed by
 * their bytes), and per group, per source, a list of its rows in the order they were added.
 */
class CodeGroups {
  count = 0;
  private capacity = 0;
  private table = new Int32Array(0);
  private mask = 0;
  // per row: its store, its row in the store, the next row of its group and source
  private rowStore = new Int32Array(0);
  private rowIndex = new Int32Array(0);
  private next = new Int32Array(0);
  private rows = 0;
  // per group: the hash, a row to compare codes with, and the first/last row and count of each source
  private hash = new Int32Array(0);
  private rep = new Int32Array(0);
  private headE = new Int32Array(0);
  private tailE = new Int32Array(0);
  private countE = new Int32Array(0);
  private headP = new Int32Array(0);
  private tailP = new Int32Array(0);
  private countP = new Int32Array(0);

  /** Empty the groups, with room for `rows` rows. */
  reset(rows: number): void {
    if (rows > this.capacity) {
      const cap = Math.max(rows, this.capacity * 2, 64);
      this.capacity = cap;
      this.rowStore = new Int32Array(cap);
      this.rowIndex = new Int32Array(cap);
      this.next = new Int32Array(cap);
      for (const key of ['hash', 'rep', 'headE', 'tailE', 'countE', 'headP', 'tailP', 'countP'] as const) {
        this[key] = new Int32Array(cap);
      }
      let size = 16;
      while (size < cap * 2) size *= 2;
      this.table = new Int32Array(size);
      this.mask = size - 1;
    }
    this.table.fill(EMPTY);
    this.count = 0;
    this.rows = 0;
  }

  add(all: readonly RecordStore[], k: number, i: number, store: RecordStore, electronic: boolean): void {
    const h = store.codeHash(i) | 0;
    let slot = h & this.mask;
    let g = this.table[slot]!;
    while (g !== EMPTY) {
      if (this.hash[g] === h) {
        const r = this.rep[g]!;
        if (store.sameCode(i, all[this.rowStore[r]!]!, this.rowIndex[r]!)) break;
      }
      slot = (slot + 1) & this.mask;
      g = this.table[slot]!;
    }
    const row = this.rows++;
    this.rowStore[row] = k;
    this.rowIndex[row] = i;
    this.next[row] = EMPTY;
    if (g === EMPTY) {
      g = this.count++;
      this.table[slot] = g;
      this.hash[g] = h;
      this.rep[g] = row;
      this.headE[g] = this.tailE[g] = this.headP[g] = this.tailP[g] = EMPTY;
      this.countE[g] = this.countP[g] = 0;
    }
    if (electronic) {
      if (this.headE[g] === EMPTY) this.headE[g] = row;
      else this.next[this.tailE[g]!] = row;
      this.tailE[g] = row;
      this.countE[g]!++;
    } else {
      if (this.headP[g] === EMPTY) this.headP[g] = row;
      else this.next[this.tailP[g]!] = row;
      this.tailP[g] = row;
      this.countP[g]!++;
    }
  }

  /**
   * Group `g`'s records of one source: undefined when it has none; `single` reloaded for a code with
   * one record; else the records read one by one and grouped by the core's rule (dedupe.ts).
   */
  codeGroup(all: readonly RecordStore[], g: number, electronic: boolean, single: CodeGroup): CodeGroup | undefined {
    const n = (electronic ? this.countE : this.countP)[g]!;
    if (n === 0) return undefined;
    let row = (electronic ? this.headE : this.headP)[g]!;
    if (n === 1) {
      all[this.rowStore[row]!]!.load(this.rowIndex[row]!, single.kept as StoredRecord);
      return single;
    }
    const records: DossierRecord[] = [];
    for (; row !== EMPTY; row = this.next[row]!) {
      records.push(all[this.rowStore[row]!]!.load(this.rowIndex[row]!, new StoredRecord()));
    }
    return groupRecords(records);
  }
}
