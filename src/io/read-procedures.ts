/**
 * `--procedures <file>`: a catalogue (CSV, or an .xlsx workbook's first sheet) with a procedure code
 * and/or name column and the statutory time limit, in the unit its law writes (core/procedures.ts
 * `readLimit`). Headers are matched like the dossier files' (case, diacritics ignored).
 */
import { foldKey } from '../core/fold.js';
import { type ProcedureEntry, readLimit } from '../core/procedures.js';
import type { Fingerprint, OptionFile } from '../core/provenance.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { readTableRows } from './read-table-rows.js';

const CODE = ['Mã thủ tục', 'Mã TTHC', 'MaTTHC', 'code', 'procedure code'].map(foldKey);
const NAME = ['Tên thủ tục', 'Tên TTHC', 'TenTTHC', 'Thủ tục', 'name', 'procedure'].map(foldKey);
const DAYS = ['Thời hạn giải quyết', 'Thời hạn', 'Số ngày', 'Số ngày làm việc', 'working days', 'days'].map(foldKey);

/** The catalogue's entries, and the file itself for the report's provenance (path, size, SHA-256). */
export async function readProcedureFile(file: string): Promise<{ entries: ProcedureEntry[]; origin: OptionFile }> {
  const entries: ProcedureEntry[] = [];
  let cols: { code: number; name: number; days: number } | null = null;
  let fingerprint: Fingerprint = { size: 0, sha256: '' };
  await readTableRows(
    file,
    {},
    (cells, line) => {
      if (cols === null) {
        const keys = cells.map(foldKey);
        cols = {
          code: keys.findIndex((k) => CODE.includes(k)),
          name: keys.findIndex((k) => NAME.includes(k)),
          days: keys.findIndex((k) => DAYS.includes(k)),
        };
        if (cols.days < 0 || (cols.code < 0 && cols.name < 0)) {
          throw new AuditError('E_PROCEDURES', say('catalogueColumns', {}), { place: { file, line } });
        }
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      const daysText = (cells[cols.days] ?? '').trim();
      const limit = readLimit(daysText);
      if (limit === null) {
        throw new AuditError('E_PROCEDURES', say('catalogueDays', { value: daysText }), {
          place: { file, line, column: cols.days + 1 },
        });
      }
      entries.push({
        code: cols.code < 0 ? '' : (cells[cols.code] ?? ''),
        name: cols.name < 0 ? '' : (cells[cols.name] ?? ''),
        limit,
      });
    },
    (f) => {
      fingerprint = f;
    },
  );
  return { entries, origin: { path: file, ...fingerprint } };
}
