/**
 * Reading a `--procedures` catalogue: headers matched like the dossier files' (case and diacritics
 * ignored), times as a whole number of working days with an optional "ngày (làm việc)" / "days".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditError } from '../../src/errors.js';
import { readProcedureFile } from '../../src/io/read-procedures.js';
import { ROOT, writeTemp } from '../cli/run-cli.js';
// @ts-expect-error: a plain .mjs script without types
import { Book } from '../../fixtures/workbooks/make-workbooks.mjs';

const file = (text: string): string => join(writeTemp({ 'procedures.csv': text }), 'procedures.csv');

async function failure(text: string): Promise<AuditError> {
  const err = await readProcedureFile(file(text)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AuditError);
  return err as AuditError;
}

describe('readProcedureFile', () => {
  it('reads a catalogue saved as an .xlsx workbook (its first sheet; times as numbers or text)', async () => {
    const book = new Book().addSheet('Danh mục', [
      ['Mã TTHC', 'Tên thủ tục', 'Thời hạn giải quyết'],
      ['1.000894.H12', 'Đăng ký kết hôn', { n: 5 }],
      ['2.000908.H12', 'Cấp bản sao trích lục hộ tịch', '1 ngày'],
    ]);
    const path = join(writeTemp({ 'danh-muc.xlsx': book.zip() }), 'danh-muc.xlsx');
    expect((await readProcedureFile(path)).entries).toEqual([
      { code: '1.000894.H12', name: 'Đăng ký kết hôn', limit: { amount: 5, unit: 'working-days' } },
      { code: '2.000908.H12', name: 'Cấp bản sao trích lục hộ tịch', limit: { amount: 1, unit: 'working-days' } },
    ]);
  });

  it('reads the tet-2024 catalogue, with "ngày" and "ngày làm việc" after the number', async () => {
    expect((await readProcedureFile(join(ROOT, 'fixtures/tet-2024/procedures.csv'))).entries).toEqual([
      { code: '1.000894.H12', name: 'Đăng ký kết hôn', limit: { amount: 5, unit: 'working-days' } },
      { code: '1.001612.H12', name: 'Đăng ký thành lập hộ kinh doanh', limit: { amount: 3, unit: 'working-days' } },
      { code: '2.000908.H12', name: 'Cấp bản sao trích lục hộ tịch', limit: { amount: 1, unit: 'working-days' } },
      {
        code: '1.009994.H12',
        name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
        limit: { amount: 15, unit: 'working-days' },
      },
    ]);
  });

  it('accepts headers without diacritics or in machine form, and skips blank rows', async () => {
    expect((await readProcedureFile(file('MaTTHC;THOI HAN\n2.000815;10 days\n;\n1.000948.H38;2\n'))).entries).toEqual([
      { code: '2.000815', name: '', limit: { amount: 10, unit: 'working-days' } },
      { code: '1.000948.H38', name: '', limit: { amount: 2, unit: 'working-days' } },
    ]);
  });

  it('accepts a catalogue of names only', async () => {
    expect((await readProcedureFile(file('Tên thủ tục,Số ngày làm việc\nĐăng ký kết hôn,5\n'))).entries).toEqual([
      { code: '', name: 'Đăng ký kết hôn', limit: { amount: 5, unit: 'working-days' } },
    ]);
  });

  it('refuses a catalogue without a time column, naming the file and line', async () => {
    const err = await failure('Mã thủ tục,Tên thủ tục\n1.000894,Đăng ký kết hôn\n');
    expect(err.code).toBe('E_PROCEDURES');
    expect(err.place).toMatchObject({ line: 1 });
    expect(err.message).toMatch(/Thời hạn giải quyết/);
  });

  it('refuses a time limit it cannot read, with its line and column', async () => {
    const err = await failure('Mã thủ tục,Thời hạn giải quyết\n1.000894,5\n1.001612,hai tuần\n');
    expect(err.code).toBe('E_PROCEDURES');
    expect(err.place).toMatchObject({ line: 3, column: 2 });
    expect(err.message).toContain('hai tuần');
  });

  it('stops at a byte that is not UTF-8, naming its line and column (a code is never read garbled)', async () => {
    const path = join(writeTemp({}), 'tt.csv');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('MaTTHC,THOI HAN\n1.000'), Buffer.from([0xff]), Buffer.from('894,5\n')]),
    );
    const err = (await readProcedureFile(path).catch((e: unknown) => e)) as AuditError;
    expect(err.code).toBe('E_NOT_UTF8');
    expect(err.place).toMatchObject({ file: path, line: 2, column: 1 });
  });
});
