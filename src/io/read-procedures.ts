/**
 * `--procedures <file>`: a catalogue (CSV, or an .xlsx workbook's first sheet) with a procedure code and/or name column and the statutory
 * time in working days. Headers are matched like the dossier files' (case, diacritics ignored).
 */
import { foldKey } from '../core/fold.js';
import type { ProcedureEntry } from '../core/procedures.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { readTableRows } from './read-table-rows.js';

const CODE = ['Mã thủ tục', 'Mã TTHC', 'MaTTHC', 'code', 'procedure code'].map(foldKey);
const NAME = ['Tên thủ tục', 'Tên TTHC', 'TenTTHC', 'Thủ tục', 'name', 'procedure'].map(foldKey);
const DAYS = ['Thời hạn giải quyết', 'Thời hạn', 'Số ngày', 'Số ngày làm việc', 'working days', 'days'].map(foldKey);

export async function readProcedureFile(file: string): Promise<ProcedureEntry[]> {
  const entries: ProcedureEntry[] = [];
  let cols: { code: number; name: number; days: number } | null = null;
  await readTableRows(file, {}, (cells, line) => {
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
    const m = /^(\d{1,3})(\s*(ngày|ngay|days?|ngày làm việc))?$/i.exec(daysText);
    if (!m) {
      throw new AuditError('E_PROCEDURES', say('catalogueDays', { value: daysText }), {
        place: { file, line, column: cols.days + 1 },
      });
    }
    entries.push({
      code: cols.code < 0 ? '' : (cells[cols.code] ?? ''),
      name: cols.name < 0 ? '' : (cells[cols.name] ?? ''),
      workingDays: Number(m[1]),
    });
  });
  return entries;
}
