/**
 * The per-unit figures as columns: the one definition of each column (what it holds, its heading, how
 * loudly a non-zero value is marked) that every format lays out. Each source's figures, then the
 * findings columns (findings/kinds.ts says which kinds each one sums). Two layouts of the same
 * columns: compact by source (markdown, html) and full (xlsx; csv takes the same figures under machine
 * names). The terminal lays out its own (unit-table.ts: a line per source, counts with their shares).
 */
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import type { Source } from '../core/types.js';
import { columnCount, columnLevel, findingColumnsFor, type FindingLevel } from '../findings/kinds.js';
import { formatCount, formatPercent, type Labels } from './labels.js';
import { capitalise } from './report-facts.js';

export type ColumnGroup = Source | 'findings';

/** How a non-zero value is marked: `alarm` for what an inspector must act on, `warn` for the rest. */
export type Alert = 'none' | FindingLevel;

export interface UnitColumn {
  group: ColumnGroup;
  /** Heading (labels use "\n" to break a heading in two). */
  head: string;
  /** A percentage (0–100, null: no denominator) or a count. */
  percent: boolean;
  alert: Alert;
  /** null: the unit has no figures for the column's source. */
  value: (u: UnitReport) => number | null;
}

interface Figure {
  head: (l: Labels) => string;
  value: (s: Stats) => number | null;
  percent?: true;
  alert?: 'warn';
}

/** Every figure of a source, in the order of the full layout; the keys are the CSV's column names. */
const FIGURES = {
  received: { head: (l) => l.columns.records, value: (s) => s.received },
  resolved: { head: (l) => l.report.resolved, value: (s) => s.resolved },
  before_deadline: { head: (l) => l.classes['before-deadline'], value: (s) => s.beforeDeadline },
  on_time: { head: (l) => l.classes['on-time'], value: (s) => s.onTime },
  late: { head: (l) => l.classes.late, value: (s) => s.late, alert: 'warn' },
  pending_not_due: { head: (l) => l.columns.pendingNotDue, value: (s) => s.pendingNotDue },
  pending_overdue: { head: (l) => l.columns.pendingOverdue, value: (s) => s.pendingOverdue, alert: 'warn' },
  withdrawn: { head: (l) => l.classes.withdrawn, value: (s) => s.withdrawn },
  before_deadline_pct: { head: (l) => l.columns.before, value: (s) => s.rates.beforeDeadline, percent: true },
  on_time_pct: { head: (l) => l.columns.onTime, value: (s) => s.rates.onTime, percent: true },
  late_pct: { head: (l) => l.columns.late, value: (s) => s.rates.late, percent: true, alert: 'warn' },
} satisfies Record<string, Figure>;
export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

/** A figure's heading, as labelled ("\n" may break it in two). */
export function figureHead(key: FigureKey, l: Labels): string {
  return (FIGURES[key] as Figure).head(l);
}

/**
 * The compact layout: a figure of `each` source, of the `first` only (the before and on-time rates are
 * the electronic system's when there are two), or only when one source is shown `alone`.
 */
const COMPACT: readonly { key: FigureKey; of: 'each' | 'first' | 'alone' }[] = [
  { key: 'received', of: 'each' },
  { key: 'before_deadline_pct', of: 'first' },
  { key: 'on_time_pct', of: 'first' },
  { key: 'late_pct', of: 'each' },
  { key: 'pending_not_due', of: 'each' },
  { key: 'pending_overdue', of: 'each' },
  { key: 'withdrawn', of: 'alone' },
];

/** The sources a report has figures for: both for `reconcile`, one for `stats`. */
export function sourcesOf(report: AuditReport): Source[] {
  return (['electronic', 'paper'] as const).filter((s) => report.total[s] !== null);
}

function sourcesShown(of: 'each' | 'first' | 'alone', sources: readonly Source[]): readonly Source[] {
  if (of === 'first') return sources.slice(0, 1);
  return of === 'alone' && sources.length > 1 ? [] : sources;
}

function figureColumn(key: FigureKey, source: Source, l: Labels): UnitColumn {
  const f: Figure = FIGURES[key];
  const value = (u: UnitReport): number | null => {
    const s = u[source];
    return s === null ? null : f.value(s);
  };
  return { group: source, head: f.head(l), percent: f.percent === true, alert: f.alert ?? 'none', value };
}

/** The findings columns: those that can count anything with the report's sources. */
export function findingColumns(report: AuditReport, l: Labels): UnitColumn[] {
  return findingColumnsFor(sourcesOf(report).length === 1 ? 1 : 2).map((column) => ({
    group: 'findings',
    head: l.columns[column],
    percent: false,
    alert: columnLevel(column),
    value: (u) => columnCount(column, u.findingCounts),
  }));
}

/** The documents' headings start with a capital ("Withdrawn/rejected/stopped"); the table's are as labelled. */
const capitalised = (c: UnitColumn): UnitColumn => ({ ...c, head: capitalise(c.head) });

/** The compact columns by source (all of E's, then P's), then the findings: markdown and html. */
export function unitColumns(report: AuditReport, l: Labels): UnitColumn[] {
  const sources = sourcesOf(report);
  const figures = sources.flatMap((s) =>
    COMPACT.filter((f) => sourcesShown(f.of, sources).includes(s)).map((f) => figureColumn(f.key, s, l)),
  );
  return [...figures, ...findingColumns(report, l)].map(capitalised);
}

/** Every figure of every source, then the findings: the spreadsheet. */
export function fullUnitColumns(report: AuditReport, l: Labels): UnitColumn[] {
  const figures = sourcesOf(report).flatMap((s) => FIGURE_KEYS.map((key) => figureColumn(key, s, l)));
  return [...figures, ...findingColumns(report, l)].map(capitalised);
}

/** A source's figures as machine data, in the full layout's order (csv). */
export function figuresOf(s: Stats): { key: FigureKey; percent: boolean; value: number | null }[] {
  return FIGURE_KEYS.map((key) => {
    const f: Figure = FIGURES[key];
    return { key, percent: f.percent === true, value: f.value(s) };
  });
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
