/**
 * A rejected row's reason is written in the language of the run: on stderr, in the `--rejects` file
 * and in `validate`'s report (where JSON also keeps the reason as data: its id and arguments).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

const CSV = [
  'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả',
  'X-1,Xã A,01/03/2024,05/03/2024,04/03/2024',
  'X-2,Xã A,12/25/2024,05/03/2024,04/03/2024',
  'X-3,Xã A,01/03/2024,05/03/2024,04/03/2024',
  '',
].join('\n');

const VI =
  'ngày tiếp nhận: "12/25/2024" có vẻ ghi tháng trước ngày (đọc theo ngày/tháng thì thành tháng 25): ' +
  'ngày phải ghi theo thứ tự ngày/tháng/năm (dd/mm/yyyy)';
const EN = 'received date: "12/25/2024" reads as month 25: dates must be day-first (dd/mm/yyyy)';

async function run(
  lang: string[],
): Promise<{ status: number | null; stderr: string; rejects: string[][]; file: string }> {
  const dir = writeTemp({ 'e.csv': CSV });
  const file = join(dir, 'e.csv');
  const out = join(dir, 'rejects.csv');
  const r = await runCli(['stats', file, '--as-of', '2024-03-31', '--max-errors', '1', '--rejects', out, ...lang]);
  const rejects = readFileSync(out, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  return { status: r.status, stderr: r.stderr, rejects, file };
}

describe('the reason of a rejected row follows --lang', () => {
  it('--lang vi: Vietnamese on stderr and in the --rejects file, whose columns keep their names', async () => {
    const r = await run(['--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`tthc-audit: ${r.file}:3:3: ${VI}\n`);
    expect(r.stderr).not.toContain('reads as month');
    expect(r.rejects[0]!.slice(0, 4)).toEqual(['file', 'line', 'column', 'reason']);
    expect(readFileSync(join(r.file, '../rejects.csv'), 'utf8')).toContain(
      `${r.file},3,3,"${VI.replaceAll('"', '""')}",X-2,`,
    );
  });

  it('without --lang (LANG=C): English, as before', async () => {
    const r = await run([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`tthc-audit: ${r.file}:3:3: ${EN}\n`);
    expect(readFileSync(join(r.file, '../rejects.csv'), 'utf8')).toContain(
      `${r.file},3,3,"${EN.replaceAll('"', '""')}",X-2,`,
    );
  });

  it('validate words the reason in its language; its JSON keeps the reason id and arguments', async () => {
    const dir = writeTemp({ 'e.csv': CSV });
    const file = join(dir, 'e.csv');
    const table = await runCli(['validate', file, '--lang', 'vi', '--max-errors', '1']);
    expect(table.stdout).toContain(`    ${file}:3:3: ${VI}\n`);
    const json = await runCli(['validate', file, '--lang', 'vi', '--max-errors', '1', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { problems: { kind: string; examples: unknown[] }[] };
    expect(report.problems.find((p) => p.kind === 'bad-received')!.examples).toEqual([
      {
        kind: 'bad-received',
        file,
        line: 3,
        column: 3,
        args: { reason: VI },
        reason: { id: 'dateMonthFirst', args: { field: 'received', cell: '12/25/2024', month: 25 } },
      },
    ]);
    const en = JSON.parse(
      (await runCli(['validate', file, '--max-errors', '1', '--format', 'json'])).stdout,
    ) as typeof report;
    expect(en.problems.find((p) => p.kind === 'bad-received')!.examples[0]).toMatchObject({
      args: { reason: EN },
      reason: { id: 'dateMonthFirst' },
    });
  });
});
