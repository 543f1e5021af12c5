/**
 * A shortcut through the audit for the dossiers that have nothing to report — at province scale, 98%
 * of them. A dossier is quiet when its code has exactly one record in each source and both records
 * are plain: dates in order and readable, no stated class label, no supplement, apology date or new
 * date, not withdrawn, rejected or stopped, the same receipt and due day, results that do not differ,
 * units that fold alike, and the same class on both sides — late or overdue only with an apology on
 * record (or no apology column at all); and no procedure catalogue is in use. For such a dossier the audit (reconcile.ts) has no finding to make, so its
 * sides are built with the audit's own `makeSide` and counted with the summary's own `tallyDossiers`,
 * skipping only the grouping and the checks. Every other code — and all its records — goes through
 * `auditDossiers` unchanged.
 *
 * The premise "no finding" is checked as the shortcut runs: the first quiet dossiers of each run, and
 * then one in 64 (QUIET_CHECKS), are also put through `auditDossiers`; if its answer differs in any way
 * (a finding, another class, another unit) — as it would if a new check were added to the audit without
 * a matching condition here — the shortcut is abandoned and the slices are audited the ordinary way.
 * test/core/quiet-dossiers.test.ts compares the two on random records.
 */
import { auditSlices, type RecordSet, type SliceResult, type Slicing, type StoreSet } from './audit-chunks.js';
import { isLateClass } from './classify.js';
import type { RecordStore } from './compact-records.js';
import type { Finding } from '../findings/finding.js';
import { foldText } from './fold.js';
import { makeSide, type AuditOptions, type AuditResult, type Dossier, type Side } from './reconcile.js';
import { isWithdrawnKind } from './status.js';
import { tallyDossiers, type UnitTally } from './summarise.js';
import type { DossierRecord } from './types.js';

/** Quiet dossiers checked against the full audit: the first `first`, then one in `every`. */
export interface QuietChecks {
  first: number;
  every: number;
}
export const QUIET_CHECKS: QuietChecks = { first: 256, every: 64 };

/** Thrown inside when the full audit disagrees with the shortcut. */
const DISAGREES = Symbol('the shortcut disagrees with the audit');
const MULTIPLE = -1;
const KEY_MASK = 0x3fffffff;

/** A record the audit's own checks have nothing to say about. */
function isPlain(r: DossierRecord): boolean {
  if (
    r.labelClass !== null ||
    r.supplementRequested !== null ||
    r.supplementReturned !== null ||
    r.supplementCount !== null
  )
    return false;
  if (r.apologyDate !== null || r.newDate !== null || isWithdrawnKind(r.statusKind)) return false;
  if (
    r.due < r.received ||
    (r.completed !== null && r.completed < r.received) ||
    (r.returned !== null && r.returned < r.received)
  )
    return false;
  for (const _ in r.badDates) return false;
  return true;
}

function inPeriod(received: number, o: AuditOptions): boolean {
  return (o.from === null || received >= o.from) && (o.to === null || received <= o.to) && received <= o.asOf;
}

/** The quiet dossier of two plain records, or null when the audit might have something to say. */
function quietDossier(e: DossierRecord, p: DossierRecord, o: AuditOptions): Dossier | null {
  if (!isPlain(e) || !isPlain(p) || e.received !== p.received || e.due !== p.due || !inPeriod(e.received, o))
    return null;
  const eu = foldText(e.unit);
  const pu = foldText(p.unit);
  if (eu !== '' && pu !== '' && eu !== pu) return null;
  const se = makeSide(e, o, null);
  const sp = makeSide(p, o, null);
  if (se.class !== sp.class || (se.result !== null && sp.result !== null && se.result !== sp.result)) return null;
  // Late on both sides is no disagreement; without an apology on record it is a finding, though.
  if (isLateClass(se.class) && o.apologyKnown && e.apology !== true && p.apology !== true) return null;
  return { code: e.code, unitKey: foldText(e.unit || p.unit || ''), electronic: se, paper: sp };
}

function sameSide(a: Side | null, b: Side | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.record === b.record &&
    a.class === b.class &&
    a.result === b.result &&
    a.due === b.due &&
    a.calendarDaysLate === b.calendarDaysLate &&
    a.workingDaysLate === b.workingDaysLate
  );
}

/** Whether the full audit of the two records says exactly what the shortcut says. */
function agrees(d: Dossier, full: AuditResult): boolean {
  const [f] = full.dossiers;
  return (
    full.findings.length === 0 &&
    full.outsidePeriodByFile.size === 0 &&
    full.dossiers.length === 1 &&
    f !== undefined &&
    f.code === d.code &&
    f.unitKey === d.unitKey &&
    sameSide(f.electronic, d.electronic) &&
    sameSide(f.paper, d.paper)
  );
}

