/**
 * `--unit` and `--procedure` select the dossiers (issue 15, item 3), end to end: case and diacritics
 * ignored, repeatable (any of them), rates and findings computed on the selection, the header saying
 * so, the JSON `selection`; `--unit-name` names the unit of files without a unit column.
 * District figures: fixtures/district/expected.json (Phòng Tư pháp: 451 E / 448 P records, 5 masked-late;
 * UBND xã Thuận An: 446 / 442).
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const DISTRICT = [
  'reconcile',
  ...['--electronic', 'fixtures/district/electronic.csv', '--paper', 'fixtures/district/paper.csv'],
  ...['--as-of', '2024-12-31'],
];

interface Json {
  units: { unit: string }[];
  total: { electronic: { received: number }; paper: { received: number }; findingCounts: Record<string, number> };
  findings: { unit: string }[];
  selection: { units: string[]; procedures: string[] };
}

describe('--unit', () => {
  it('selects the units whose name contains the pattern, ignoring case and diacritics', async () => {
    const r = await runCli([...DISTRICT, '--unit', 'TU PHAP', '--format', 'json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.units.map((u) => u.unit)).toEqual(['Phòng Tư pháp']);
    expect([j.total.electronic.received, j.total.paper.received]).toEqual([451, 448]);
    expect(j.total.findingCounts['masked-late']).toBe(5);
    expect(new Set(j.findings.map((f) => f.unit))).toEqual(new Set(['Phòng Tư pháp']));
    expect(j.selection).toEqual({ units: ['TU PHAP'], procedures: [] });
  });

  it('repeated: any of the patterns (451 + 446 = 897 electronic, 448 + 442 = 890 paper)', async () => {
    const r = await runCli([...DISTRICT, '--unit', 'tư pháp', '--unit', 'thuan an', '--format', 'json']);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.units.map((u) => u.unit)).toEqual(['Phòng Tư pháp', 'UBND xã Thuận An']);
    expect([j.total.electronic.received, j.total.paper.received]).toEqual([897, 890]);
  });

  it('the table says what it is about, in the run language', async () => {
    const en = await runCli([...DISTRICT, '--unit', 'tu phap']);
    expect(en.stdout.split('\n')[1]).toBe(
      'Selection: units whose name contains "tu phap" — every figure and finding below is of these dossiers only',
    );
    const vi = await runCli([...DISTRICT, '--unit', 'tu phap', '--lang', 'vi']);
    expect(vi.stdout.split('\n')[1]).toBe(
      'Phạm vi: đơn vị có tên chứa "tu phap" — mọi số liệu và phát hiện dưới đây chỉ tính các hồ sơ này',
    );
  });

  it('a selection with nothing in it fails a set gate, saying so', async () => {
    const r = await runCli([...DISTRICT, '--unit', 'no such unit', '--fail-on', 'masked-late']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tthc-audit: warning: no dossier in the inputs');
  });

  it('an empty pattern is a usage error', async () => {
    const r = await runCli([...DISTRICT, '--unit', ' ']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tthc-audit: --unit expects a part of a name, got an empty value (e.g. --unit "Tư pháp")\n');
  });
});

describe('--procedure', () => {
  it('selects by procedure name or code, from either source', async () => {
    // Three dossiers: two "Chứng thực …" (one of them by code 2.000815 only on paper), one birth registration.
    const dir = tempDir();
    const e = join(dir, 'e.csv');
    const p = join(dir, 'p.csv');
    writeFileSync(
      e,
      [
        'Mã hồ sơ,Đơn vị,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả',
        'X-1,Xã A,Chứng thực bản sao từ bản chính,01/03/2024,05/03/2024,04/03/2024',
        'X-2,Xã A,Đăng ký khai sinh,01/03/2024,05/03/2024,04/03/2024',
        'X-3,Xã A,Chứng thực chữ ký,01/03/2024,05/03/2024,06/03/2024',
        '',
      ].join('\n'),
    );
    writeFileSync(
      p,
      [
        'Mã hồ sơ,Cơ quan,Mã thủ tục,Nhận hồ sơ,Hẹn trả kết quả,Trả kết quả',
        'X-1,Xã A,,01/03/2024,05/03/2024,04/03/2024',
        'X-2,Xã A,1.001193,01/03/2024,05/03/2024,04/03/2024',
        'X-3,Xã A,2.000815,01/03/2024,05/03/2024,06/03/2024',
        '',
      ].join('\n'),
    );
    const base = ['reconcile', '--electronic', e, '--paper', p, '--as-of', '2024-03-31', '--format', 'json'];
    const byName = JSON.parse((await runCli([...base, '--procedure', 'CHUNG THUC'])).stdout) as Json;
    // received 2 on each side.
    expect([byName.total.electronic.received, byName.total.paper.received]).toEqual([2, 2]);
    const byCode = JSON.parse((await runCli([...base, '--procedure', '1.001193'])).stdout) as Json;
    expect([byCode.total.electronic.received, byCode.total.paper.received]).toEqual([1, 1]);
    expect(byCode.selection).toEqual({ units: [], procedures: ['1.001193'] });
  });
});
