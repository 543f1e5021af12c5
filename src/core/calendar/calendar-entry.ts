/**
 * One line of a working-day calendar: a date that is a day off although it is a weekday, or a working
 * day although it is a weekend, with the notice that made it so. Shared by the built-in data, the
 * computed rules and user calendar files.
 */

export const ENTRY_KINDS = ['off', 'working'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface CalendarEntry {
  /** `yyyy-mm-dd`, a wall-clock date in Vietnam. */
  date: string;
  kind: EntryKind;
  /** English name, e.g. "Tết holiday". */
  name: string;
  /** Vietnamese name, e.g. "Nghỉ Tết Nguyên đán". */
  nameVi?: string;
  /** The notice that set the day (e.g. "Thông báo 6150/TB-LĐTBXH"), "computed", or a user file name. */
  source: string;
}
