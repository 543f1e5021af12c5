/**
 * What each finding kind carries besides its code, unit and sides: one entry per kind, so that a
 * misspelled or missing argument where a finding is made, or where it is worded, does not compile.
 * The keys of `FindingArgs` are the finding kinds; `kinds.ts` gives each its place in the report.
 * The argument names, their order and their values are a contract: the JSON and NDJSON reports write
 * them as `args` (a kind with no arguments writes none).
 */
import type { KeptBecause } from '../core/dedupe.js';
import type { OptionalDateField, Source } from '../core/types.js';

/** A kind that carries nothing: `{}`, and any property is a compile error. */
export type NoArgs = Record<string, never>;

/** What is wrong with a record's dates (`invalid-dates`), one code per problem. */
export type DateProblem =
  | 'due-before-received'
  | 'completed-before-received'
  | 'returned-before-received'
  | `unreadable-${OptionalDateField}`;

/**
 * The statutory time limit a due date was checked against (`--procedures`): `statutoryDays` of
 * working days, or of `statutoryUnit` when the law writes it otherwise (calendar days, hours, the
 * same day); `statutoryDue` the latest (extended) or earliest (too short) due date it allows;
 * `countedFrom` the working day the limit was counted from, when the receipt cut-off (`--cutoff`)
 * moved it past the receipt day (received at or after the cut-off, or on a day off).
 */
interface StatutoryArgs {
  due: string;
  statutoryDays: number;
  statutoryDue: string;
  statutoryUnit?: 'calendar-days' | 'hours' | 'same-day';
  countedFrom?: string;
}

/**
 * Kinds about one source's own record, without the source: the check that finds them (record-checks.ts,
 * or the duplicate count in reconcile.ts) knows the record; the finding adds which source it is.
 */
export interface OwnDataArgs {
  'duplicate-code': { keptFile: string; keptLine: number; keptBecause: KeptBecause };
  'apology-late': { apologyDate: string; due: string };
  /** Issued on or before the due day, but fewer than `required` working days before it (`workingDaysBefore`). */
  'late-apology': { apologyDate: string; due: string; workingDaysBefore: number; required: number };
  /** A new return date was set `count` times (the record's "Số lần hẹn lại"); the rules allow one. */
  'repeated-new-date': { count: number };
  /** The due day is not a working day: a Saturday, a Sunday, or a holiday or day off of the calendar. */
  'due-on-day-off': { due: string; dayOff: 'saturday' | 'sunday' | 'holiday' };
  /** `result` only when the dossier was resolved by the as-of date. */
  'missed-new-date': { newDate: string; result?: string };
  'due-date-extended': StatutoryArgs;
  'due-date-too-short': StatutoryArgs;
  /** `problems`: the `DateProblem` codes joined by a space (a string in the JSON report). */
  'invalid-dates': { problems: string };
  'status-label-mismatch': { label: string };
  'returned-without-reason': NoArgs;
}
export type OwnDataKind = keyof OwnDataArgs;

/** The same arguments, with the source first (the order the JSON report writes them in). */
type SourcedArgs = {
  [K in OwnDataKind]: OwnDataArgs[K] extends NoArgs ? { source: Source } : { source: Source } & OwnDataArgs[K];
};

/** Kinds that compare the two sources, or look at the dossier as a whole: they carry nothing. */
interface DossierArgs {
  'masked-late': NoArgs;
  'missing-in-electronic': NoArgs;
  'missing-in-paper': NoArgs;
  'status-mismatch': NoArgs;
  'due-date-mismatch': NoArgs;
  'received-date-mismatch': NoArgs;
  'completed-date-mismatch': NoArgs;
  'unit-mismatch': NoArgs;
  'late-without-apology': NoArgs;
}

/** Each finding kind and its arguments. */
export interface FindingArgs extends DossierArgs, SourcedArgs {}

export type FindingKind = keyof FindingArgs;

/** The `DateProblem` codes of an `invalid-dates` finding, in the order they were found. */
export function dateProblemsOf(args: FindingArgs['invalid-dates']): DateProblem[] {
  return args.problems.split(' ') as DateProblem[];
}
