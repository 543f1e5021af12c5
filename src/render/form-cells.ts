/**
 * What every format of the settlement-results form shares: the columns in the form's order with their
 * group and printed number, a row's label as a person reads it, the sources shown, percentages with
 * the form's decimals.
 */
import { ALL_FORM_COLUMNS, FORM_COLUMNS, type FormColumn, type FormReport, type FormRow } from '../core/form-report.js';
import { CHANNELS, type Channel } from '../core/channel.js';
import type { Source } from '../core/types.js';
import type { FormGroup, FormWords } from '../messages/form.js';
import type { Labels } from './labels.js';

export interface FormColumnSpec {
  column: FormColumn;
  group: FormGroup;
  /** The column's number on the printed form, (1) to (11); null for the columns the form lacks. */
  number: number | null;
}

const GROUP_OF: Record<FormColumn, FormGroup> = {
  receivedTotal: 'received',
  receivedOnline: 'received',
  receivedDirect: 'received',
  carriedOver: 'received',
  resolvedTotal: 'resolved',
  resolvedBefore: 'resolved',
  resolvedOnTime: 'resolved',
  resolvedLate: 'resolved',
  inProgressTotal: 'inProgress',
  inProgressWithin: 'inProgress',
  inProgressOverdue: 'inProgress',
  receivedChannelUnknown: 'extra',
  withdrawn: 'extra',
  rejected: 'extra',
  stopped: 'extra',
  closedWithoutReason: 'extra',
  lateWithApology: 'extra',
  overdueWithApology: 'extra',
};

export const FORM_COLUMN_SPECS: readonly FormColumnSpec[] = ALL_FORM_COLUMNS.map((column) => {
  const i = (FORM_COLUMNS as readonly string[]).indexOf(column);
  return { column, group: GROUP_OF[column], number: i < 0 ? null : i + 1 };
});

/** The sources the form reports, electronic first. */
export function formSources(report: FormReport): Source[] {
  return (['electronic', 'paper'] as const).filter((s) => report.total[s] !== null);
}

/** A row's label parts as read: a channel worded, an empty label "(not given)". */
export function rowLabelTexts(report: FormReport, row: FormRow, w: FormWords): string[] {
  return row.labels.map((label) => {
    if (label === '') return w.notGiven;
    if (report.rowsBy === 'channel' && (CHANNELS as readonly string[]).includes(label))
      return w.channels[label as Channel];
    return label;
  });
}

/** 96.77 with the form's decimals and the decimal mark; "–" when nothing was resolved. */
export function formPercent(p: number | null, decimals: number, mark: '.' | ','): string {
  return p === null ? '–' : p.toFixed(decimals).replace('.', mark);
}

/**
 * "Period: 01/01/2024 to 31/03/2024 (every dossier open …)": the period and its rule, dates as the
 * language writes them, for the documents (html, xlsx).
 */
export function formPeriodLine(report: FormReport, w: FormWords, l: Labels): string {
  const { from, to } = report.period;
  const line = w.period(from === null ? null : l.date(from), l.date(to));
  return `${line.charAt(0).toUpperCase()}${line.slice(1)} (${w.periodBy[report.periodBy]})`;
}
