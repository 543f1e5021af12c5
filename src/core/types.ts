/**
 * The data model shared by every stage of the pipeline. Plain data only: no IO, no classes.
 */
import type { Day } from './day.js';

export const SOURCES = ['electronic', 'paper'] as const;
export type Source = (typeof SOURCES)[number];

/** The fields the tool understands. Every other column is ignored and never echoed. */
export const FIELDS = [
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
] as const;
export type Field = (typeof FIELDS)[number];

/** What a status label says about a dossier's life cycle. */
export const STATUS_KINDS = [
  'new',
  'received',
  'processing',
  'supplement',
  'financial',
  'resolved',
  'returned',
  'rejected',
  'withdrawn',
  'stopped',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** The class a dossier has at the as-of date. */
export const DOSSIER_CLASSES = [
  'before-deadline',
  'on-time',
  'late',
  'pending-not-due',
  'pending-overdue',
  'withdrawn',
] as const;
export type DossierClass = (typeof DOSSIER_CLASSES)[number];

/** Classes a vendor sometimes stores in its status column instead of a life-cycle status. */
export type LabelClass = 'before-deadline' | 'on-time' | 'late';

/** One usable input row, normalised. Dates are day numbers; `null` means "not given". */
export interface DossierRecord {
  source: Source;
  /** Matching key: trimmed, inner spaces removed, NFC, upper case. */
  code: string;
  /** The code as written (trimmed), for reports. */
  rawCode: string;
  unit: string;
  procedure: string;
  received: Day;
  due: Day;
  completed: Day | null;
  returned: Day | null;
  statusKind: StatusKind | null;
  /** The classification the export itself states (e.g. "Trễ hạn"), if any. */
  labelClass: LabelClass | null;
  /** The raw status label, trimmed (for messages). */
  statusLabel: string;
  /** true / false when the file has an apology column, null when it has none. */
  apology: boolean | null;
  /** New return date promised in an apology (ngày hẹn lại). */
  newDate: Day | null;
  /** Reason text when the file has a reason column, else null. */
  reason: string | null;
  /** Optional date cells that were present but could not be read: field → raw text. */
  badDates: Partial<Record<'completed' | 'returned' | 'newDate', string>>;
  file: string;
  line: number;
}
