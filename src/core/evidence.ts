/**
 * The evidence list (`--dossiers`): one entry per dossier in the period with each source's class,
 * dates and days late, the list an inspector attaches to the minutes. Sorted by unit, then code.
 */
import { formatIsoDay, type Day } from './day.js';
import type { Dossier, Side } from './reconcile.js';
import type { DossierClass } from './types.js';

export interface EvidenceSide {
  class: DossierClass;
  received: string;
  due: string;
  /** The due date lateness was judged against: `due` moved by a supplement wait (else equal to it). */
  effectiveDue: string;
  result: string | null;
  calendarDaysLate: number;
  workingDaysLate: number;
  file: string;
  /** The sheet of a workbook (then `line` is its row number); absent for CSV. */
  sheet?: string;
  line: number;
}

export interface EvidenceEntry {
  code: string;
  unit: string;
  electronic: EvidenceSide | null;
  paper: EvidenceSide | null;
}

const iso = (d: Day | null): string | null => (d === null ? null : formatIsoDay(d));

function evidenceSide(s: Side | null): EvidenceSide | null {
  if (!s) return null;
  return {
    class: s.class,
    received: formatIsoDay(s.record.received),
    due: formatIsoDay(s.record.due),
    effectiveDue: formatIsoDay(s.due),
    result: iso(s.result),
    calendarDaysLate: s.calendarDaysLate,
    workingDaysLate: s.workingDaysLate,
    file: s.record.file,
    ...(s.record.sheet === undefined ? {} : { sheet: s.record.sheet }),
    line: s.record.line,
  };
}

/** One dossier's entry in the list. */
export function evidenceOf(d: Dossier, unitNames: ReadonlyMap<string, string>): EvidenceEntry {
  return {
    code: (d.electronic ?? d.paper)!.record.rawCode,
    unit: unitNames.get(d.unitKey) ?? d.unitKey,
    electronic: evidenceSide(d.electronic),
    paper: evidenceSide(d.paper),
  };
}

export function listEvidence(dossiers: readonly Dossier[], unitNames: ReadonlyMap<string, string>): EvidenceEntry[] {
  return dossiers.map((d) => evidenceOf(d, unitNames)).sort(compareEvidence);
}

/** The list's order: unit, then code (also for lists built a slice of dossiers at a time). */
export function compareEvidence(a: EvidenceEntry, b: EvidenceEntry): number {
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
