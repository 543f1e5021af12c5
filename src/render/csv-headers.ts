/**
 * The headings of the CSV files people open (`--format csv`, `--details`) in the report's language,
 * beside the machine names (`--headers keys`, a contract for scripts): one heading per machine column,
 * in the same order, so the two forms hold the same columns. Built from the words the other formats
 * use (labels.ts, findings/wording.ts), not written again.
 */
import type { Source } from '../core/types.js';
import { FINDING_KINDS } from '../findings/kinds.js';
import { kindTitle } from '../findings/wording.js';
import type { DetailColumn } from './csv.js';
import type { Labels, Lang } from './labels.js';
import { capitalise } from './report-facts.js';
import { FIGURE_KEYS, figureHead, groupHead } from './unit-columns.js';

export { CSV_HEADERS, type CsvHeaders } from './formats.js';

const oneLine = (text: string): string => text.replace(/\n/g, ' ');
const sourced = (source: Source, text: string, l: Labels): string =>
  `${groupHead(source, l)}: ${capitalise(oneLine(text))}`;

/**
 * The per-unit CSV's headings: "Đơn vị", "Điện tử: Số hồ sơ" … "Sổ giấy: Quá hạn %", then each finding
 * kind's title.
 */
export function summaryHeadings(l: Labels, lang: Lang): string[] {
  return [
    l.columns.unit,
    ...(['electronic', 'paper'] as const).flatMap((s) => FIGURE_KEYS.map((key) => sourced(s, figureHead(key, l), l))),
    ...FINDING_KINDS.map((k) => capitalise(kindTitle(k, lang))),
  ];
}

/** The heading of each `--details` column. */
function detailHeading(column: DetailColumn, l: Labels): string {
  const side = /^(electronic|paper)_(.*)$/.exec(column);
  if (side) {
    const words: Record<string, string> = {
      file: l.report.file,
      line: l.report.line,
      class: l.report.klass,
      received: l.report.received,
      due: l.report.due,
      result: l.report.result,
      status: l.report.status,
    };
    return sourced(side[1] as Source, words[side[2]!]!, l);
  }
  const words: Record<string, string> = {
    kind: l.report.kind,
    code: l.report.code,
    unit: l.columns.unit,
    calendar_days_late: l.report.daysLate,
    working_days_late: l.report.workingDaysLate,
    message: l.report.message,
  };
  return words[column]!;
}

export function detailHeadings(columns: readonly DetailColumn[], l: Labels): string[] {
  return columns.map((c) => detailHeading(c, l));
}
