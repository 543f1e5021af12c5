/**
 * `--dossiers <file>`: the evidence list as CSV (flat columns) or JSON (`[{ code, unit, electronic, paper }]`).
 * Each entry's text is written by `evidenceText`, the one writer of it, whichever thread runs it (the
 * audit threads write a large list's entries: engine/evidence-texts.ts); `evidencePieces` puts the
 * heading or the brackets around the entries' bytes.
 */
import type { EvidenceEntry, EvidenceSide } from '../core/evidence.js';
import { fileOnSheet } from '../core/sheet-address.js';
import { csvText, DEFAULT_CSV, neutraliseCell, type CsvDialect } from './csv.js';

const SIDE_COLUMNS = [
  'class',
  'received',
  'due',
  'effective_due',
  'result',
  'calendar_days_late',
  'working_days_late',
  'file',
  'line',
] as const;

function sideCells(s: EvidenceSide | null): (string | number)[] {
  if (!s) return SIDE_COLUMNS.map(() => '');
  return [
    s.class,
    s.received,
    s.due,
    s.effectiveDue,
    s.result ?? '',
    s.calendarDaysLate,
    s.workingDaysLate,
    fileOnSheet(s),
    s.line,
  ];
}

/** How the list is written: JSON, or CSV in this dialect. */
export interface EvidenceForm {
  json: boolean;
  csv: CsvDialect;
}

/** Where an entry stands in `JSON.stringify(list, null, 2)`: indented by 2. */
const ITEM_INDENT = '  ';

/**
 * One entry's text: for JSON, the item as `JSON.stringify(list, null, 2)` writes it (no separator);
 * for CSV, its row ending in a line break.
 */
export function evidenceText(e: EvidenceEntry, form: EvidenceForm): string {
  if (form.json) {
    const plain = { code: e.code, unit: e.unit, electronic: strip(e.electronic), paper: strip(e.paper) };
    return ITEM_INDENT + JSON.stringify(plain, null, 2).replaceAll('\n', '\n' + ITEM_INDENT);
  }
  return csvText(
    [[neutraliseCell(e.code), neutraliseCell(e.unit), ...sideCells(e.electronic), ...sideCells(e.paper)]],
    form.csv,
  );
}

/** The separator between two entries' texts. */
export function evidenceSeparator(form: EvidenceForm): string {
  return form.json ? ',\n' : '';
}

/**
 * The whole list a piece at a time, its `count` entries given as bytes or text already joined by
 * `evidenceSeparator` (an empty list: none).
 */
export function* evidencePieces(
  entries: Iterable<string | Uint8Array>,
  count: number,
  form: EvidenceForm,
): Generator<string | Uint8Array> {
  if (form.json) {
    if (count === 0) {
      yield '[]\n';
      return;
    }
    yield '[\n';
    yield* entries;
    yield '\n]\n';
    return;
  }
  const header = [
    'code',
    'unit',
    ...SIDE_COLUMNS.map((c) => `electronic_${c}`),
    ...SIDE_COLUMNS.map((c) => `paper_${c}`),
  ];
  yield csvText([header], form.csv);
  yield* entries;
}

export function renderEvidence(
  entries: readonly EvidenceEntry[],
  json: boolean,
  dialect: CsvDialect = DEFAULT_CSV,
): string {
  const form = { json, csv: dialect };
  const texts = entries.map((e) => evidenceText(e, form)).join(evidenceSeparator(form));
  return [...evidencePieces([texts], entries.length, form)].join('');
}

/** The JSON form keeps the contract's fields; where each side came from is kept too. */
function strip(s: EvidenceSide | null): EvidenceSide | null {
  return s && { ...s };
}
