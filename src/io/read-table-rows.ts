/**
 * Every row of a small table file as strings, whatever the file is by content: CSV (csv-rows.ts), an
 * .xlsx workbook (its first sheet with rows: xlsx-rows.ts) or a web page's table (html-rows.ts). For
 * the files read whole before the audit, such as the `--procedures` catalogue. Throws `AuditError`
 * for a file that cannot be read, as the dossier reader does.
 */
import type { Fingerprint } from '../core/provenance.js';
import { notUtf8At, readRows } from './csv-rows.js';
import { checkEncodingName, detectEncoding } from './decode.js';
import { sniffDialect } from './dialect.js';
import { openInput } from './open-input.js';
import { sniffFormat } from './sniff-format.js';

/** `onRow` gets each non-blank row's cells and its line (a sheet's row number, a page's `<tr>` number). */
export async function readTableRows(
  file: string,
  opts: { encoding?: string },
  onRow: (cells: string[], line: number) => void,
  onFingerprint?: (fingerprint: Fingerprint) => void,
): Promise<void> {
  const input = await openInput(file);
  try {
    const format = sniffFormat(input.head, file);
    const take = (cells: { all(): string[]; blank(): boolean }, line: number): void => {
      if (!cells.blank()) onRow(cells.all(), line);
    };
    // The workbook and web-page readers (and sax) are loaded only for such a file.
    if (format === 'xlsx') {
      const [{ openWorkbook }, { readSheetRows }] = await Promise.all([
        import('./xlsx-workbook.js'),
        import('./xlsx-rows.js'),
      ]);
      const book = await openWorkbook(input);
      try {
        await readSheetRows(book, book.sheets[0]!, take);
      } finally {
        await book.close();
      }
    } else if (format === 'html') {
      if (opts.encoding !== undefined) checkEncodingName(opts.encoding);
      const { readHtmlRows } = await import('./html-rows.js');
      await readHtmlRows(input, detectEncoding(input.head, opts.encoding), take);
    } else {
      // a byte that is not UTF-8 stops the file, as in the dossier files' columns that are read
      await readRows(input, sniffDialect(input.head, file, opts), opts, (cells, line, bad) => {
        if (bad !== undefined) throw notUtf8At(file, line, bad[0]);
        take(cells, line);
      });
    }
    if (onFingerprint) onFingerprint(await input.fingerprint());
  } finally {
    await input.close();
  }
}
