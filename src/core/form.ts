/**
 * The settlement-results form (mẫu II.06a/VPCP/KSTT, Circular 01/2020/TT-VPCP): for a period, per row
 * (field, unit, procedure … or month) and per source, dossiers received to handle — carried over from
 * before the period, or newly received online / in person or by post — resolved in the period (before,
 * on, after the due day), still in progress at its end (within time, overdue), and closed without a
 * result (withdrawn, rejected, stopped). Tallied a dossier at a time inside the audit and merged by
 * adding, like the per-unit tally; the total is tallied on its own (a month's carried-over dossiers are
 * the month before's open ones, so month rows do not add up to the period).
 */
import { civilFromDays, daysFromCivil, type Day } from './day.js';
import { isOnline } from './channel.js';
import { foldText } from './fold.js';
import type { AuditOptions } from './options.js';
import { inPeriod, periodEnd } from './period.js';
import type { Dossier } from './reconcile.js';
import { dossierWait, makeSide, type Side } from './side.js';
import { timelyButManySupplements } from './summarise.js';
import { SOURCES, type DossierRecord, type Source } from './types.js';
import type { FormRows } from './form-names.js';

export { FORM_ROWS, FORMS, type FormName, type FormRows } from './form-names.js';

export interface FormSpec {
  rows: FormRows;
}

/** The counters of one row and source; the form's columns are sums of them (form-report.ts). */
export const FORM_COUNTS = [
  'carriedOver',
  'receivedOnline',
  'receivedDirect',
  'receivedChannelUnknown',
  'resolvedBefore',
  'resolvedOnTime',
  'resolvedLate',
  'inProgressWithin',
  'inProgressOverdue',
  'withdrawn',
  'rejected',
  'stopped',
  'lateWithApology',
  'overdueWithApology',
  'multipleSupplements',
  'closedWithoutReason',
] as const;
export type FormCount = (typeof FORM_COUNTS)[number];
export type FormCounts = Record<FormCount, number>;

/** One row being tallied: its counts per source, and how often each spelling of its label was seen. */
export interface FormRowTally {
  /** Per part of the row's label (unit, field …): spelling → how many sides wrote it. */
  spellings: Map<string, number>[];
  counts: Record<Source, FormCounts>;
}

export interface FormTally {
  rows: Map<string, FormRowTally>;
  total: Record<Source, FormCounts>;
}

export function emptyFormCounts(): FormCounts {
  return Object.fromEntries(FORM_COUNTS.map((k) => [k, 0])) as FormCounts;
}

function emptySides(): Record<Source, FormCounts> {
  return { electronic: emptyFormCounts(), paper: emptyFormCounts() };
}

export function emptyFormTally(): FormTally {
  return { rows: new Map(), total: emptySides() };
}

/** Count one dossier of the period into the form: its total, and its row (or each month it was open in). */
export function tallyForm(t: FormTally, d: Dossier, opts: AuditOptions, spec: FormSpec): void {
  addDossier(t.total, d, opts);
  const first = (d.electronic ?? d.paper)!.record;
  if (spec.rows === 'month' || spec.rows === 'quarter') {
    const received = Math.min(d.electronic?.record.received ?? Infinity, d.paper?.record.received ?? Infinity);
    for (const part of partsOf(received, opts, spec.rows)) {
      const sub: AuditOptions = { ...opts, from: part.from, to: part.to, asOf: part.to };
      addDossier(rowOf(t, part.key, [part.key]).counts, sidesAt(d, sub), sub);
    }
    return;
  }
  const unit = d.electronic?.record.unit || d.paper?.record.unit || '';
  const labels = rowLabels(first, unit, spec.rows);
  const key = labels.map(foldText).join('\u0001');
  addDossier(rowOf(t, key, labels).counts, d, opts);
}

/**
 * The label parts of a dossier's row: from its electronic record, else its paper one (`unit`: the
 * dossier's, chosen so).
 */
function rowLabels(r: DossierRecord, unit: string, rows: Exclude<FormRows, 'month' | 'quarter'>): string[] {
  switch (rows) {
    case 'field':
      return [r.field];
    case 'unit':
      return [unit];
    case 'procedure':
      return [r.procedure];
    case 'procedure-code':
      return [r.procedureCode];
    case 'channel':
      return [r.channel ?? ''];
    case 'unit-field':
      return [unit, r.field];
  }
}

