/**
 * One input row → one `DossierRecord`, or the reason it cannot be used. Pure: the caller owns the file
 * and its line numbers. Only mapped fields are read; other cells (names, addresses, notes) are never
 * copied anywhere.
 */
import type { ColumnMap } from './columns.js';
import { parseDay, badDateReason } from './dates.js';
import type { Day } from './day.js';
import { normaliseCode, tidyName } from './fold.js';
import { readApology, readStatus, type StatusMeaning } from './status.js';
import type { DossierRecord, Field, OptionalDateField, Source } from './types.js';
import { rowReason, type DateField, type RowReason } from '../messages/reasons.js';

export interface RowContext {
  source: Source;
  file: string;
  columns: ColumnMap;
  /** Unit for every row, when the file has no unit column (`--unit`). */
  unitOverride?: string;
  customStatus?: ReadonlyMap<string, StatusMeaning>;
}

export type RowOutcome =
  | { ok: true; record: DossierRecord; unknownStatus: string | null; unreadApology: string | null }
  | { ok: false; reason: RowReason; column: number | null };

/** Fill a record from a row, or say why the row cannot be used (with the 1-based column at fault). */
export function normaliseRow(cells: readonly string[], line: number, ctx: RowContext): RowOutcome {
  const idx = ctx.columns.index;
  const cell = (field: Field): string => {
    const i = idx[field];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const rawCode = cell('code');
  const code = normaliseCode(rawCode);
  if (code === '') return reject(rowReason('emptyCode', {}), idx.code);
  const received = requiredDay(cell('received'), 'received');
  if (typeof received !== 'number') return reject(received, idx.received);
  const due = requiredDay(cell('due'), 'due');
  if (typeof due !== 'number') return reject(due, idx.due);

  const badDates: DossierRecord['badDates'] = {};
  const optional = (field: OptionalDateField): Day | null => {
    const text = cell(field);
    if (text === '') return null;
    const day = parseDay(text);
    if (day === null) badDates[field] = text;
    return day;
  };
  const statusLabel = cell('status');
  const meaning = readStatus(statusLabel, ctx.customStatus);
  const apologyText = cell('apology');
  const apologyRead = idx.apology === undefined ? null : readApology(apologyText, (t) => parseDay(t) !== null);
  const record: DossierRecord = {
    source: ctx.source,
    code,
    rawCode,
    unit: idx.unit === undefined ? tidyName(ctx.unitOverride ?? '') : tidyName(cell('unit')),
    procedure: tidyName(cell('procedure')),
    received,
    due,
    completed: optional('completed'),
    returned: optional('returned'),
    statusKind: meaning?.kind ?? null,
    labelClass: meaning?.labelClass ?? null,
    statusLabel,
    apology: apologyRead === null ? null : (apologyRead ?? true),
    apologyDate: apologyText === '' ? null : parseDay(apologyText),
    newDate: optional('newDate'),
    reason: idx.reason === undefined ? null : cell('reason'),
    procedureCode: normaliseCode(cell('procedureCode')),
    supplementRequested: optional('supplementRequested'),
    supplementReturned: optional('supplementReturned'),
    supplementCount: readCount(cell('supplementCount')),
    badDates,
    file: ctx.file,
    line,
  };
  return {
    ok: true,
    record,
    unknownStatus: meaning === undefined ? statusLabel : null,
    unreadApology: apologyRead === undefined ? apologyText : null,
  };
}

/** A whole number of times ("2", "2 lần"); null when empty or unreadable. */
function readCount(text: string): number | null {
  const m = /^(\d{1,3})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

function requiredDay(text: string, field: DateField): Day | RowReason {
  if (text === '') return rowReason('requiredDateEmpty', { field });
  return parseDay(text) ?? badDateReason(text, field);
}

function reject(reason: RowReason, index: number | undefined): RowOutcome {
  return { ok: false, reason, column: index === undefined ? null : index + 1 };
}
