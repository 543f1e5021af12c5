/** What every renderer is told besides the report. */
import type { CsvDialect } from './csv.js';
import type { XlsxSheets } from './formats.js';
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** Decimal mark for human formats; null: the language's own (comma in Vietnamese). */
  decimal?: ',' | '.' | null;
  /** Delimiter and decimal mark of `--format csv` (default: comma and dot). */
  csv?: CsvDialect;
  /** The terminal table: columns available (null or absent: no limit), and `--wide`. */
  width?: number | null;
  wide?: boolean;
  /** `--xlsx-sheets`: the workbook's findings on one sheet (default) or a sheet per kind. */
  xlsxSheets?: XlsxSheets;
}
