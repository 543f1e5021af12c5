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

/** Why one row of a code was kept over another: the first rule of `compareForKeeping` that tells them apart. */
export const KEPT_BECAUSE = [
  'has-result',
  'later-result',
  'earlier-receipt',
  'later-due',
  'other-values',
  'earlier-line',
] as const;
export type KeptBecause = (typeof KEPT_BECAUSE)[number];

/**
 * Order of preference: a row with a result date before one without; then the later result; then the
 * earlier receipt; then the later due date; then every other value (so the choice never depends on
 * position); file and line only for rows identical in every value, where the choice changes nothing.
 */
export function compareForKeeping(a: DossierRecord, b: DossierRecord): number {
  return decideKeeping(a, b).order;
}

/** Why `kept` was kept over `other` (a duplicate of its code): worded in the duplicate-code finding. */
export function keptBecause(kept: DossierRecord, other: DossierRecord): KeptBecause {
  return decideKeeping(kept, other).because;
}

function decideKeeping(a: DossierRecord, b: DossierRecord): { order: number; because: KeptBecause } {
  const ra = a.completed ?? a.returned;
  const rb = b.completed ?? b.returned;
  if ((ra === null) !== (rb === null)) return { order: ra === null ? 1 : -1, because: 'has-result' };
  if (ra !== null && rb !== null && ra !== rb) return { order: rb - ra, because: 'later-result' };
  if (a.received !== b.received) return { order: a.received - b.received, because: 'earlier-receipt' };
  if (a.due !== b.due) return { order: b.due - a.due, because: 'later-due' };
  const ka = contentKey(a);
  const kb = contentKey(b);
  if (ka !== kb) return { order: ka < kb ? -1 : 1, because: 'other-values' };
  return { order: compareLocation(a, b), because: 'earlier-line' };
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
    r.receivedMinute,
    JSON.stringify(r.badDates),
  ].join('\u0001');
}

export function compareLocation(a: DossierRecord, b: DossierRecord): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}
