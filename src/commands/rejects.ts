/**
 * `--rejects <file>`: every rejected row as it was, with its file, line and reason, so it can be fixed
 * and fed back. This is the one output that repeats the user's own cells (names included): it goes
 * back to the person who supplied them.
 */
import { columnLetters } from '../core/sheet-address.js';
import type { FileIngest } from '../io/read-dossiers.js';
import type { Lang } from '../messages/lang.js';
import { reasonText } from '../messages/reasons.js';
import { csvText, DEFAULT_CSV, neutraliseFormula, type CsvDialect } from '../render/csv.js';

/** What a row too long to keep whole says after its reason. */
const TRUNCATED: Record<Lang, (kept: number, fields: number, chars: number) => string> = {
  en: (kept, fields, chars) =>
    ` (row cut short here: its first ${kept} of ${fields} fields are kept, ${chars} characters in all)`,
  vi: (kept, fields, chars) =>
    ` (dòng bị cắt bớt ở đây: giữ ${kept} trên ${fields} trường đầu tiên, cả dòng có ${chars} ký tự)`,
};

/**
 * The CSV text, in `dialect` (`--delimiter`). The column names stay as they are in every language
 * (they are how the file is recognised as ours); each reason is written in `lang`.
 */
export function writeRejects(ingests: readonly FileIngest[], lang: Lang, dialect: CsvDialect = DEFAULT_CSV): string {
  const rows: string[][] = [];
  for (const f of ingests) {
    if (f.rejections.length === 0) continue;
    // A workbook's rows are placed as Excel shows them: its sheet, the row number, the column letters.
    const sheet = f.sheet === null ? [] : [f.sheet];
    rows.push(['file', ...(f.sheet === null ? ['line'] : ['sheet', 'row']), 'column', 'reason', ...f.header]);
    for (const r of f.rejections) {
      const column = r.column === null ? '' : f.sheet === null ? String(r.column) : columnLetters(r.column);
      rows.push([
        r.file,
        ...sheet,
        String(r.line),
        column,
        reasonText(r.reason, lang) +
          (r.truncated === undefined ? '' : TRUNCATED[lang](r.cells.length, r.truncated.fields, r.truncated.chars)),
        ...r.cells.map(neutraliseFormula),
      ]);
    }
  }
  if (rows.length === 0) rows.push(['file', 'line', 'column', 'reason']);
  return csvText(rows, dialect);
}
