/**
 * A dossier still waiting for the applicant's papers at the as-of date, end to end: the export records
 * the request (Tue 6/2/2024, nothing supplied), the register has no supplement columns. Due Mon 19/2;
 * as of Fri 1/3 the wait is the 13 working days in (6/2, 1/3] (Tết 8–14/2 off), so the due date moves
 * to Thu 7/3 on both sides (worked out in test/core/supplement.test.ts): pending, not yet due, and no
 * finding. Before this rule the dossier was "pending, overdue" by 11 days on both sides.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

describe('a dossier waiting for the applicant at the as-of date', () => {
  it("is pending, not yet due, on both sides, with the due date moved to the as-of date's wait", async () => {
    const dir = writeTemp({
      'e.csv':
        'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày yêu cầu bổ sung,Ngày bổ sung\n' +
        'W-1,Xã A,05/02/2024,19/02/2024,,06/02/2024,\n',
      'p.csv': 'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả\nW-1,Xã A,05/02/2024,19/02/2024,\n',
    });
    const r = await runCli([
      'reconcile',
      '--electronic',
      join(dir, 'e.csv'),
      '--paper',
      join(dir, 'p.csv'),
      '--as-of',
      '2024-03-01',
      '--format',
      'json',
      '--dossiers',
      join(dir, 'd.json'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      total: {
        electronic: { pendingNotDue: number; pendingOverdue: number };
        paper: { pendingNotDue: number; pendingOverdue: number };
      };
      findings: unknown[];
    };
    expect(report.total.electronic).toMatchObject({ pendingNotDue: 1, pendingOverdue: 0 });
    expect(report.total.paper).toMatchObject({ pendingNotDue: 1, pendingOverdue: 0 });
    expect(report.findings).toEqual([]);
    const [d] = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as {
      electronic: { effectiveDue: string; class: string };
      paper: { effectiveDue: string; class: string };
    }[];
    expect(d!.electronic).toMatchObject({ class: 'pending-not-due', effectiveDue: '2024-03-07' });
    expect(d!.paper).toMatchObject({ class: 'pending-not-due', effectiveDue: '2024-03-07' });
  });
});
