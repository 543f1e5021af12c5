/**
 * `--result-date` decides which date is "the result" (core/classify.ts); the finding's sides carry that
 * date (`result`), and the dossier list, the workbook and the result-mismatch message show it. Worked
 * by hand: R-1 is due 05/03/2024; electronically completed 04/03 but handed back 08/03; on paper handed
 * back 06/03.
 * - auto (completed, else returned): electronic result 04/03 (before deadline), paper 06/03 (late, 1
 *   working day: Wed 06/03 after Tue 05/03) → masked-late and completed-date-mismatch (04/03 vs 06/03).
 * - returned: electronic 08/03 (late, Wed 06 → Fri 08: 3 working days), paper 06/03 (late) → same class,
 *   no masked-late; completed-date-mismatch 08/03 vs 06/03; days late the larger side's: 3.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const ELECTRONIC = [
  'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Trạng thái',
  'R-1,Xã A,01/03/2024,05/03/2024,04/03/2024,08/03/2024,Đã trả kết quả',
];
const PAPER = ['Mã hồ sơ,Cơ quan,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả', 'R-1,Xã A,01/03/2024,05/03/2024,06/03/2024'];

function pair(): { dir: string; args: string[] } {
  const dir = tempDir();
  writeFileSync(join(dir, 'e.csv'), ELECTRONIC.join('\n') + '\n');
  writeFileSync(join(dir, 'p.csv'), PAPER.join('\n') + '\n');
  return {
    dir,
    args: ['reconcile', '--electronic', join(dir, 'e.csv'), '--paper', join(dir, 'p.csv'), '--as-of', '2024-03-31'],
  };
}

type Row = Record<string, string>;

async function details(mode: string): Promise<Row[]> {
  const { dir, args } = pair();
  const out = join(dir, 'd.csv');
  const r = await runCli([...args, '--result-date', mode, '--details', out, '--headers', 'keys', '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const json = JSON.parse(r.stdout) as { findings: { kind: string; electronic: { result: string | null } }[] };
  const lines = readFileSync(out, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n');
  const head = lines[0]!.split(',');
  // The messages hold commas inside quotes: the columns before `message` are plain.
  const rows = lines
    .slice(1)
    .map((line) => Object.fromEntries(head.slice(0, 18).map((h, i) => [h, line.split(',')[i]!])));
  expect(rows.map((r) => r.kind)).toEqual(json.findings.map((f) => f.kind));
  expect(json.findings.map((f) => f.electronic.result)).toEqual(rows.map((row) => row.electronic_result));
  return rows.map((row, i) => ({ ...row, line: lines[i + 1]! }));
}

describe('--result-date and what findings show', () => {
  it('auto: the completion date is the result (before deadline electronically, late on paper)', async () => {
    const rows = await details('auto');
    expect(rows.map((r) => r.kind)).toEqual(['masked-late', 'completed-date-mismatch']);
    expect(rows.map((r) => [r.electronic_result, r.paper_result])).toEqual([
      ['2024-03-04', '2024-03-06'],
      ['2024-03-04', '2024-03-06'],
    ]);
    expect(rows[0]!.line).toContain('1 working day past the due date 2024-03-05');
    expect(rows[1]!.line).toContain('result 2024-03-04 electronically, 2024-03-06 on paper');
  });

  it('returned: the hand-back date is the result, in the list and in the message', async () => {
    const rows = await details('returned');
    expect(rows.map((r) => r.kind)).toEqual(['completed-date-mismatch']);
    expect([rows[0]!.electronic_class, rows[0]!.electronic_result, rows[0]!.calendar_days_late]).toEqual([
      'late',
      '2024-03-08',
      '3',
    ]);
    expect(rows[0]!.line).toContain('result 2024-03-08 electronically, 2024-03-06 on paper');
  });

  it('returned: the workbook Findings sheet shows the hand-back date as a date cell', async () => {
    const { dir, args } = pair();
    const out = join(dir, 'r.xlsx');
    const r = await runCli([...args, '--result-date', 'returned', '--format', 'xlsx', '--output', out]);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Findings')!;
    const heads = sheet.getRow(1).values as unknown[];
    const v = sheet.getRow(2).getCell(heads.indexOf('Result date E')).value as Date;
    expect(v.toISOString().slice(0, 10)).toBe('2024-03-08');
  });
});
