/**
 * The form's documents never depend on the machine: `--form 06a` as html and xlsx (and json), in
 * English and Vietnamese, gives the same bytes under other time zones and locales (the built CLI in
 * a process per machine, `npm run build` first) as in-process here, and the same bytes twice (the
 * workbook is dated by the period's last day, not the clock).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type InProcessResult, runCli, runInOneProcess } from './run-cli.js';

const DEPT = [
  ...['form', '--electronic', 'fixtures/department-2024/electronic.csv'],
  ...['--paper', 'fixtures/department-2024/paper.csv', '--from', '2024-01-01', '--to', '2024-03-31'],
];
const RUNS = ['html', 'xlsx', 'json'].flatMap((format) =>
  ['en', 'vi'].map((lang) => [...DEPT, '--format', format, '--lang', lang]),
);
const MACHINES = [
  { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' },
];

let elsewhere: InProcessResult[][] = [];
beforeAll(async () => {
  elsewhere = (await Promise.all(MACHINES.map((env) => runInOneProcess(RUNS, env)))).map((m) => m.runs);
}, 120_000);

describe('form documents on other machines', () => {
  it.each(RUNS.map((run, i) => [run.slice(-3).join(' '), i] as const))(
    '%s: the same bytes under any TZ and LANG, and twice',
    async (_, i) => {
      const here = await runCli(RUNS[i]!);
      const again = await runCli(RUNS[i]!);
      expect([here.status, here.stderr]).toEqual([0, '']);
      expect(Buffer.from(again.bytes).equals(Buffer.from(here.bytes))).toBe(true);
      for (const runs of elsewhere) {
        expect(runs[i]!.status).toBe(0);
        expect(Buffer.from(runs[i]!.bytes).equals(Buffer.from(here.bytes))).toBe(true);
      }
    },
  );
});
