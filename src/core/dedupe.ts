/**
 * One record per dossier code and source. When a code appears more than once in a source, one row is
 * kept and every other row is reported (`duplicate-code`); none is dropped silently. The kept row is
 * chosen by content, never by position, so shuffling the rows cannot change the figures.
 */
import type { DossierRecord } from './types.js';

export interface CodeGroup {
  kept: DossierRecord;
  extras: DossierRecord[];
}

/** Group records by code; each group as `groupRecords` makes it. */
export function groupByCode(records: Iterable<DossierRecord>): Map<string, CodeGroup> {
  const byCode = new Map<string, DossierRecord[]>();
  for (const record of records) {
    const list = byCode.get(record.code);
    if (list === undefined) byCode.set(record.code, [record]);
    else list.push(record);
  }
  const groups = new Map<string, CodeGroup>();
  for (const [code, list] of byCode) groups.set(code, groupRecords(list));
  return groups;
}

/**
 * The records of one code in one source: the kept record is the "most advanced" one by
 * `compareForKeeping`; the others, in file and line order, are its duplicates.
 */
export function groupRecords(records: readonly DossierRecord[]): CodeGroup {
  let kept = records[0]!;
  const extras: DossierRecord[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    if (compareForKeeping(record, kept) < 0) {
      extras.push(kept);
      kept = record;
    } else {
      extras.push(record);
    }
  }
  if (extras.length > 1) extras.sort(compareLocation);
  return { kept, extras };
}

/**
 * Order of preference: a row with a result date before one without; then the later result; then the
 * earlier receipt; then the later due date; then every other value (so the choice never depends on
 * position); file and line only for rows identical in every value, where the choice changes nothing.
 */
export function compareForKeeping(a: DossierRecord, b: DossierRecord): number {
  const ra = a.completed ?? a.returned;
  const rb = b.completed ?? b.returned;
  if ((ra === null) !== (rb === null)) return ra === null ? 1 : -1;
  if (ra !== null && rb !== null && ra !== rb) return rb - ra;
  if (a.received !== b.received) return a.received - b.received;
  if (a.due !== b.due) return b.due - a.due;
  const ka = contentKey(a);
  const kb = contentKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return compareLocation(a, b);
}

/** Every value that can change a figure or a finding, as one comparable string. */
function contentKey(r: DossierRecord): string {
  return [
    r.completed,
    r.returned,
    r.statusLabel,
    r.unit,
    r.procedure,
    r.apology,
    r.apologyDate,
    r.newDate,
    r.reason,
    r.rawCode,
    r.procedureCode,
    r.field,
    r.channel,
    r.supplementRequested,
    r.supplementReturned,
    r.supplementCount,
    r.newDateCount,
    JSON.stringify(r.badDates),
  ].join('\u0001');
}

export function compareLocation(a: DossierRecord, b: DossierRecord): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}
