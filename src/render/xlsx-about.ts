/**
 * The workbook's About sheet ("Giới thiệu" in Vietnamese): how the workbook was made, from the report's
 * provenance. The run's facts worded as every other format words them (provenance-facts.ts), label and
 * value, then a column per input with its path, size, SHA-256, format, sheet, header line and rows, each
 * in a cell of its own (numbers as numbers) so that a hash can be compared or copied as it is. No
 * generation time unless the report has one (`--timestamp`, SOURCE_DATE_EPOCH).
 */
import type { InputProvenance, Provenance } from '../core/provenance.js';
import type { Labels } from './labels.js';
import { inputLabel, runFacts } from './provenance-facts.js';
import { cell, COUNT_FORMAT, fitWidth, HEAD } from './xlsx-cell.js';
import type { Cell, CellStyle, CellValue, SheetSpec } from './xlsx-writer.js';

/** The rows of the input table: heading and value of each input. */
function inputRows(l: Labels): [string, (i: InputProvenance) => CellValue][] {
  const t = l.provenance.inputTable;
  const r = l.report;
  return [
    [t.path, (i) => i.path],
    [t.bytes, (i) => i.size],
    [t.sha256, (i) => i.sha256],
    [t.format, (i) => i.format.toUpperCase()],
    [t.sheet, (i) => i.sheet ?? null],
    [r.encoding, (i) => i.encoding],
    [r.delimiter, (i) => (i.delimiter === '\t' ? l.provenance.tab : i.delimiter)],
    [r.headerLine, (i) => i.headerLine],
    [r.rowsRead, (i) => i.rowsRead],
    [r.rowsUsed, (i) => i.rowsUsed],
    [r.rowsRejected, (i) => i.rowsRejected],
    [t.rowsLayout, (i) => i.rowsLayout],
    [r.rowsOutside, (i) => i.rowsOutsidePeriod],
  ];
}

export function aboutSheet(p: Provenance, l: Labels): SheetSpec {
  const bold: CellStyle = { bold: true };
  const count: CellStyle = { numFmt: COUNT_FORMAT };
  const facts = runFacts(p, l);
  const table = inputRows(l);
  const rows: Cell[][] = [
    [cell(l.provenance.title, { bold: true, size: 13 })],
    ...facts.map((f) => [cell(f.label, bold), cell(f.value)]),
    [],
    [cell(null, HEAD), ...p.inputs.map((i, k) => cell(inputLabel(i, k, l), HEAD))],
    ...table.map(([head, value]) => [
      cell(head, bold),
      ...p.inputs.map((i) => {
        const v = value(i);
        return typeof v === 'number' ? cell(v, count) : cell(v);
      }),
    ]),
  ];
  const labels = [...facts.map((f) => f.label), ...table.map(([head]) => head)];
  return {
    name: l.report.sheets.about,
    // The inputs' columns take a SHA-256 (64 characters) whole; a long fact runs on over the empty cells.
    widths: [fitWidth(labels, 16, 40), ...p.inputs.map(() => 68)],
    frozen: { columns: 1, rows: 0 },
    rows,
  };
}
