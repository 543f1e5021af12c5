/**
 * A CSV file's rows as strings, read the way every CSV input is read (open-input.ts → dialect.ts →
 * csv-rows.ts `readRows`): for the reader's tests, which look at cells, lines and the dialect used.
 * A byte that is not UTF-8 stops the file, as in a column that is read.
 */
import { readRows, notUtf8At } from '../../src/io/csv-rows.js';
import { type CsvDialect, type CsvReadOptions, dialectLabel, sniffDialect } from '../../src/io/dialect.js';
import { openInput } from '../../src/io/open-input.js';

export async function csvFileRows(
  file: string,
  opts: CsvReadOptions,
  onRow: (cells: string[], line: number) => void,
): Promise<CsvDialect> {
  const input = await openInput(file);
  try {
    const dialect = sniffDialect(input.head, file, opts);
    await readRows(input, dialect, opts, (cells, line, bad) => {
      if (bad !== undefined) throw notUtf8At(file, line, bad[0]);
      onRow(cells.all(), line);
    });
    return dialectLabel(dialect);
  } finally {
    await input.close();
  }
}
