/**
 * `--by` in the workbook: a sheet appended after the others, "By period" ("Theo kỳ"), with the summary
 * sheet's columns (unit-columns.ts) for each unit's periods and the total's: unit, period, then the
 * figures — counts and percentages as numbers, percentages with a percent format. Its own module so
 * the workbook (xlsx.ts) only appends it.
 */
import type { AuditReport } from '../core/report.js';
import type { UnitReport } from '../core/summarise.js';
import { neutraliseCell } from './csv.js';
import type { Labels } from './labels.js';
import { fullUnitColumns, groupHead, unitName } from './unit-columns.js';
import type { Cell, CellStyle, CellValue, SheetSpec } from './xlsx-writer.js';

const HEAD: CellStyle = { bold: true, fill: 'FFEEF1F5', border: 'thin', heading: true };

const cellOf = (value: CellValue, style?: CellStyle): Cell => {
  const v = typeof value === 'string' ? neutraliseCell(value) : value;
  return style === undefined ? { value: v } : { value: v, style };
};

/** The per-period sheet, or none without `--by`. */
export function periodSheets(report: AuditReport, l: Labels, formats: { percent: string; count: string }): SheetSpec[] {
  if (report.by === undefined) return [];
  const cols = fullUnitColumns(report, l);
  const top = [
    l.columns.unit,
    l.periods.column,
    ...cols.map((c, i) => (i > 0 && cols[i - 1]!.group === c.group ? null : groupHead(c.group, l))),
  ];
  const second = [null, null, ...cols.map((c) => c.head)];
  const rows = (u: UnitReport, name: string, total: boolean): Cell[][] =>
    (u.byPeriod ?? []).map((p, i) => {
      const row: UnitReport = { ...p, unit: u.unit };
      const base: CellStyle = total ? { bold: true } : {};
      return [
        cellOf(i === 0 ? name : null, base),
        cellOf(l.periods.label(p.period), base),
        ...cols.map((c) => {
          const v = c.value(row);
          return cellOf(v === null ? null : c.percent ? v / 100 : v, {
            numFmt: c.percent ? formats.percent : formats.count,
            ...base,
          });
        }),
      ];
    });
  return [
    {
      name: l.periods.title,
      frozen: { columns: 2, rows: 2 },
      widths: [32, 14, ...cols.map(() => 11)],
      rows: [
        top.map((v) => cellOf(v, HEAD)),
        second.map((v) => cellOf(v, HEAD)),
        ...report.units.flatMap((u) => rows(u, unitName(u, l), false)),
        ...rows(report.total, l.columns.total, true),
      ],
    },
  ];
}
