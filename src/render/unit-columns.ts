/**
 * The per-unit table of the document formats (markdown, html) as data: which columns, under which
 * group, the value of each cell and how loudly a non-zero value is marked. The same columns as the
 * terminal table, with each E / P pair split into two cells so that every cell holds one number.
 */
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import { columnCount } from '../findings/kinds.js';
import { formatCount, formatPercent, type Labels } from './labels.js';
import { capitalise } from './report-facts.js';

export type ColumnGroup = 'electronic' | 'paper' | 'findings';

/** How a non-zero value is marked: `alarm` for what an inspector must act on, `warn` for the rest. */
export type Alert = 'none' | 'warn' | 'alarm';

export interface UnitColumn {
  group: ColumnGroup;
  /** Heading (labels use "\n" to break a heading in two). */
  head: string;
  /** A percentage (0–100, null: no denominator) or a count. */
  percent: boolean;
  alert: Alert;
  value: (u: UnitReport) => number | null;
}

const EMPTY: Stats = {
  received: 0,
  resolved: 0,
  beforeDeadline: 0,
  onTime: 0,
  late: 0,
  pendingNotDue: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  multipleSupplements: 0,
  rates: { beforeDeadline: null, onTime: null, late: null },
};

function sideColumns(group: 'electronic' | 'paper', l: Labels, full: boolean): UnitColumn[] {
  const k = l.columns;
  const col = (
    head: string,
    value: (s: Stats) => number | null,
    percent = false,
    alert: Alert = 'none',
  ): UnitColumn => ({ group, head, percent, alert, value: (u) => value(u[group] ?? EMPTY) });
  return [
    col(k.records, (s) => s.received),
    ...(full ? [col(k.before, (s) => s.rates.beforeDeadline, true), col(k.onTime, (s) => s.rates.onTime, true)] : []),
    col(k.late, (s) => s.rates.late, true, 'warn'),
    col(k.pendingNotDue, (s) => s.pendingNotDue),
    col(k.pendingOverdue, (s) => s.pendingOverdue, false, 'warn'),
  ];
}

function findingColumn(head: string, alert: Alert, value: (u: UnitReport) => number): UnitColumn {
  return { group: 'findings', head, percent: false, alert, value };
}

/** The columns of the findings group (reconcile adds the matching columns). */
export function findingColumns(report: AuditReport, l: Labels): UnitColumn[] {
  const k = l.columns;
  const matching =
    report.command === 'stats'
      ? []
      : [
          findingColumn(k.missingE, 'warn', (u) => u.findingCounts['missing-in-electronic']),
          findingColumn(k.missingP, 'warn', (u) => u.findingCounts['missing-in-paper']),
          findingColumn(k.masked, 'alarm', (u) => u.findingCounts['masked-late']),
          findingColumn(k.mismatches, 'warn', (u) => columnCount('mismatches', u.findingCounts)),
        ];
  return [
    ...matching,
    findingColumn(k.dataIssues, 'warn', (u) => columnCount('dataIssues', u.findingCounts)),
    findingColumn(k.noApology, 'alarm', (u) => u.findingCounts['late-without-apology']),
  ];
}

/** The columns after "Unit": reconcile shows both sources and the matching findings, stats one source. */
export function unitColumns(report: AuditReport, l: Labels): UnitColumn[] {
  if (report.command === 'stats') {
    const side = report.total.electronic ? 'electronic' : 'paper';
    const withdrawn: UnitColumn = {
      group: side,
      head: capitalise(l.classes.withdrawn),
      percent: false,
      alert: 'none',
      value: (u) => (u[side] ?? EMPTY).withdrawn,
    };
    return [...sideColumns(side, l, true), withdrawn, ...findingColumns(report, l)];
  }
  return [...sideColumns('electronic', l, true), ...sideColumns('paper', l, false), ...findingColumns(report, l)];
}

/** The mark a cell gets: the column's, when the value is above zero. */
export function alertOf(c: UnitColumn, u: UnitReport): Alert {
  return (c.value(u) ?? 0) > 0 ? c.alert : 'none';
}

/** A cell as text in the language's number style: "15.641", "96,77" (the heading carries the %). */
export function formatCell(c: UnitColumn, u: UnitReport, l: Labels): string {
  const v = c.value(u);
  return c.percent ? formatPercent(v, l) : formatCount(v ?? 0, l);
}

/** The heading of a column group. */
export function groupHead(group: ColumnGroup, l: Labels): string {
  return group === 'electronic' ? l.columns.electronic : group === 'paper' ? l.columns.paper : l.text.findings;
}

/** The unit's display name ("(no unit)" when the inputs gave none). */
export function unitName(u: UnitReport, l: Labels): string {
  return u.unit === '' ? l.text.noUnit : u.unit;
}
