/**
 * Per-unit and total figures: counts of each class per source, rates as shares of resolved dossiers
 * rounded half-up to 2 decimals, and finding counts. Pure accumulators: no IO, no wording.
 */
import type { Finding } from '../findings/finding.js';
import { splitUnitPeriodKey } from './by-period.js';
import { emptyFindingCounts, type FindingKind } from '../findings/kinds.js';
import { foldText } from './fold.js';
import type { Dossier, Side } from './reconcile.js';
import type { DossierClass, DossierRecord, Source } from './types.js';
import type { Denominator } from './choice-lists.js';

export interface Rates {
  beforeDeadline: number | null;
  onTime: number | null;
  late: number | null;
}

export interface Stats {
  received: number;
  resolved: number;
  beforeDeadline: number;
  onTime: number;
  late: number;
  pendingNotDue: number;
  pendingOverdue: number;
  withdrawn: number;
  /** Resolved before/on time or pending in time, but with more than one supplement request (late under qd766). */
  multipleSupplements: number;
  rates: Rates;
}

export { DENOMINATORS, type Denominator } from './choice-lists.js';

export interface UnitReport {
  unit: string;
  electronic: Stats | null;
  paper: Stats | null;
  findingCounts: Record<FindingKind, number>;
  /** With `--by`: the same figures per period, in time order (by-period.ts); absent without `--by`. */
  byPeriod?: PeriodReport[];
}

/** A unit's (or the total's) figures in one period: `period` is its key, "2024-03", "2024-Q1" or "2024". */
export interface PeriodReport {
  period: string;
  electronic: Stats | null;
  paper: Stats | null;
  findingCounts: Record<FindingKind, number>;
}

/**
 * `part / whole` as a percentage rounded half-up to `decimals` (0–4, default 2) decimals, exactly
 * (integer arithmetic); null when whole is 0.
 */
export function percent(part: number, whole: number, decimals = 2): number | null {
  if (whole === 0) return null;
  // round(part · 10^(d+2) / whole) half-up, without floating-point error: floor((2·p·10^(d+2) + w) / (2·w)).
  const scale = 10 ** decimals;
  return Math.floor((2 * part * 100 * scale + whole) / (2 * whole)) / scale;
}

/**
 * Counters per source and unit. `multipleSupplementsBefore` (internal, not reported) is how many of
 * the `multipleSupplements` dossiers were before the deadline, so qd766 can move them out of "before".
 */
export type Counts = Omit<Stats, 'rates' | 'resolved' | 'received'> & { multipleSupplementsBefore: number };
type StatKey = keyof Omit<Counts, 'multipleSupplements' | 'multipleSupplementsBefore'>;
const CLASS_FIELD: Record<DossierClass, StatKey> = {
  'before-deadline': 'beforeDeadline',
  'on-time': 'onTime',
  late: 'late',
  'pending-not-due': 'pendingNotDue',
  'pending-overdue': 'pendingOverdue',
  withdrawn: 'withdrawn',
};

function emptyCounts(): Counts {
  return {
    beforeDeadline: 0,
    onTime: 0,
    late: 0,
    pendingNotDue: 0,
    pendingOverdue: 0,
    withdrawn: 0,
    multipleSupplements: 0,
    multipleSupplementsBefore: 0,
  };
}

/**
 * Rates under a denominator:
 * - resolved: before, on time, late over resolved;
 * - due: before, on time over resolved + pending overdue; late = (late + pending overdue) over it;
 * - workload: the same over every dossier handled (resolved + pending, withdrawn excluded);
 * - qd766 (Decision 766 indicator 2.1): over every dossier handled; "on time" also counts pending
 *   dossiers still within their time; more than one supplement request counts as late.
 */
