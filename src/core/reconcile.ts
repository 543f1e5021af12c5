/**
 * Matching: one dossier per code from the records of both sources (or of one, for `stats`), each kept
 * record chosen among its duplicates (dedupe.ts), the dossiers received in the period kept, each side
 * classified at the as-of date (side.ts), and every dossier judged by the rule book
 * (findings/rules.ts). Pure: no IO, no clock.
 */
import { groupByCode, type CodeGroup } from './dedupe.js';
import { foldText } from './fold.js';
import type { AuditOptions } from './options.js';
import { inPeriod } from './period.js';
import { dossierWait, makeSide, type Side } from './side.js';
import type { DossierRecord } from './types.js';
import type { Finding } from '../findings/finding.js';
import { judgeDossier } from '../findings/rules.js';

export type { AuditOptions } from './options.js';
export type { Side } from './side.js';

/** One dossier after matching: its sides, and the unit it is counted under. */
export interface Dossier {
  /** Folded unit name: the grouping key. */
  unitKey: string;
  electronic: Side | null;
  paper: Side | null;
}

export interface AuditResult {
  dossiers: Dossier[];
  findings: Finding[];
  /** Rows (kept and duplicate) left out because the dossier was received outside the period: by file. */
  outsidePeriodByFile: Map<string, number>;
}

/** Where auditing a code reports what it found, as it goes. */
export interface AuditSink {
  /** A dossier in the period, its sides classified: to be tallied (and listed as evidence). */
  dossier: (d: Dossier) => void;
  /** A finding (called as a plain function: it must not rely on `this`). */
  finding: (f: Finding) => void;
  /** A record (kept or duplicate) of a dossier received outside the period: counted for its file. */
  outside: (r: DossierRecord) => void;
}

/**
 * Audit one dossier code from its records in each source (one kept, the others its duplicates): leave
 * it out when received outside the period, else classify its sides and judge it. Whatever holds the
 * records — arrays (`auditDossiers`) or the compact stores (engine/audit.ts) — this is the one place a
 * dossier is judged.
 */
export function auditCode(
  e: CodeGroup | undefined,
  p: CodeGroup | undefined,
  opts: AuditOptions,
  sink: AuditSink,
): void {
  const first = (e ?? p)!.kept;
  // Outside the period or the selection (`--unit`, `--procedure`): counted for its file, left out.
  if (!inPeriod(first, opts) || !isSelected(e, p, opts)) {
    for (const group of [e, p]) {
      if (!group) continue;
      sink.outside(group.kept);
      for (const r of group.extras) sink.outside(r);
    }
    return;
  }
  const dossier = makeDossier(e, p, opts);
  sink.dossier(dossier);
  judgeDossier(dossier, e, p, opts, sink.finding);
}

/**
 * Join, filter by period, classify and judge, over records held in arrays. The order of `records` has no
 * effect on the result.
 */
export function auditDossiers(
  records: { electronic: DossierRecord[]; paper: DossierRecord[] },
  opts: AuditOptions,
): AuditResult {
  const groups = { electronic: groupByCode(records.electronic), paper: groupByCode(records.paper) };
  const codes = new Set([...groups.electronic.keys(), ...groups.paper.keys()]);
  const dossiers: Dossier[] = [];
  const findings: Finding[] = [];
  const outsidePeriodByFile = new Map<string, number>();
  const sink: AuditSink = {
    dossier: (d) => dossiers.push(d),
    finding: (f) => findings.push(f),
    outside: (r) => outsidePeriodByFile.set(r.file, (outsidePeriodByFile.get(r.file) ?? 0) + 1),
  };
  for (const code of codes) auditCode(groups.electronic.get(code), groups.paper.get(code), opts, sink);
  return { dossiers, findings, outsidePeriodByFile };
}

/**
 * Whether the dossier is in the `--unit` / `--procedure` selection: its unit (the electronic system's,
 * else the register's, as it is counted) contains one of the unit patterns, and its procedure's name
 * or code (either source's) one of the procedure patterns; folded, so case and diacritics do not count.
 */
function isSelected(e: CodeGroup | undefined, p: CodeGroup | undefined, opts: AuditOptions): boolean {
  const { units, procedures } = opts.select;
  if (units.length > 0) {
    const unit = foldText(e?.kept.unit || p?.kept.unit || '');
    if (!units.some((u) => unit.includes(u))) return false;
  }
  if (procedures.length > 0) {
    const names = [e?.kept, p?.kept]
      .flatMap((r) => (r ? [r.procedure, r.procedureCode] : []))
      .map((x) => foldText(x ?? ''));
    if (!procedures.some((q) => names.some((n) => n.includes(q)))) return false;
  }
  return true;
}

/** The electronic system is the record of the unit a dossier belongs to; the paper unit is the fallback. */
function makeDossier(e: CodeGroup | undefined, p: CodeGroup | undefined, opts: AuditOptions): Dossier {
  const wait = dossierWait(e?.kept, p?.kept, opts);
  const electronic = e ? makeSide(e.kept, opts, wait) : null;
  const paper = p ? makeSide(p.kept, opts, wait) : null;
  // An empty electronic unit is "not given": the paper register's unit is used then.
  const unitKey = foldText(electronic?.record.unit || paper?.record.unit || '');
  return { unitKey, electronic, paper };
}
