/**
 * The data model shared by every stage of the pipeline. Plain data only: no IO, no classes.
 */
import type { Channel } from './channel.js';
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
  'procedureCode',
  'field',
  'supplementRequested',
  'supplementReturned',
  'supplementCount',
  'newDateCount',
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

/** Optional date fields: a bad value there keeps the row and raises `invalid-dates`. */
export type OptionalDateField = 'completed' | 'returned' | 'newDate' | 'supplementRequested' | 'supplementReturned';

/** One usable input row, normalised. Dates are day numbers; `null` means "not given". */
export interface DossierRecord {
  source: Source;
  /** Matching key (fold.ts normaliseCode): invisible characters and spaces removed, NFKC, dashes as `-`, upper case. */
  code: string;
  /** The code as written (trimmed), for reports. */
  rawCode: string;
  unit: string;
  procedure: string;
  received: Day;
  /**
   * The time of receipt, in minutes since midnight, when the receipt cell gives one and the run reads it
   * (only with a receipt cut-off, `--cutoff`); else null.
   */
  receivedMinute: number | null;
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
  /** The apology's date, when its cell holds a date rather than a yes. */
  apologyDate: Day | null;
  /** New return date promised in an apology (ngày hẹn lại). */
  newDate: Day | null;
  /** Reason text when the file has a reason column, else null. */
  reason: string | null;
  /** Procedure code (MaTTHC), normalised like a dossier code; '' when not given. */
  procedureCode: string;
  /** Field (lĩnh vực) as written, tidied; '' when not given. */
  field: string;
  /** The channel it came in by; null when the file has no channel column or the cell names none. */
  channel: Channel | null;
  /** Supplement request (yêu cầu bổ sung) and the day the applicant supplied it. */
  supplementRequested: Day | null;
  supplementReturned: Day | null;
  /** How many times a supplement was requested; null when the file does not say. */
  supplementCount: number | null;
  /** How many times a new return date was set (số lần hẹn lại); null when the file does not say. */
  newDateCount: number | null;
  /** Optional date cells that were present but could not be read: field → raw text. */
  badDates: Partial<Record<OptionalDateField, string>>;
  file: string;
  /** The sheet of a workbook the row is on (then `line` is its row number); absent for CSV. */
  sheet?: string;
  line: number;
}

/** A record with no unreadable optional date: shared, never written to. */
export const NO_BAD_DATES: DossierRecord['badDates'] = Object.freeze({});

/**
 * The codes of one file whose matching key owes something to folding beyond case and spaces (an
 * invisible character removed, a full-width form or a dash variant folded): how many, and the first
 * few as written, with their key and line.
 */
export interface FoldedCodes {
  count: number;
  examples: { code: string; key: string; line: number }[];
}