/** Rows of one source in a slice, with a key (masked code hash) → its position, or MULTIPLE. */
interface SliceRows {
  store: RecordStore[];
  row: number[];
  byKey: Map<number, number>;
}

function sliceRows(stores: readonly RecordStore[], slicing: Slicing['parts']['electronic'], s: number): SliceRows {
  const rows: SliceRows = { store: [], row: [], byKey: new Map() };
  stores.forEach((store, k) => {
    const start = slicing[k]!.start;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const key = store.codeHash(i) & KEY_MASK;
      const at = rows.row.length;
      rows.store.push(store);
      rows.row.push(i);
      rows.byKey.set(key, rows.byKey.has(key) ? MULTIPLE : at);
    }
  });
  return rows;
}

/**
 * `auditSlices` with the shortcut: the same result. Used for `reconcile` without a procedure
 * catalogue and without an evidence list; anything else goes the ordinary way at once.
 */
export function auditSlicesQuietly(
  stores: StoreSet,
  slicing: Slicing,
  first: number,
  step: number,
  options: AuditOptions,
  audit: (records: RecordSet) => AuditResult,
  onDossiers?: (dossiers: readonly Dossier[]) => void,
  checks: QuietChecks = QUIET_CHECKS,
): SliceResult {
  // The evidence list wants every dossier once: a shortcut abandoned half-way would have shown some twice.
  if (
    onDossiers !== undefined ||
    !options.matchSources ||
    options.procedures !== null ||
    stores.electronic.length === 0 ||
    stores.paper.length === 0
  ) {
    return auditSlices(stores, slicing, first, step, audit, onDossiers);
  }
  try {
    return shortcut(stores, slicing, first, step, options, audit, checks);
  } catch (err) {
    if (err === DISAGREES) return auditSlices(stores, slicing, first, step, audit, onDossiers);
    throw err;
  }
}

function shortcut(
  stores: StoreSet,
  slicing: Slicing,
  first: number,
  step: number,
  options: AuditOptions,
  audit: (records: RecordSet) => AuditResult,
  checks: QuietChecks,
): SliceResult {
  const findings: Finding[] = [];
  const outsidePeriodByFile = new Map<string, number>();
  const tally: UnitTally = new Map();
  let quietSeen = 0;
  for (let s = first; s < slicing.slices; s += step) {
    const e = sliceRows(stores.electronic, slicing.parts.electronic, s);
    const p = sliceRows(stores.paper, slicing.parts.paper, s);
    const quiet: Dossier[] = [];
    const loud = new Set<number>(); // keys whose records all go to the full audit
    for (const [key, ei] of e.byKey) {
      const pi = p.byKey.get(key);
      if (
        ei === MULTIPLE ||
        pi === undefined ||
        pi === MULTIPLE ||
        !e.store[ei]!.sameCode(e.row[ei]!, p.store[pi]!, p.row[pi]!)
      ) {
        loud.add(key);
        continue;
      }
      const er = e.store[ei]!.recordAt(e.row[ei]!);
      const pr = p.store[pi]!.recordAt(p.row[pi]!);
      const d = quietDossier(er, pr, options);
      if (d === null) {
        loud.add(key);
        continue;
      }
      if (quietSeen < checks.first || quietSeen % checks.every === 0) {
        if (!agrees(d, audit({ electronic: [er], paper: [pr] }))) throw DISAGREES;
      }
      quietSeen++;
      quiet.push(d);
    }
    for (const key of p.byKey.keys()) if (!e.byKey.has(key)) loud.add(key);
    tallyDossiers(tally, quiet);
    if (loud.size === 0) continue;
    const records: RecordSet = { electronic: [], paper: [] };
    for (const [rows, into] of [
      [e, records.electronic],
      [p, records.paper],
    ] as const) {
      for (let at = 0; at < rows.row.length; at++) {
        const store = rows.store[at]!;
        if (loud.has(store.codeHash(rows.row[at]!) & KEY_MASK)) into.push(store.recordAt(rows.row[at]!));
      }
    }
    const chunk = audit(records);
    for (const f of chunk.findings) findings.push(f);
    for (const [file, n] of chunk.outsidePeriodByFile)
      outsidePeriodByFile.set(file, (outsidePeriodByFile.get(file) ?? 0) + n);
    tallyDossiers(tally, chunk.dossiers);
  }
  return { findings, outsidePeriodByFile, tally };
}
