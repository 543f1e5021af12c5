/**
 * The terminal table laid out for its width (issue 15, item 4): the district fixture at 80, 100, 120
 * and 200 columns, English and Vietnamese, colour off (NO_COLOR, as every CLI test runs). The snapshots
 * in __snapshots__/ were read by hand: at 80 columns each unit is stacked (one figure per line, a
 * column per source); from 100 on, one line per source under compact headings; long unit names wrap
 * inside their cell, continuing indented by two. Every line fits the width it was given.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapName } from '../../src/render/unit-table.js';
import { runCli } from '../cli/run-cli.js';

const DISTRICT = [
  'reconcile',
  ...['--electronic', 'fixtures/district/electronic.csv', '--paper', 'fixtures/district/paper.csv'],
  ...['--as-of', '2024-12-31'],
];

const table = async (width: number | null, extra: string[] = []): Promise<string> => {
  const r = await runCli([...DISTRICT, ...extra], width === null ? {} : { COLUMNS: String(width) });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
};

const widest = (text: string): number => Math.max(...text.split('\n').map(displayWidth));

describe('the table at a terminal width', () => {
  for (const lang of ['en', 'vi'] as const) {
    for (const width of [80, 100, 120, 200]) {
      it(`${width} columns, ${lang}: fits, as in the snapshot`, async () => {
        const out = await table(width, ['--lang', lang]);
        expect(widest(out)).toBeLessThanOrEqual(width);
        await expect(out).toMatchFileSnapshot(`__snapshots__/district-${width}-${lang}.txt`);
      });
    }
  }

  for (const lang of ['en', 'vi'] as const) {
    for (const width of [80, 100]) {
      it(`--by quarter, ${width} columns, ${lang}: quarters under each unit, fits, as in the snapshot`, async () => {
        const out = await table(width, ['--lang', lang, '--by', 'quarter']);
        expect(widest(out)).toBeLessThanOrEqual(width);
        await expect(out).toMatchFileSnapshot(`__snapshots__/district-by-quarter-${width}-${lang}.txt`);
      });
    }
  }

  it('80 columns stack each unit; 100 keep one line per source', async () => {
    const at80 = (await table(80)).split('\n');
    // Phòng Tư pháp, stacked: its name alone on a line, then "Electronic  Paper", then one figure per line.
    const i = at80.indexOf('Phòng Tư pháp');
    expect(i).toBeGreaterThan(0);
    expect(at80[i + 1]!.trim().split(/\s+/)).toEqual(['Electronic', 'Paper']);
    // Records 451 (E) and 448 (P): fixtures/district/expected.json.
    expect(at80[i + 2]!.trim().split(/\s+/)).toEqual(['Records', '451', '448']);
    const at100 = (await table(100)).split('\n');
    expect(at100.find((l) => l.startsWith('Phòng Tư pháp'))).toMatch(/^Phòng Tư pháp +E +451 +425 +377 88\.71%/);
  });

  it('a long unit name wraps inside its cell, its continuation indented, next to the P line', async () => {
    const lines = (await table(100)).split('\n');
    // 18 columns for names at 100: "Văn phòng đăng" | "ký đất đai -" | "Chi nhánh Đắk" | "Mil".
    const at = lines.findIndex((l) => l.startsWith('Văn phòng đăng '));
    expect(lines[at]).toMatch(/ E +557 /);
    expect(lines[at + 1]).toMatch(/^ {2}ký đất đai - +P +554 /);
    expect(lines.slice(at + 2, at + 4)).toEqual(['  Chi nhánh Đắk', '  Mil']);
  });

  it('on a pipe (no COLUMNS) there is no limit: names up to 28 columns stay whole', async () => {
    const out = await table(null);
    expect(out).toMatch(/^UBND thị trấn Đắk Mil +E +827 /m);
  });

  it('--wide adds pending, withdrawn, data issues and late without apology', async () => {
    const heads = (out: string): string => out.split('\n').slice(1, 3).join('\n');
    const compact = await table(200);
    const wide = await table(200, ['--wide']);
    expect(heads(compact)).not.toContain('apology');
    expect(heads(wide)).toMatch(/Not +Over- +With- .*Late, no\n.*due +due +drawn .*apology$/);
    // Phòng Tư pháp, electronic: 12 not yet due, 8 overdue (fixtures/district/expected.json).
    expect(wide).toMatch(/^Phòng Tư pháp +E .* 11 2\.59% +12 +8 /m);
  });
});

describe('wrapName', () => {
  it('breaks at spaces, indents continuations by two, cuts a word longer than the cell', () => {
    expect(wrapName('Văn phòng đăng ký đất đai - Chi nhánh Đắk Mil', 18)).toEqual([
      'Văn phòng đăng ký',
      '  đất đai - Chi',
      '  nhánh Đắk Mil',
    ]);
    expect(wrapName('Xã A', 18)).toEqual(['Xã A']);
    expect(wrapName('ABCDEFGHIJ', 4)).toEqual(['ABCD', '  EF', '  GH', '  IJ']);
  });
});
