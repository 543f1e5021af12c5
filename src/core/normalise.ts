/**
 * One input row → one `DossierRecord`, or the reason it cannot be used: the one place a row becomes a
 * record, whichever reader gave the row (the cells come through `Cells`, see cells.ts). Pure: the
 * caller owns the file and its line numbers. Only mapped fields are read; other cells (names,
 * addresses, notes) are never copied anywhere.
 */
import { cellMemo, type CellMemo, type Cells } from './cells.js';
import { type Channel, readChannel } from './channel.js';
import type { ColumnMap } from './columns.js';
import { badDateReason, parseDay, parseMinuteOfDay } from './dates.js';
import type { Day } from './day.js';
import { normaliseCode, tidyName } from './fold.js';
import { rowReason, type DateField, type RowReason } from './reasons.js';
import { readApology, readStatus, type StatusMeaning } from './status.js';
import {
  type DossierRecord,
  type LabelClass,
  NO_BAD_DATES,
  type OptionalDateField,
  type Source,
  type StatusKind,
} from './types.js';

/** What a status cell says, worked out once per distinct label. */
interface StatusRead {
  label: string;
  kind: StatusKind | null;
  labelClass: LabelClass | null;
  /** The label when it is not known (the caller tallies it), else null. */
  unknown: string | null;
}

/** What an apology cell says: recorded or not (null without an apology column), and its date if it is one. */
interface ApologyRead {
  apology: boolean | null;
  date: Day | null;
}

/** Everything a file's rows share: where they come from, the column map, and the per-column memos. */
export interface RowContext {
  source: Source;
  file: string;
  columns: ColumnMap;
  receiptTime: boolean;
  memo: {
    unit: CellMemo<string>;
    procedure: CellMemo<string>;
    status: CellMemo<StatusRead>;
    apology: CellMemo<ApologyRead>;
    reason: CellMemo<string>;
    procedureCode: CellMemo<string>;
    field: CellMemo<string>;
    channel: CellMemo<Channel | null>;
  };
}

export interface RowContextOptions {
  source: Source;
  file: string;
  columns: ColumnMap;
  /** Unit for every row, when the file has no unit column (`--unit-name`). */
  unitOverride?: string;
  customStatus?: ReadonlyMap<string, StatusMeaning>;
  /** Read the time of receipt (`receivedMinute`): only a receipt cut-off (`--cutoff`) needs it. */
  receiptTime?: boolean;
}

export function makeRowContext(o: RowContextOptions): RowContext {
  const hasApology = o.columns.index.apology !== undefined;
  const unitConst = tidyName(o.unitOverride ?? '');
  return {
    source: o.source,
    file: o.file,
    columns: o.columns,
    receiptTime: o.receiptTime === true,
    memo: {
      unit: cellMemo((t) => (o.columns.index.unit === undefined ? unitConst : tidyName(t))),
      procedure: cellMemo(tidyName),
      status: cellMemo((label): StatusRead => {
        const meaning = readStatus(label, o.customStatus);
        return {
          label,
          kind: meaning?.kind ?? null,
          labelClass: meaning?.labelClass ?? null,
          unknown: meaning === undefined ? label : null,
        };
      }),
      apology: cellMemo(
        (text): ApologyRead => ({
          apology: hasApology ? (readApology(text, (t) => parseDay(t) !== null) ?? true) : null,
          date: text === '' ? null : parseDay(text),
        }),
      ),
      reason: cellMemo((t) => t),
      procedureCode: cellMemo(normaliseCode),
      field: cellMemo(tidyName),
      channel: cellMemo(readChannel),
    },
  };
}

export type RowOutcome =
  | { ok: true; record: DossierRecord; unknownStatus: string | null }
  | { ok: false; reason: RowReason; column: number | null };

/** Fill a record from a row, or say why the row cannot be used (with the 1-based column at fault). */
export function normaliseRow(cells: Cells, line: number, ctx: RowContext): RowOutcome {
  const idx = ctx.columns.index;
  const at = (i: number | undefined): number => (i === undefined ? -1 : i);
  const rawCode = cells.text(at(idx.code));
  const code = normaliseCode(rawCode);
  if (code === '') return reject(rowReason('emptyCode', {}), idx.code);
  const received = requiredDay(cells, at(idx.received), 'received');
  if (typeof received !== 'number') return reject(received, idx.received);
  const due = requiredDay(cells, at(idx.due), 'due');
  if (typeof due !== 'number') return reject(due, idx.due);

  let badDates = NO_BAD_DATES;
  const optional = (field: OptionalDateField): Day | null => {
    const i = idx[field];
    if (i === undefined) return null;
    const day = cells.day(i);
    if (day !== undefined) return day;
    if (badDates === NO_BAD_DATES) badDates = {};
    badDates[field] = cells.text(i);
    return null;
  };
  const m = ctx.memo;
  const status = cells.derived(at(idx.status), m.status);
  const apology = cells.derived(at(idx.apology), m.apology);
  const record: DossierRecord = {
    source: ctx.source,
    code,
    rawCode,
    unit: cells.derived(at(idx.unit), m.unit),
    procedure: cells.derived(at(idx.procedure), m.procedure),
    received,
    receivedMinute: ctx.receiptTime ? parseMinuteOfDay(cells.text(at(idx.received))) : null,
    due,
    completed: optional('completed'),
    returned: optional('returned'),
    statusKind: status.kind,
    labelClass: status.labelClass,
    statusLabel: status.label,
    apology: apology.apology,
    apologyDate: apology.date,
    newDate: optional('newDate'),
    reason: idx.reason === undefined ? null : cells.derived(idx.reason, m.reason),
    procedureCode: cells.derived(at(idx.procedureCode), m.procedureCode),
    field: cells.derived(at(idx.field), m.field),
    channel: cells.derived(at(idx.channel), m.channel),
    supplementRequested: optional('supplementRequested'),
    supplementReturned: optional('supplementReturned'),
    supplementCount: idx.supplementCount === undefined ? null : readCount(cells.text(idx.supplementCount)),
    newDateCount: idx.newDateCount === undefined ? null : readCount(cells.text(idx.newDateCount)),
    badDates,
    file: ctx.file,
    line,
  };
  return { ok: true, record, unknownStatus: status.unknown };
}

/** A whole number of times ("2", "2 lần"); null when empty or unreadable. */
function readCount(text: string): number | null {
  const m = /^(\d{1,3})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

function requiredDay(cells: Cells, i: number, field: DateField): Day | RowReason {
  const day = cells.day(i);
  if (day === null) return rowReason('requiredDateEmpty', { field });
  return day ?? badDateReason(cells.text(i), field);
}

function reject(reason: RowReason, index: number | undefined): RowOutcome {
  return { ok: false, reason, column: index === undefined ? null : index + 1 };
}