export function ratesOf(c: Counts, denominator: Denominator): Rates {
  const resolved = c.beforeDeadline + c.onTime + c.late;
  if (denominator === 'resolved') {
    return {
      beforeDeadline: percent(c.beforeDeadline, resolved),
      onTime: percent(c.onTime, resolved),
      late: percent(c.late, resolved),
    };
  }
  const lateAll = c.late + c.pendingOverdue;
  if (denominator === 'due' || denominator === 'workload') {
    const whole = resolved + c.pendingOverdue + (denominator === 'workload' ? c.pendingNotDue : 0);
    return {
      beforeDeadline: percent(c.beforeDeadline, whole),
      onTime: percent(c.onTime, whole),
      late: percent(lateAll, whole),
    };
  }
  // A timely dossier with more than one supplement request counts as late: it leaves its timely share.
  const whole = resolved + c.pendingNotDue + c.pendingOverdue;
  const before = c.beforeDeadline - c.multipleSupplementsBefore;
  const timely = c.beforeDeadline + c.onTime + c.pendingNotDue - c.multipleSupplements;
  return {
    beforeDeadline: percent(before, whole),
    onTime: percent(timely - before, whole),
    late: percent(whole - timely, whole),
  };
}

function toStats(c: Counts, denominator: Denominator): Stats {
  const resolved = c.beforeDeadline + c.onTime + c.late;
  return {
    received: resolved + c.pendingNotDue + c.pendingOverdue + c.withdrawn,
    resolved,
    beforeDeadline: c.beforeDeadline,
    onTime: c.onTime,
    late: c.late,
    pendingNotDue: c.pendingNotDue,
    pendingOverdue: c.pendingOverdue,
    withdrawn: c.withdrawn,
    multipleSupplements: c.multipleSupplements,
    rates: ratesOf(c, denominator),
  };
}

interface UnitAccumulator {
  counts: Record<Source, Counts>;
  findings: Record<FindingKind, number>;
}

/**
 * Figures per unit (sorted by name, Vietnamese collation) and in total. `sources` says which sides
 * are reported (`stats` reports one; the other is null).
 */
export function summariseByUnit(
  dossiers: readonly Dossier[],
  findings: readonly Finding[],
  unitNames: ReadonlyMap<string, string>,
  sources: readonly Source[],
  denominator: Denominator = 'resolved',
): { units: UnitReport[]; total: UnitReport } {
  const acc: UnitTally = new Map();
  tallyDossiers(acc, dossiers);
  for (const f of findings) tallyFinding(acc, f);
  return summariseTally(acc, unitNames, sources, denominator);
}

/** Class counters per unit key, filled a slice of dossiers at a time (audit-chunks.ts) or all at once. */
export type UnitTally = Map<string, UnitAccumulator>;

export function tallyDossiers(acc: UnitTally, dossiers: readonly Dossier[]): void {
  for (const d of dossiers) tallyDossier(acc, d);
}

/** Count one dossier's sides in its unit (or under `key`: a unit's period, by-period.ts). */
export function tallyDossier(acc: UnitTally, d: Dossier, key: string = d.unitKey): void {
  const u = unitOf(acc, key);
  if (d.electronic) countSide(u.counts.electronic, d.electronic);
  if (d.paper) countSide(u.counts.paper, d.paper);
}

/** Count one finding in its unit (`f.unit`: the unit key), or under `key` (a unit's period). */
export function tallyFinding(acc: UnitTally, f: Pick<Finding, 'unit' | 'kind'>, key: string = f.unit): void {
  unitOf(acc, key).findings[f.kind]++;
}

function unitOf(acc: UnitTally, key: string): UnitAccumulator {
  let u = acc.get(key);
  if (!u) {
    u = emptyAccumulator();
    acc.set(key, u);
  }
  return u;
}

/**
 * `summariseByUnit` of the dossiers and findings tallied in `acc`. `periods` (`--by`): the same tallied
 * per unit and period (keys: by-period.ts `unitPeriodKey`); each unit and the total then get their
 * `byPeriod` rows, figured by the same rule as the unit's.
 */
