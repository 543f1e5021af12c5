/**
 * `--period-by` decides which dossiers the period holds; every report says which, in its header and
 * its provenance, in the run's language (it said "by receipt date" whatever the option). The district
 * sample, March 2024.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const MARCH = [
  'reconcile',
  '--electronic',
  'fixtures/district/electronic.csv',
  '--paper',
  'fixtures/district/paper.csv',
  '--as-of',
  '2024-12-31',
  '--from',
  '2024-03-01',
  '--to',
  '2024-03-31',
];

describe('the period states its basis', () => {
  it('table: received by default, "by result date" with --period-by resolved, in both places', async () => {
    const plain = (await runCli([...MARCH, '--no-color'])).stdout;
    expect(plain).toContain('As of: 2024-12-31   Period (by receipt date): from 2024-03-01 to 2024-03-31   (');
    const resolved = (await runCli([...MARCH, '--no-color', '--period-by', 'resolved'])).stdout;
    expect(resolved).toContain('As of: 2024-12-31   Period (by result date): from 2024-03-01 to 2024-03-31   (');
    expect(resolved).toContain('\n  Period (by result date): from 2024-03-01 to 2024-03-31\n');
    expect(resolved).not.toContain('by receipt date');
  });

  it('JSON: period.basis and provenance.period.basis', async () => {
    const r = await runCli([...MARCH, '--period-by', 'activity', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { period: unknown; provenance: { period: unknown } };
    const want = { from: '2024-03-01', to: '2024-03-31', basis: 'activity' };
    expect(json.period).toEqual(want);
    expect(json.provenance.period).toEqual(want);
  });

  it('markdown and HTML in Vietnamese: the basis worded, the as-of date as 31/12/2024', async () => {
    const args = [...MARCH, '--lang', 'vi', '--period-by', 'resolved'];
    const md = (await runCli([...args, '--format', 'markdown'])).stdout;
    expect(md).toContain('**Tính đến ngày:** 31/12/2024 · **Kỳ (theo ngày có kết quả):** từ 01/03/2024 đến 31/03/2024');
    const html = (await runCli([...args, '--format', 'html'])).stdout;
    expect(html).toContain('Kỳ (theo ngày có kết quả)');
    expect(html).not.toContain('theo ngày tiếp nhận');
  });
});
