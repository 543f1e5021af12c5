/**
 * fixtures/ingest: the same twelve dossiers as real exports arrive, read through the CLI (in-process).
 * Every readable variant must give exactly the tidy twin's figures; every broken file must give one
 * clear message and exit 2; every report must account for its rows (read = used + rejected).
 * Expected figures are worked out by hand in fixtures/ingest/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, without types
import { buildFixtures } from '../../fixtures/ingest/generate.mjs';
import { ROOT, runCli } from '../cli/run-cli.js';

const DIR = 'fixtures/ingest';
const AS_OF = ['--as-of', '2024-04-30'];

interface Input {
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  encoding: string;
  delimiter: string;
  headerLine: number;
}
interface Stats {
  inputs: Input[];
  units: unknown[];
  total: { electronic: Record<string, unknown> };
}

async function stats(
  name: string,
  extra: string[] = [],
  cwd?: string,
): Promise<{ status: number | null; json: Stats; stderr: string }> {
  const file = cwd === undefined ? `${DIR}/${name}/dossiers.csv` : join(cwd, 'dossiers.csv');
  const r = await runCli(['stats', file, '--format', 'json', ...AS_OF, ...extra], {}, cwd ?? ROOT);
  return { status: r.status, json: (r.stdout ? JSON.parse(r.stdout) : null) as Stats, stderr: r.stderr };
}

/** Readable cases: name → extra arguments, and what the reader should report about the file. */
const TWINS: [string, string[], Partial<Input>][] = [
  ['utf8-bom', [], { encoding: 'utf-8' }],
  ['utf16le-bom', [], { encoding: 'utf-16le', delimiter: '\t' }],
  ['utf16be-bom', [], { encoding: 'utf-16be', delimiter: '\t' }],
  ['windows-1258', ['--encoding', 'windows-1258'], { encoding: 'windows-1258' }],
  ['semicolon', [], { delimiter: ';' }],
  ['tab', [], { delimiter: '\t' }],
  ['crlf', [], {}],
  ['cr-only', [], {}],
  ['quoted-newlines', [], {}],
  ['blank-rows', [], {}],
  ['title-rows', [], { headerLine: 5 }],
  ['two-row-header', [], { headerLine: 4 }],
  ['two-row-header-complete-first', [], { headerLine: 1 }],
  ['nbsp-headers', [], {}],
  ['nfd-headers', [], {}],
  ['upper-no-diacritics', [], {}],
  ['machine-names', [], {}],
  ['column-order', [], {}],
  ['excel-serial-dates', [], {}],
  ['date-forms', [], {}],
];

describe('the tidy twin', () => {
  it('gives the figures worked out by hand (fixtures/ingest/README.md)', async () => {
    const { status, json, stderr } = await stats('tidy');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.inputs[0]).toMatchObject({
      rowsRead: 12,
      rowsUsed: 12,
      rowsRejected: 0,
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
    });
    expect(json.total.electronic).toMatchObject({
      received: 12,
      resolved: 7,
      beforeDeadline: 3,
      onTime: 2,
      late: 2,
      pendingNotDue: 2,
      pendingOverdue: 1,
      withdrawn: 2,
      rates: { beforeDeadline: 42.86, onTime: 28.57, late: 28.57 },
    });
    const units = json.units as { unit: string; electronic: Record<string, unknown> }[];
    expect(units.map((u) => u.unit)).toEqual(['Phường Đông Hưng', 'Xã Hòa Bình']);
    expect(units[0]!.electronic).toMatchObject({
      received: 6,
      beforeDeadline: 2,
      onTime: 1,
      late: 1,
      pendingNotDue: 1,
      pendingOverdue: 0,
      withdrawn: 1,
    });
    expect(units[1]!.electronic).toMatchObject({
      received: 6,
      beforeDeadline: 1,
      onTime: 1,
      late: 1,
      pendingNotDue: 1,
      pendingOverdue: 1,
      withdrawn: 1,
    });
  });
});

