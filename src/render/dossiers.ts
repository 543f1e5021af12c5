/** `--dossiers <file>`: the evidence list as CSV (flat columns) or JSON (`[{ code, unit, electronic, paper }]`). */
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

export function renderEvidence(
  entries: readonly EvidenceEntry[],
  json: boolean,
  dialect: CsvDialect = DEFAULT_CSV,
): string {
  if (json) {
    const plain = entries.map((e) => ({
      code: e.code,
      unit: e.unit,
      electronic: strip(e.electronic),
      paper: strip(e.paper),
    }));
    return JSON.stringify(plain, null, 2) + '\n';
  }
  const header = [
    'code',
    'unit',
    ...SIDE_COLUMNS.map((c) => `electronic_${c}`),
    ...SIDE_COLUMNS.map((c) => `paper_${c}`),
  ];
  return csvText(
    [
      header,
      ...entries.map((e) => [
        neutraliseCell(e.code),
        neutraliseCell(e.unit),
        ...sideCells(e.electronic),
        ...sideCells(e.paper),
      ]),
    ],
    dialect,
  );
}

/** The JSON form keeps the contract's fields; where each side came from is kept too. */
function strip(s: EvidenceSide | null): EvidenceSide | null {
  return s && { ...s };
}
