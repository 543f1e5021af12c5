/**
 * The settlement-results form as a report: its numbered columns computed from the tally (form.ts),
 * rows under their display names in a stable order, rates as shares of the dossiers resolved in the
 * period (half-up to `decimals`), and, for `reconcile`, the columns where the two sources differ.
 * Plain data; no wording (render/form-*.ts and messages/form.ts word it).
 */
import { formatIsoDay, type Day } from './day.js';
import type { FormCounts, FormName, FormRows, FormTally } from './form.js';
import type { PeriodBy } from './period.js';
import { percent } from './summarise.js';
import type { ResultDateMode } from './classify.js';
import type { Source } from './types.js';

/**
 * The columns of form II.06a in its printed order, numbered from (1): received to handle (total,
 * newly received online, newly received in person or by post, carried over), resolved (total, before,
 * on time, late), in progress at the end (total, within time, overdue).
 */
export const FORM_COLUMNS = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolvedTotal',
  'resolvedBefore',
  'resolvedOnTime',
  'resolvedLate',
  'inProgressTotal',
  'inProgressWithin',
  'inProgressOverdue',
] as const;
/** Columns the printed form lacks, reported beside it so that every dossier is somewhere. */
export const FORM_EXTRA_COLUMNS = [
  'receivedChannelUnknown',
  'withdrawn',
  'rejected',
  'stopped',
  'closedWithoutReason',
  'lateWithApology',
  'overdueWithApology',
] as const;
export type FormColumn = (typeof FORM_COLUMNS)[number] | (typeof FORM_EXTRA_COLUMNS)[number];
export const ALL_FORM_COLUMNS: readonly FormColumn[] = [...FORM_COLUMNS, ...FORM_EXTRA_COLUMNS];

export type FormFigures = Record<FormColumn, number> & {
  /** Before, on time, late as percentages of the resolved total; null when none was resolved. */
  rates: { before: number | null; onTime: number | null; late: number | null };
  /**
   * Decision 766 indicator 2.1 (timeliness): timely = resolved before or on the due day + in progress
   * within time − those of them with more than one supplement request; over every dossier handled
   * (resolved + in progress); `percent` half up to the form's decimals.
   */
  qd766: { timely: number; handled: number; percent: number | null };
};

export interface FormRow {
  /** The row's label, one part per dimension (unit and field for `unit-field`); '' when not given. */
  labels: string[];
  electronic: FormFigures | null;
  paper: FormFigures | null;
  /** reconcile: the columns whose figures differ between the two sources (empty for stats). */
  differences: FormColumn[];
}

export interface FormReport {
  schemaVersion: 1;
  form: FormName;
  command: 'reconcile' | 'stats';
  rowsBy: FormRows;
  periodBy: PeriodBy;
  /** The period; `to` is its last day (the cut-off the form is counted at). */
  period: { from: string | null; to: string };
  resultDate: ResultDateMode;
  decimals: number;
  rows: FormRow[];
  total: FormRow;
}

export interface FormContext {
  form: FormName;
  command: 'reconcile' | 'stats';
  rowsBy: FormRows;
  periodBy: PeriodBy;
  from: Day | null;
  end: Day;
  resultDate: ResultDateMode;
  decimals: number;
  sources: readonly Source[];
}

export function figuresOf(c: FormCounts, decimals: number): FormFigures {
  const receivedTotal = c.carriedOver + c.receivedOnline + c.receivedDirect + c.receivedChannelUnknown;
  const resolvedTotal = c.resolvedBefore + c.resolvedOnTime + c.resolvedLate;
  return {
    receivedTotal,
    receivedOnline: c.receivedOnline,
    receivedDirect: c.receivedDirect,
    carriedOver: c.carriedOver,
    resolvedTotal,
    resolvedBefore: c.resolvedBefore,
    resolvedOnTime: c.resolvedOnTime,
    resolvedLate: c.resolvedLate,
    inProgressTotal: c.inProgressWithin + c.inProgressOverdue,
    inProgressWithin: c.inProgressWithin,
    inProgressOverdue: c.inProgressOverdue,
    receivedChannelUnknown: c.receivedChannelUnknown,
    withdrawn: c.withdrawn,
    rejected: c.rejected,
    stopped: c.stopped,
    closedWithoutReason: c.closedWithoutReason,
    lateWithApology: c.lateWithApology,
    overdueWithApology: c.overdueWithApology,
    qd766: qd766Of(c, decimals),
    rates: {
      before: percent(c.resolvedBefore, resolvedTotal, decimals),
      onTime: percent(c.resolvedOnTime, resolvedTotal, decimals),
      late: percent(c.resolvedLate, resolvedTotal, decimals),
    },
  };
}

function qd766Of(c: FormCounts, decimals: number): FormFigures['qd766'] {
  const handled = c.resolvedBefore + c.resolvedOnTime + c.resolvedLate + c.inProgressWithin + c.inProgressOverdue;
  const timely = c.resolvedBefore + c.resolvedOnTime + c.inProgressWithin - c.multipleSupplements;
  return { timely, handled, percent: percent(timely, handled, decimals) };
}

export function buildFormReport(tally: FormTally, ctx: FormContext): FormReport {
  const row = (labels: string[], counts: Record<Source, FormCounts>): FormRow => {
    const electronic = ctx.sources.includes('electronic') ? figuresOf(counts.electronic, ctx.decimals) : null;
    const paper = ctx.sources.includes('paper') ? figuresOf(counts.paper, ctx.decimals) : null;
    const differences = electronic && paper ? ALL_FORM_COLUMNS.filter((col) => electronic[col] !== paper[col]) : [];
    return { labels, electronic, paper, differences };
  };
  const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  const compare = (a: string, b: string): number =>
    (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  const rows = [...tally.rows.values()]
    .map((r) => row(r.spellings.map(mostWritten), r.counts))
    .sort((a, b) => a.labels.reduce((n, l, i) => n || compare(l, b.labels[i]!), 0));
  return {
    schemaVersion: 1,
    form: ctx.form,
    command: ctx.command,
    rowsBy: ctx.rowsBy,
    periodBy: ctx.periodBy,
    period: { from: ctx.from === null ? null : formatIsoDay(ctx.from), to: formatIsoDay(ctx.end) },
    resultDate: ctx.resultDate,
    decimals: ctx.decimals,
    rows,
    total: row([], tally.total),
  };
}

/** The spelling written most often; ties go to the first in code-point order (never to the first row read). */
function mostWritten(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let count = -1;
  for (const [s, n] of spellings) if (n > count || (n === count && s < best)) [best, count] = [s, n];
  return best;
}
