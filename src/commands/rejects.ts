/**
 * `--rejects <file>`: every rejected row as it was, with its file, line and reason, so it can be fixed
 * and fed back. This is the one output that repeats the user's own cells (names included): it goes
 * back to the person who supplied them.
 */
import { stringify } from 'csv-stringify/sync';
import type { FileIngest } from '../io/read-dossiers.js';
import { neutraliseCell } from '../render/csv.js';

export function writeRejects(ingests: readonly FileIngest[]): string {
  const rows: string[][] = [];
  for (const f of ingests) {
    if (f.rejections.length === 0) continue;
    rows.push(['file', 'line', 'column', 'reason', ...f.header]);
    for (const r of f.rejections) {
      rows.push([r.file, String(r.line), r.column === null ? '' : String(r.column), r.reason, ...r.cells.map(neutraliseCell)]);
    }
  }
  if (rows.length === 0) rows.push(['file', 'line', 'column', 'reason']);
  return stringify(rows);
}