export function summariseTally(
  acc: UnitTally,
  unitNames: ReadonlyMap<string, string>,
  sources: readonly Source[],
  denominator: Denominator = 'resolved',
  periods: UnitTally | null = null,
): { units: UnitReport[]; total: UnitReport } {
  const total = emptyAccumulator();
  for (const u of acc.values()) addInto(total, u);
  const figures = (u: UnitAccumulator): Omit<UnitReport, 'unit'> => ({
    electronic: sources.includes('electronic') ? toStats(u.counts.electronic, denominator) : null,
    paper: sources.includes('paper') ? toStats(u.counts.paper, denominator) : null,
    findingCounts: u.findings,
  });
  const byUnit = periods === null ? null : periodsByUnit(periods);
  const report = (key: string | null, name: string, u: UnitAccumulator): UnitReport => {
    if (byUnit === null) return { unit: name, ...figures(u) };
    const rows = [...(byUnit.get(key) ?? new Map<string, UnitAccumulator>()).entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return { unit: name, ...figures(u), byPeriod: rows.map(([period, p]) => ({ period, ...figures(p) })) };
  };
  const collator = new Intl.Collator('vi', { sensitivity: 'variant' });
  const units = [...acc.entries()]
    .map(([key, u]) => report(key, unitNames.get(key) ?? key, u))
    .sort((a, b) => collator.compare(a.unit, b.unit) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return { units, total: report(null, '', total) };
}

/** The per-period tally grouped by unit key (null: the total, every unit's periods added up). */
function periodsByUnit(periods: UnitTally): Map<string | null, Map<string, UnitAccumulator>> {
  const out = new Map<string | null, Map<string, UnitAccumulator>>();
  const rowOf = (unit: string | null, period: string): UnitAccumulator => {
    let m = out.get(unit);
    if (m === undefined) {
      m = new Map();
      out.set(unit, m);
    }
    let row = m.get(period);
    if (row === undefined) {
      row = emptyAccumulator();
      m.set(period, row);
    }
    return row;
  };
  for (const [key, u] of periods) {
    const { unitKey, periodKey } = splitUnitPeriodKey(key);
    addInto(rowOf(unitKey, periodKey), u);
    addInto(rowOf(null, periodKey), u);
  }
  return out;
}

function emptyAccumulator(): UnitAccumulator {
  return { counts: { electronic: emptyCounts(), paper: emptyCounts() }, findings: emptyFindingCounts() };
}

/**
 * Decision 766 indicator 2.1: a dossier resolved on or before its due day, or pending within its time,
 * counts as late all the same when more than one supplement was requested.
 */
export function timelyButManySupplements(side: Side): boolean {
  const timely = side.class === 'before-deadline' || side.class === 'on-time' || side.class === 'pending-not-due';
  return timely && (side.record.supplementCount ?? 0) > 1;
}

function countSide(c: Counts, side: Side): void {
  c[CLASS_FIELD[side.class]]++;
  if (timelyButManySupplements(side)) {
    c.multipleSupplements++;
    if (side.class === 'before-deadline') c.multipleSupplementsBefore++;
  }
}

function addInto(total: UnitAccumulator, u: UnitAccumulator): void {
  for (const source of ['electronic', 'paper'] as const) {
    for (const k of Object.keys(u.counts[source]) as (keyof Counts)[]) total.counts[source][k] += u.counts[source][k];
  }
  for (const k of Object.keys(u.findings) as FindingKind[]) total.findings[k] += u.findings[k];
}

/**
 * The display name of each unit key: the spelling written most often, ties broken by code-point
 * order, so the name does not depend on which row came first.
 */
export function chooseUnitNames(records: Iterable<DossierRecord>): Map<string, string> {
  const written = new Map<string, number>();
  for (const r of records) written.set(r.unit, (written.get(r.unit) ?? 0) + 1);
  return chooseUnitNamesByCount(written);
}

/** `chooseUnitNames` from how many records write each spelling (compact stores count them). */
export function chooseUnitNamesByCount(written: Iterable<readonly [string, number]>): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const [unit, n] of written) {
    const key = foldText(unit);
    let m = spellings.get(key);
    if (!m) {
      m = new Map();
      spellings.set(key, m);
    }
    m.set(unit, (m.get(unit) ?? 0) + n);
  }
  const names = new Map<string, string>();
  for (const [key, m] of spellings) {
    let best = '';
    let bestCount = -1;
    for (const [name, n] of m) {
      if (n > bestCount || (n === bestCount && name < best)) [best, bestCount] = [name, n];
    }
    names.set(key, best);
  }
  return names;
}