function rowOf(t: FormTally, key: string, labels: readonly string[]): FormRowTally {
  let row = t.rows.get(key);
  if (row === undefined) {
    row = { spellings: labels.map(() => new Map()), counts: emptySides() };
    t.rows.set(key, row);
  }
  for (const [i, label] of labels.entries()) row.spellings[i]!.set(label, (row.spellings[i]!.get(label) ?? 0) + 1);
  return row;
}

/** Each source's record of the dossier, counted when that record itself belongs to the period. */
function addDossier(into: Record<Source, FormCounts>, d: Pick<Dossier, Source>, opts: AuditOptions): void {
  for (const source of SOURCES) {
    const side = d[source];
    if (side !== null && inPeriod(side.record, opts)) countSide(into[source], side, opts);
  }
}

function countSide(c: FormCounts, side: Side, opts: AuditOptions): void {
  const r = side.record;
  if (opts.from !== null && r.received < opts.from) c.carriedOver++;
  else if (r.channel === null) c.receivedChannelUnknown++;
  else if (isOnline(r.channel)) c.receivedOnline++;
  else c.receivedDirect++;
  if (timelyButManySupplements(side)) c.multipleSupplements++;
  switch (side.class) {
    case 'before-deadline':
      c.resolvedBefore++;
      return;
    case 'on-time':
      c.resolvedOnTime++;
      return;
    case 'late':
      c.resolvedLate++;
      if (r.apology === true) c.lateWithApology++;
      return;
    case 'pending-not-due':
      c.inProgressWithin++;
      return;
    case 'pending-overdue':
      c.inProgressOverdue++;
      if (r.apology === true) c.overdueWithApology++;
      return;
    case 'withdrawn':
      c[r.statusKind === 'rejected' || r.statusKind === 'stopped' ? r.statusKind : 'withdrawn']++;
      if (r.reason === '') c.closedWithoutReason++; // a reason column, left empty
  }
}

/** The dossier's sides classified at another cut-off (a month's end), supplement waits included. */
function sidesAt(d: Dossier, opts: AuditOptions): Pick<Dossier, Source> {
  const e = d.electronic?.record;
  const p = d.paper?.record;
  const wait = dossierWait(e, p, opts);
  return { electronic: e ? makeSide(e, opts, wait) : null, paper: p ? makeSide(p, opts, wait) : null };
}

interface Part {
  key: string;
  from: Day;
  to: Day;
}

/**
 * The months (quarters) of the period a dossier may count in: from the later of the period's start
 * and its earliest receipt day, to the period's end. A month's period is clipped to the whole period.
 */
function partsOf(received: Day, opts: AuditOptions, rows: 'month' | 'quarter'): Part[] {
  const end = periodEnd(opts);
  const start = Math.max(opts.from ?? received, received);
  const step = rows === 'month' ? 1 : 3;
  const parts: Part[] = [];
  let { year, month } = civilFromDays(start);
  month -= (month - 1) % step;
  for (;;) {
    const first = daysFromCivil(year, month, 1);
    if (first > end) return parts;
    const next =
      month + step > 12 ? daysFromCivil(year + 1, month + step - 12, 1) : daysFromCivil(year, month + step, 1);
    const key =
      rows === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    parts.push({ key, from: Math.max(first, opts.from ?? first), to: Math.min(next - 1, end) });
    [year, month] = month + step > 12 ? [year + 1, month + step - 12] : [year, month + step];
  }
}

/** Add one thread's form tally into another (every number is a count). */
export function mergeFormTally(into: FormTally, from: FormTally): void {
  addSides(into.total, from.total);
  for (const [key, row] of from.rows) {
    const mine = into.rows.get(key);
    if (mine === undefined) {
      into.rows.set(key, row);
      continue;
    }
    addSides(mine.counts, row.counts);
    row.spellings.forEach((m, i) => {
      for (const [s, n] of m) mine.spellings[i]!.set(s, (mine.spellings[i]!.get(s) ?? 0) + n);
    });
  }
}

function addSides(into: Record<Source, FormCounts>, from: Record<Source, FormCounts>): void {
  for (const source of SOURCES) for (const k of FORM_COUNTS) into[source][k] += from[source][k];
}
