/**
 * Vietnamese throughout (issue 15, item 6): what a person reads in Vietnamese — the table (wide and
 * stacked), its footer with findings, skipped checks, gates and notes, the reasons for exit 1 and the
 * warnings, `validate` — names no internal identifier (finding kinds, denominators, dossier classes,
 * skip reasons, gate and warning kinds, result-date modes, fields, sources) and writes dates dd/mm/yyyy.
 * What the user types stays as typed: option names with their values and file paths are taken out
 * before looking. English gets its plurals right.
 */
import { describe, expect, it } from 'vitest';
import { RESULT_DATE_MODES } from '../../src/core/classify.js';
import { DENOMINATORS } from '../../src/core/summarise.js';
import { DOSSIER_CLASSES, FIELDS, SOURCES } from '../../src/core/types.js';
import { FINDING_KINDS } from '../../src/findings/kinds.js';
import { SKIP_REASONS } from '../../src/findings/skipped.js';
import { runCli } from './run-cli.js';

const IDENTIFIERS = [
  ...FINDING_KINDS,
  ...DENOMINATORS,
  ...DOSSIER_CLASSES,
  ...SKIP_REASONS,
  ...RESULT_DATE_MODES,
  ...FIELDS,
  ...SOURCES,
  ...['max-late-rate', 'max-masked-late', 'min-coverage', 'fail-on', 'not-empty'],
  ...['empty-period', 'empty-side', 'as-of-before-period', 'looks-like-other-source', 'same-file', 'units-on-one-side'],
  ...['unknown-status', 'as-of-from-data', 'as-of-from-to', 'calendar-computed'],
];

/** The text with what the user typed taken out: `--option value`, `--option`, and file paths. */
function withoutTyped(text: string): string {
  return text
    .replace(/--[a-z-]+(?: (?!--)[^\s()]+)?/g, ' ')
    .replace(/(?:fixtures|test)\/[^\s:]+/g, ' ')
    .replace(/<[a-z]+>/g, ' ');
}

function leaks(text: string): string[] {
  const plain = withoutTyped(text);
  const found = IDENTIFIERS.filter((id) => new RegExp(`(?<![\\p{L}\\w-])${id}(?![\\p{L}\\w-])`, 'u').test(plain));
  const iso = plain.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
  return [...new Set([...found, ...iso])];
}

const DISTRICT = ['--electronic', 'fixtures/district/electronic.csv', '--paper', 'fixtures/district/paper.csv'];
const TET = [
  ...['--electronic', 'fixtures/tet-2024/electronic.csv', '--paper', 'fixtures/tet-2024/paper.csv'],
  ...['--procedures', 'fixtures/tet-2024/procedures.csv', '--calendar', 'fixtures/tet-2024/calendar.json'],
];

describe('Vietnamese human output names no internal identifier', () => {
  const runs: [string, string[], Record<string, string>][] = [
    [
      'district, gates, wide',
      [
        'reconcile',
        ...DISTRICT,
        '--as-of',
        '2024-12-31',
        '--wide',
        '--fail-on',
        'any',
        '--max-late-rate',
        '2',
        '--max-masked-late',
        '0',
        '--min-coverage',
        '99.5',
      ],
      {},
    ],
    [
      'district, stacked, a period',
      ['reconcile', ...DISTRICT, '--from', '2024-03-01', '--to', '2024-06-30'],
      { COLUMNS: '80' },
    ],
    ['tet-2024, every kind of finding', ['reconcile', ...TET, '--as-of', '2025-09-05', '--denominator', 'qd766'], {}],
    ['stats, as-of from the data', ['stats', 'fixtures/dak-lak-2023/electronic.csv'], {}],
    [
      'an empty period with a gate',
      ['reconcile', ...DISTRICT, '--from', '2030-01-01', '--as-of', '2024-12-31', '--fail-on', 'masked-late'],
      {},
    ],
    [
      'swapped sides',
      ['reconcile', '--electronic', 'fixtures/district/paper.csv', '--paper', 'fixtures/district/electronic.csv'],
      {},
    ],
    [
      'validate',
      ['validate', 'fixtures/ingest/unknown-status/dossiers.csv', 'fixtures/ingest/bad-rows/dossiers.csv'],
      {},
    ],
  ];
  for (const [name, args, env] of runs) {
    it(name, async () => {
      const r = await runCli([...args, '--lang', 'vi'], env);
      expect(r.status).toBeLessThan(2);
      expect(leaks(r.stdout)).toEqual([]);
      expect(leaks(r.stderr)).toEqual([]);
    });
  }

  it('the check finds what it looks for', () => {
    expect(leaks('Cách tính tỷ lệ: resolved: …')).toEqual(['resolved']);
    expect(leaks('  masked-late   36  sổ giấy quá hạn; hẹn trả 2024-02-27')).toEqual(['masked-late', '2024-02-27']);
    expect(leaks('(--fail-on masked-late) fixtures/district/electronic.csv, 27/02/2024')).toEqual([]);
  });

  it('dates are dd/mm/yyyy in the table and the finding messages', async () => {
    const r = await runCli(['reconcile', ...DISTRICT, '--as-of', '2024-12-31', '--lang', 'vi']);
    expect(r.stdout).toContain('Tính đến ngày: 31/12/2024');
    // 000.03.36.H17-240226-0001: due 27/02/2024 (fixtures/district: the first masked-late of Phòng Tư pháp).
    expect(r.stdout).toContain('so với ngày hẹn trả 27/02/2024; hệ thống điện tử: đúng hạn');
    expect(r.stdout).toContain('Cách tính tỷ lệ: trên số đã giải quyết: quá hạn / (trước hạn + đúng hạn + quá hạn)');
  });

  it('--help in Vietnamese has no "[options]"', async () => {
    for (const args of [['--help'], ['reconcile', '--help'], ['stats', '--help']]) {
      const r = await runCli([...args, '--lang', 'vi']);
      expect(r.stdout).not.toContain('[options]');
      expect(r.stdout).toMatch(/^Cách dùng: tthc-audit .*\[tùy chọn\]/);
    }
  });
});

describe('English plurals', () => {
  it('one problem, one row', async () => {
    const r = await runCli(['validate', 'fixtures/ingest/bad-rows/dossiers.csv', '--max-errors', '4']);
    expect(r.stdout).not.toMatch(/\b1 problems\b|\b1 rows\b/);
    const one = await runCli(['validate', 'fixtures/ingest/month-first-due/dossiers.csv', '--max-errors', '5']);
    expect(one.stdout).not.toMatch(/\b1 problems\b|\b1 rows\b/);
  });
});
