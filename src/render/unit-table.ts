/**
 * The terminal's per-unit table, laid out for the width it has. Each unit is a block of one line per
 * source (E, then P), so each figure is a count with its share ("356 88.71%") under one heading and a
 * long unit name wraps inside its cell, its continuation indented. Compact by default (what an
 * inspector reads first: records, resolved, before / on time / late, masked late, missing, other
 * mismatches); `wide` adds pending, withdrawn, data issues and late without apology. When the grid
 * does not fit even with the unit column narrowed, each unit is stacked: one figure per line.
 * Plain text; `paint` colours a cell (it adds no width).
 */
import type { AuditReport } from '../core/report.js';
import type { Stats, UnitReport } from '../core/summarise.js';
import type { Source } from '../core/types.js';
import { columnCount, columnLevel, findingColumnsFor, type FindingColumn } from '../findings/kinds.js';
import { formatCount, formatPercent, type Labels } from './labels.js';
import { sourcesOf, type Alert } from './unit-columns.js';
import { showControls } from './visible-text.js';

export interface GridOptions {
  /** Columns available; null: no limit (a pipe or a file). */
  width: number | null;
  wide: boolean;
  paint: (alert: Alert, text: string) => string;
  bold: (text: string) => string;
}

/** Widest the unit column grows, and narrowest it is squeezed to before the layout is stacked. */
const UNIT_WIDTH = 28;
const UNIT_MIN = 14;
const GAP = '  ';

/** A cell's text; a count with its share has two parts, each aligned in its own sub-column. */
type Cell = { text: string; alert: Alert; parts?: readonly [string, string] };
/** A column: its heading (two lines at most) and its cell on the line of `source` (null: a one-source line). */
interface Column {
  head: string;
  cell: (u: UnitReport, source: Source | null, first: boolean) => Cell;
}

const plain = (text: string): Cell => ({ text, alert: 'none' });

/** The width a terminal gives a text: combining marks take none. */
export function displayWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length;
}