describe("every variant gives the tidy twin's figures", () => {
  let tidy: Stats;
  beforeAll(async () => {
    tidy = (await stats('tidy')).json;
  });
  it.each(TWINS)('%s', async (name, extra, facts) => {
    const { status, json, stderr } = await stats(name, extra);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.units).toEqual(tidy.units);
    expect(json.total).toEqual(tidy.total);
    expect(json.inputs[0]).toMatchObject({ rowsRead: 12, rowsUsed: 12, rowsRejected: 0, ...facts });
  });

  it('config-file: columns and status labels from tthc-audit.config.json in the working directory', async () => {
    const { status, json, stderr } = await stats('config-file', [], join(ROOT, DIR, 'config-file'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.units).toEqual(tidy.units);
    expect(json.total).toEqual(tidy.total);
  });

  it('config-file: without the config the same file has no known header', async () => {
    const r = await runCli(['stats', `${DIR}/config-file/dossiers.csv`, ...AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no header row found');
  });

  it(
    'bad-rows: the four bad rows are rejected with their reasons, ' + 'the twelve others give the same figures',
    async () => {
      const { status, json, stderr } = await stats('bad-rows', ['--max-errors', '4']);
      expect(status).toBe(0);
      expect(json.units).toEqual(tidy.units);
      expect(json.inputs[0]).toMatchObject({ rowsRead: 16, rowsUsed: 12, rowsRejected: 4 });
      const f = `${DIR}/bad-rows/dossiers.csv`;
      expect(stderr.split('\n').filter(Boolean)).toEqual([
        `tthc-audit: ${f}:8:2: the dossier code is empty (fill it in or remove the row)`,
        `tthc-audit: ${f}:9:6: received date: "32/03/2024" is not a real date: March 2024 has 31 days`,
        `tthc-audit: ${f}:16:7: the due date (ngày hẹn trả) is empty (it is required)`,
        `tthc-audit: ${f}:17: the row has 6 fields but the header has 11 (a missing or extra delimiter, ` +
          `or an unquoted line break)`,
      ]);
    },
  );

  it('bad-rows: more rejected rows than --max-errors allows is exit 2', async () => {
    const r = await runCli(['stats', `${DIR}/bad-rows/dossiers.csv`, ...AS_OF, '--max-errors', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('4 of 16 rows were rejected, more than --max-errors allows (3)');
  });

  it(
    'unknown-status: each unknown label once, with its count, ' + 'spellings that fold alike counted together',
    async () => {
      const r = await runCli(['stats', `${DIR}/unknown-status/dossiers.csv`, '--format', 'json', ...AS_OF]);
      const notes = (
        JSON.parse(r.stdout) as { notes: { kind: string; label?: string; count?: number }[] }
      ).notes.filter((n) => n.kind === 'unknown-status');
      expect(notes.map((n) => [n.label, n.count])).toEqual([
        ['Hoàn tất', 2],
        ['Đã duyệt', 1],
      ]);
    },
  );
});

/** Broken files: one message on stderr, naming the file (and line where there is one), and exit 2. */
const BROKEN: [string, string[], string][] = [
  [
    'tcvn3',
    [],
    ': the text is typed in the TCVN3 (ABC) font encoding, not Unicode ("M· hå s¬" should read "Mã hồ sơ")',
  ],
  [
    'vni',
    [],
    ': the text is typed in the VNI Windows font encoding, not Unicode ("Maõ hoà sô" should read "Mã hồ sơ")',
  ],
  ['mojibake', [], ': the text was garbled by a wrong encoding ("MÃ£ há»“ sÆ¡" should read "Mã hồ sơ")'],
  [
    'windows-1258',
    [],
    ': the file is not UTF-8; read as Windows-1258 it says "Mã hồ sơ" (add --encoding windows-1258)',
  ],
  [
    'unclosed-quote',
    [],
    ':5: a quoted field opened in the row starting here is never closed, so the rest of the file (to line 13) ' +
      'would be one cell',
  ],
  ['binary', [], ': the file holds binary data, not CSV text'],
  ['xlsx', [], ': the workbook is damaged or incomplete'],
  ['empty', [], ': the file is empty'],
  ['header-only', [], ':1: the file has a header but no dossier rows'],
  ['no-header', [], ': no header row found in the first 30 rows'],
  [
    'month-first-due',
    [],
    ':1: column "Ngày hẹn trả" (col 7, due): 18 of 30 values are not dates, e.g. "04/13/2024" (line 14), ' +
      '"04/14/2024" (line 15), "04/15/2024" (line 16) (these dates look month-first',
  ],
];

describe('broken files: one clear message, exit 2', () => {
  it.each(BROKEN)('%s', async (name, extra, message) => {
    const r = await runCli(['stats', `${DIR}/${name}/dossiers.csv`, ...AS_OF, ...extra]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(`tthc-audit: ${DIR}/${name}/dossiers.csv${message}`);
  });

  it('legacy font text can be read as it is when the user names the font', async () => {
    for (const font of ['tcvn3', 'vni']) {
      const r = await runCli([
        'stats',
        `${DIR}/${font}/dossiers.csv`,
        '--format',
        'json',
        '--as-of',
        '2024-03-10',
        '--encoding',
        font,
      ]);
      expect(r.status).toBe(0);
      const json = JSON.parse(r.stdout) as Stats & { notes: { kind: string }[] };
      expect(json.inputs[0]).toMatchObject({ rowsRead: 2, rowsUsed: 2, encoding: font });
      expect((json.units as { unit: string }[]).map((u) => u.unit)).toEqual(['UBND xã Hòa Bình']);
      expect(json.notes.filter((n) => n.kind === 'unknown-status')).toEqual([]); // "Đã trả kết quả", "Đang xử lý" read
    }
  });
});

describe('row accounting', () => {
  const readable = [
    ['tidy', []],
    ...TWINS.map(([n, e]) => [n, e]),
    ['bad-rows', ['--max-errors', '10']],
    ['unknown-status', []],
  ] as [string, string[]][];
  it.each(readable)('%s: rows read = rows used + rows rejected', async (name, extra) => {
    const { json } = await stats(name, extra);
    for (const i of json.inputs) expect(i.rowsRead).toBe(i.rowsUsed + i.rowsRejected);
  });
});

describe('the fixture files', () => {
  it('are exactly what fixtures/ingest/generate.mjs writes', () => {
    const cases = buildFixtures() as Record<string, Record<string, Uint8Array>>;
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
    for (const [name, files] of Object.entries(cases)) {
      for (const [file, bytes] of Object.entries(files)) {
        expect(Buffer.compare(readFileSync(join(ROOT, DIR, name, file)), Buffer.from(bytes)), `${name}/${file}`).toBe(
          0,
        );
      }
    }
  });
});
