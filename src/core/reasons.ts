/**
 * Why one input row cannot be used, as data: a reason named with its arguments
 * (`rowReason('dateMonthFirst', { field: 'received', cell: '12/31/2024', month: 31 })`). The reader
 * (core/normalise.ts, core/dates.ts, core/layout-rows.ts) names reasons; `messages/reasons.ts` words
 * them where they are shown (stderr, the `--rejects` file, `validate`'s report), in the language of the
 * run. A `RowReason` is plain data: it crosses worker threads by structured clone.
 */

/** The required dates of a row. */
export type DateField = 'received' | 'due';

/**
 * Where a date problem was found: a required date of a row, or (null) a date cell on its own; and
 * the cell as shown to the user (trimmed, shortened, without quotes).
 */
export interface DateCell {
  field: DateField | null;
  cell: string;
}

/** Every reason and the values its sentence needs. */
export interface ReasonArgs {
  // the row as a whole
  fieldCount: { fields: number; expected: number };
  rowTooLong: { bytes: number; max: number };
  emptyCode: object;
  requiredDateEmpty: { field: DateField };
  // a row of the register's printed layout (core/layout-rows.ts): rejected, but not a dossier
  layoutColumnNumbers: object;
  layoutTotal: { cell: string };
  layoutSignature: { cell: string };
  // a date cell that cannot be read
  dateBlank: { field: DateField | null };
  dateNotADate: DateCell;
  dateSerialOutOfRange: DateCell & { min: number; max: number };
  dateYearDigits: DateCell & { year: string };
  dateYearOutOfRange: DateCell & { year: number; min: number; max: number };
  dateMonthFirst: DateCell & { month: number };
  dateBadMonth: DateCell & { month: number };
  dateNotReal: DateCell & { year: number; month: number; days: number };
  dateDayZero: DateCell;
  dateBadTime: DateCell;
  dateExtraText: DateCell;
  /** Only when asked about a cell that is in fact a date: never a reason the reader gives. */
  dateReadable: DateCell;
}

export type ReasonId = keyof ReasonArgs;

/** Why a row was rejected: a reason named with its arguments. */
export type RowReason = { readonly [K in ReasonId]: { readonly id: K; readonly args: ReasonArgs[K] } }[ReasonId];

export function rowReason<K extends ReasonId>(id: K, args: ReasonArgs[K]): RowReason {
  return { id, args } as RowReason;
}