const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` cut into lines of at most `width`, at spaces where it can; continuation lines are indented by 2. */
export function wrapName(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const indent = lines.length > 0 ? 2 : 0;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) + indent <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(' '.repeat(indent) + line);
    line = word;
    // A word longer than the cell is cut.
    while (displayWidth(line) + (lines.length > 0 ? 2 : 0) > width) {
      const room = width - (lines.length > 0 ? 2 : 0);
      const chars = [...line];
      lines.push(' '.repeat(lines.length > 0 ? 2 : 0) + chars.slice(0, room).join(''));
      line = chars.slice(room).join('');
    }
  }
  if (line !== '' || lines.length === 0) lines.push(' '.repeat(lines.length > 0 ? 2 : 0) + line);
  return lines;
}

/** The figures of a source as columns: a count, or a count with its share of the resolved. */
function figureColumns(l: Labels, wide: boolean): Column[] {
  const g = l.grid;
  const stat =
    (value: (s: Stats) => number, alert: Alert = 'none') =>
    (u: UnitReport, source: Source | null): Cell => {
      const s = source === null ? null : u[source];
      if (s === null) return plain('');
      const v = value(s);
      return { text: formatCount(v, l), alert: v > 0 ? alert : 'none' };
    };
  const withRate =
    (value: (s: Stats) => number, rate: (s: Stats) => number | null, alert: Alert = 'none') =>
    (u: UnitReport, source: Source | null): Cell => {
      const s = source === null ? null : u[source];
      if (s === null) return plain('');
      const v = value(s);
      const parts = [formatCount(v, l), `${formatPercent(rate(s), l)}%`] as const;
      return { text: parts.join(' '), parts, alert: v > 0 ? alert : 'none' };
    };
  const columns: Column[] = [
    { head: g.records, cell: stat((s) => s.received) },
    { head: g.resolved, cell: stat((s) => s.resolved) },
    {
      head: g.before,
      cell: withRate(
        (s) => s.beforeDeadline,
        (s) => s.rates.beforeDeadline,
      ),
    },
    {
      head: g.onTime,
      cell: withRate(
        (s) => s.onTime,
        (s) => s.rates.onTime,
      ),
    },
    {
      head: g.late,
      cell: withRate(
        (s) => s.late,
        (s) => s.rates.late,
        'warn',
      ),
    },
  ];
  if (wide)
    columns.push(
      { head: g.notDue, cell: stat((s) => s.pendingNotDue) },
      { head: g.overdue, cell: stat((s) => s.pendingOverdue, 'warn') },
      { head: g.withdrawn, cell: stat((s) => s.withdrawn) },
    );
  return columns;
}

/** The findings columns: missing is per line (in E on the E line, in P on the P line), the rest on the first. */
function findingsColumns(sources: number, l: Labels, wide: boolean): Column[] {
  const can = findingColumnsFor(sources === 1 ? 1 : 2);
  const shown: FindingColumn[] = ['masked', 'mismatches', ...(wide ? (['dataIssues', 'noApology'] as const) : [])];
  const once =
    (column: FindingColumn) =>
    (u: UnitReport, _source: Source | null, first: boolean): Cell => {
      if (!first) return plain('');
      const n = columnCount(column, u.findingCounts);
      return { text: formatCount(n, l), alert: n > 0 ? columnLevel(column) : 'none' };
    };
  const missing: Column = {
    head: l.grid.missing,
    cell: (u, source) => {
      if (source === null) return plain('');
      const n = columnCount(source === 'electronic' ? 'missingE' : 'missingP', u.findingCounts);
      return { text: formatCount(n, l), alert: n > 0 ? 'warn' : 'none' };
    },
  };
  // Masked lateness first (the headline finding), then what is missing per line, then the rest.
  const [masked, ...rest] = shown;
  return [
    ...(can.includes(masked!) ? [{ head: l.columns[masked!], cell: once(masked!) }] : []),
    ...(can.includes('missingE') ? [missing] : []),
    ...rest.filter((c) => can.includes(c)).map((c) => ({ head: l.columns[c], cell: once(c) })),
  ];
}

/** The per-unit table as lines (without a final newline), laid out for `opts.width`. */
export function unitTableLines(report: AuditReport, l: Labels, opts: GridOptions): string[] {
  const sources = sourcesOf(report);
  const sideColumn: Column[] =
    sources.length > 1
      ? [
          {
            head: '',
            cell: (_u, source) => plain(source === 'electronic' ? l.columns.e : source === 'paper' ? l.columns.p : ''),
          },
        ]
      : [];
  const columns = [...sideColumn, ...figureColumns(l, opts.wide), ...findingsColumns(sources.length, l, opts.wide)];
  const rows: Row[] = [
    ...report.units.flatMap((u) =>
      withPeriods({ name: showControls(u.unit) || l.text.noUnit, unit: u, total: false }, l),
    ),
    ...withPeriods({ name: l.columns.total, unit: report.total, total: true }, l),
  ];
  const cellsOf = (c: Column): Cell[] => rows.flatMap((r) => sources.map((s, i) => c.cell(r.unit, s, i === 0)));
  const partWidths = columns.map((c) => {
    const cells = cellsOf(c);
    return [0, 1].map((k) => Math.max(0, ...cells.map((x) => (x.parts ? displayWidth(x.parts[k]!) : 0))));
  });
  const widths = columns.map((c, j) =>
    Math.max(
      ...c.head.split('\n').map(displayWidth),
      ...cellsOf(c).map((x) => displayWidth(x.text)),
      partWidths[j]![0]! > 0 ? partWidths[j]![0]! + 1 + partWidths[j]![1]! : 0,
    ),
  );
  const align = (cell: Cell, j: number): string =>
    padStart(
      cell.parts
        ? `${padStart(cell.parts[0], partWidths[j]![0]!)} ${padStart(cell.parts[1], partWidths[j]![1]!)}`
        : cell.text,
      widths[j]!,
    );
  const figuresWidth = widths.reduce((n, w) => n + w + GAP.length, 0);
  const longest = Math.max(displayWidth(l.columns.unit), ...rows.map((r) => displayWidth(r.name) + indentOf(r)));
  let unitWidth = Math.min(longest, UNIT_WIDTH);
  if (opts.width !== null) unitWidth = Math.min(unitWidth, opts.width - figuresWidth);
  if (unitWidth < Math.min(UNIT_MIN, longest)) return stackedLines(rows, columns, sources, l, opts);
  const line = (unitCell: string, cells: string[]): string =>
    (padEnd(unitCell, unitWidth) + cells.map((c) => GAP + c).join('')).trimEnd();
  const heads = columns.map((c) => c.head.split('\n'));
  const headLines = [0, 1].map((i) =>
    line(
      i === 0 ? l.columns.unit : '',
      heads.map((h, j) => padStart(h.length === 2 ? h[i]! : i === 1 ? h[0]! : '', widths[j]!)),
    ),
  );
  const rule = '─'.repeat(unitWidth + figuresWidth);
  const out = [...headLines.map(opts.bold), rule];
  for (const r of rows) {
    if (r.total && !r.period) out.push(rule);
    const name = wrapIndented(r, unitWidth);
    const height = Math.max(name.length, sources.length);
    for (let i = 0; i < height; i++) {
      const source = sources[i] ?? null;
      const cells = columns.map((c, j) => {
        const cell = source === null ? plain('') : c.cell(r.unit, source, i === 0);
        return opts.paint(cell.alert, align(cell, j));
      });
      const text = line(name[i] ?? '', cells);
      out.push(r.total ? opts.bold(text) : text);
    }
  }
  return out;
}

/** A line of the table: a unit, the total, or (`--by`) one of their periods, indented under them. */
interface Row {
  name: string;
  unit: UnitReport;
  total: boolean;
  period?: boolean;
}

/** The row, then (`--by`) a row per period of it, named as the language writes a period. */
function withPeriods(row: Row, l: Labels): Row[] {
  const periods = row.unit.byPeriod ?? [];
  return [
    row,
    ...periods.map((p) => ({
      name: l.periods.label(p.period),
      unit: { ...p, unit: '' },
      total: row.total,
      period: true,
    })),
  ];
}

const indentOf = (r: Row): number => (r.period ? 2 : 0);

/** The row's name cut to `width`, a period's indented. */
function wrapIndented(r: Row, width: number): string[] {
  const indent = ' '.repeat(indentOf(r));
  return wrapName(r.name, width - indent.length).map((line) => indent + line);
}

/** One unit after another, one figure per line, a value column per source. */
function stackedLines(
  rows: readonly Row[],
  columns: readonly Column[],
  sources: readonly Source[],
  l: Labels,
  opts: GridOptions,
): string[] {
  const figures = columns.filter((c) => c.head !== '');
  const heads = figures.map((c) => c.head.replace(/-\n/, '').replace(/\n/g, ' '));
  const headWidth = Math.max(...heads.map(displayWidth));
  const valueWidth = Math.max(
    ...sources.map((s) => displayWidth(s === 'electronic' ? l.columns.electronic : l.columns.paper)),
    ...rows.flatMap((r) =>
      figures.flatMap((c) => sources.map((s, i) => displayWidth(c.cell(r.unit, s, i === 0).text))),
    ),
  );
  const nameWidth = opts.width === null ? Number.MAX_SAFE_INTEGER : Math.max(opts.width, UNIT_MIN);
  const out: string[] = [];
  for (const r of rows) {
    if (out.length > 0) out.push('');
    for (const n of wrapIndented(r, nameWidth)) out.push(opts.bold(n));
    if (sources.length > 1)
      out.push(
        (
          '  ' +
          ' '.repeat(headWidth) +
          sources
            .map((s) => GAP + padStart(s === 'electronic' ? l.columns.electronic : l.columns.paper, valueWidth))
            .join('')
        ).trimEnd(),
      );
    figures.forEach((c, j) => {
      const cells = sources.map((s, i) => {
        const cell = c.cell(r.unit, s, i === 0);
        return GAP + opts.paint(cell.alert, padStart(cell.text, valueWidth));
      });
      out.push(`  ${padEnd(heads[j]!, headWidth)}${cells.join('')}`.trimEnd());
    });
  }
  return out;
}
