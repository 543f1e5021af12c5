/**
 * Finding kinds and the finding record. Findings are data — a stable kebab-case `kind` plus the
 * values behind it; all wording lives in `render/labels.ts`. Tests and `--fail-on` use kinds only.
 */
import type { DossierClass } from './types.js';

/** In display order: what an inspector must act on first. */
export const FINDING_KINDS = [
  'masked-late',
  'missing-in-electronic',
  'missing-in-paper',
  'status-mismatch',
  'due-date-mismatch',
  'received-date-mismatch',
  'completed-date-mismatch',
  'unit-mismatch',
  'duplicate-code',
  'late-without-apology',
  'apology-late',
  'missed-new-date',
  'due-date-extended',
  'due-date-too-short',
  'invalid-dates',
  'status-label-mismatch',
  'returned-without-reason',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Kinds that compare the two sources (exist only in `reconcile`). */
export const MISMATCH_KINDS: readonly FindingKind[] = [
  'status-mismatch',
  'due-date-mismatch',
  'received-date-mismatch',
  'completed-date-mismatch',
  'unit-mismatch',
];

/** Kinds about one source's own data quality and procedure (deadlines, apologies). */
export const DATA_KINDS: readonly FindingKind[] = [
  'duplicate-code',
  'apology-late',
  'missed-new-date',
  'due-date-extended',
  'due-date-too-short',
  'invalid-dates',
  'status-label-mismatch',
  'returned-without-reason',
];

/** One side of a finding: where the row is and the values an inspector needs to judge it. */
export interface FindingSide {
  file: string;
  line: number;
  class: DossierClass;
  received: string;
  due: string;
  completed: string | null;
  returned: string | null;
  status: string;
  unit: string;
  apology: boolean | null;
  calendarDaysLate: number;
  workingDaysLate: number;
}

export interface Finding {
  kind: FindingKind;
  /** The dossier code as written (electronic side's spelling when both exist). */
  code: string;
  unit: string;
  electronic: FindingSide | null;
  paper: FindingSide | null;
  /** Kind-specific values used by the message (e.g. which date field was bad). */
  args: Record<string, string | number>;
}

export function isFindingKind(text: string): text is FindingKind {
  return (FINDING_KINDS as readonly string[]).includes(text);
}

export function emptyFindingCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
}
