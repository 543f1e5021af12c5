/**
 * `--form 06a --format csv`: one line per row and source, then the total (`TOTAL`). Column names are
 * a contract for scripts, the same in both languages: the row's label columns (`field`, `unit`,
 * `month` …), `source`, every figure in the form's order (the printed columns first), the three rates
 * and, for reconcile, `differs` (the differing columns, space-separated).
 */
import { ALL_FORM_COLUMNS, type FormReport, type FormRow } from '../core/form-report.js';
import { csvText, DEFAULT_CSV, neutraliseCell } from './csv.js';
import type { RenderOptions } from './options.js';
import { formPercent, formSources } from './form-cells.js';

const SNAKE: Record<(typeof ALL_FORM_COLUMNS)[number], string> = {
  receivedTotal: 'received_total',
  receivedOnline: 'received_online',
  receivedDirect: 'received_direct_or_postal',
  carriedOver: 'carried_over',
  resolvedTotal: 'resolved_total',
  resolvedBefore: 'resolved_before_deadline',
  resolvedOnTime: 'resolved_on_time',
  resolvedLate: 'resolved_late',
  inProgressTotal: 'in_progress_total',
  inProgressWithin: 'in_progress_within_time',
  inProgressOverdue: 'in_progress_overdue',
  receivedChannelUnknown: 'received_channel_unknown',
  withdrawn: 'withdrawn',
  rejected: 'rejected',
  stopped: 'stopped',
  closedWithoutReason: 'closed_without_reason',
  lateWithApology: 'late_with_apology',
  overdueWithApology: 'overdue_with_apology',
};

export function renderFormCsv(report: FormReport, opts: RenderOptions): string {
  const dialect = opts.csv ?? DEFAULT_CSV;
  const labelHeads = report.rowsBy === 'unit-field' ? ['unit', 'field'] : [report.rowsBy.replace('-', '_')];
  const both = formSources(report).length > 1;
  const head = [
    ...labelHeads,
    'source',
    ...ALL_FORM_COLUMNS.map((c) => SNAKE[c]),
    'before_deadline_pct',
    'on_time_pct',
    'late_pct',
    'qd766_timely',
    'qd766_handled',
    'qd766_pct',
    ...(both ? ['differs'] : []),
  ];
  const lines: (string | number)[][] = [head];
  const push = (row: FormRow, labels: string[]): void => {
    for (const source of formSources(report)) {
      const f = row[source]!;
      const pct = (p: number | null): string => (p === null ? '' : formPercent(p, report.decimals, dialect.decimal));
      lines.push([
        ...labels.map(neutraliseCell),
        source,
        ...ALL_FORM_COLUMNS.map((c) => f[c]),
        pct(f.rates.before),
        pct(f.rates.onTime),
        pct(f.rates.late),
        f.qd766.timely,
        f.qd766.handled,
        pct(f.qd766.percent),
        ...(both ? [row.differences.map((c) => SNAKE[c]).join(' ')] : []),
      ]);
    }
  };
  for (const row of report.rows) push(row, row.labels);
  push(
    report.total,
    labelHeads.map((_, i) => (i === 0 ? 'TOTAL' : '')),
  );
  return csvText(lines, dialect);
}
