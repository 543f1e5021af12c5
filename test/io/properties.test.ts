/**
 * Property tests of the reader. (1) Random dossiers written in random dialects — delimiter, quoting,
 * line ends, BOM and encoding, header aliases and spellings, column order, title and blank rows, every
 * date form of dates.ts — read back through readDossierFile give the records of the same dossiers
 * written tidily, with the dates and codes that were generated. (2) No input bytes, with any reading
 * options, make readDossierFile throw anything but AuditError.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES } from '../../src/core/columns.js';
import { civilFromDays, daysFromCivil, type Day } from '../../src/core/day.js';
import type { DossierRecord } from '../../src/core/types.js';
import { AuditError } from '../../src/errors.js';
import { readDossierFile, type ReadOptions } from '../../src/io/read-dossiers.js';
import { tempDir } from '../cli/run-cli.js';
// @ts-expect-error: a plain JavaScript script, without types
import { cp1258 } from '../../fixtures/ingest/generate.mjs';

const dir = tempDir();
let n = 0;
function fileWith(bytes: Uint8Array): string {
  const file = join(dir, `p${++n}.csv`);
  writeFileSync(file, bytes);
  return file;
}

const WORDS = [
  'Xã',
  'Hòa',
  'Bình',
  'Phường',
  'Đông',
  'Hưng',
  'Chứng',
  'thực',
  'bản',
  'sao',
  'Đăng',
  'ký',
  'khai',
  'sinh',
  'kết',
  'hôn',
  'Nguyễn',
  'Văn',
  'Trần',
  'Thị',
  'Ủy',
  'ban',
  'nhân',
  'dân',
  'số',
  '12',
  'A',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '; ', ' "', '" ', '\n', ' - ', '\t'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([w, s]) => w + s).join('') + 'x');
const STATUSES = ['Đã trả kết quả', '10', 'Đang xử lý', '4', 'Trễ hạn', 'Rút hồ sơ', 'Đã xử lý xong', ''];
const FIRST_DAY = daysFromCivil(2020, 1, 1);

interface Dossier {
  code: string;
  unit: string;
  procedure: string;
  received: Day;
  due: Day;
  completed: Day | null;
  returned: Day | null;
  status: string;
  note: string;
}

const dossier = (i: number): fc.Arbitrary<Dossier> =>
  fc
    .record({
      unit: text,
      procedure: text,
      note: text,
      status: fc.constantFrom(...STATUSES),
      received: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 2500 }),
      dueIn: fc.integer({ min: 0, max: 60 }),
      completedIn: fc.option(fc.integer({ min: 0, max: 90 })),
      returnedIn: fc.option(fc.integer({ min: 0, max: 90 })),
    })
    .map((d) => ({
      code: `H56.${i}-${d.received}-${String(i).padStart(4, '0')}`,
      unit: d.unit,
      procedure: d.procedure,
      note: d.note,
      status: d.status,
      received: d.received,
      due: d.received + d.dueIn,
      completed: d.completedIn === null ? null : d.received + d.completedIn,
      returned: d.returnedIn === null ? null : d.received + d.returnedIn,
    }));

/** Every form dates.ts reads, as a function of a day (times are checked then dropped). */
const two = (x: number): string => String(x).padStart(2, '0');
const DATE_FORMS: ((day: Day) => string)[] = [
  (day) => {
    const c = civilFromDays(day);
    return `${two(c.day)}/${two(c.month)}/${c.year}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${c.day}/${c.month}/${c.year}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${two(c.day)}-${two(c.month)}-${c.year}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${two(c.day)}.${two(c.month)}.${c.year}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${c.year}-${two(c.month)}-${two(c.day)}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${c.year}-${two(c.month)}-${two(c.day)} 07:45:12`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${c.year}-${two(c.month)}-${two(c.day)}T23:59:00+07:00`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `${two(c.day)}/${two(c.month)}/${c.year} 16:30`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `08:05 ${two(c.day)}/${two(c.month)}/${c.year}`;
  },
  (day) => {
    const c = civilFromDays(day);
    return `14 giờ 20 phút, ngày ${two(c.day)} tháng ${two(c.month)} năm ${c.year}`;
  },
  (day) => String(day + 25569),
  (day) => `${day + 25569}.6875`,
];

const FIELDS = ['code', 'unit', 'procedure', 'received', 'due', 'completed', 'returned', 'status'] as const;

interface Dialect {
  delimiter: ',' | ';' | '\t';
  nameDelimiter: boolean;
  quoteAll: boolean;
  eol: '\n' | '\r\n' | '\r';
  finalEol: boolean;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  aliasPick: number[];
  spelling: 'as-is' | 'upper' | 'nfd' | 'no-marks' | 'nbsp';
  order: number[];
  titleRows: number;
  blankAfter: number[];
  dateForm: number[];
}

const dialect = fc.record<Dialect>({
  delimiter: fc.constantFrom(',', ';', '\t'),
  nameDelimiter: fc.boolean(),
  quoteAll: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  finalEol: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'),
  aliasPick: fc.array(fc.nat(20), { minLength: FIELDS.length, maxLength: FIELDS.length }),
  spelling: fc.constantFrom('as-is', 'upper', 'nfd', 'no-marks', 'nbsp'),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 9, maxLength: 9 }),
  titleRows: fc.nat(3),
  blankAfter: fc.array(fc.nat(30), { maxLength: 3 }),
  dateForm: fc.array(fc.nat(DATE_FORMS.length - 1), { minLength: 4, maxLength: 4 }),
});

function spell(header: string, how: Dialect['spelling']): string {
  if (how === 'upper') return header.toUpperCase();
  if (how === 'nfd') return header.normalize('NFD');
  if (how === 'no-marks')
    return header
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
  if (how === 'nbsp') return ` ${header.replace(/ /g, '\u00a0')} `;
  return header;
}

function writeCsv(rows: string[][], d: Dialect): string {
  const cell = (v: string): string =>
    d.quoteAll || v.includes(d.delimiter) || /["\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return rows.map((r) => r.map(cell).join(d.delimiter)).join(d.eol) + (d.finalEol ? d.eol : '');
}

function encode(textOut: string, d: Dialect): Uint8Array {
  switch (d.encoding) {
    case 'utf-8':
      return Buffer.from(textOut, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\ufeff' + textOut, 'utf8');
    case 'utf-16le':
      return Buffer.from('\ufeff' + textOut, 'utf16le');
    case 'utf-16be':
      return Buffer.from('\ufeff' + textOut, 'utf16le').swap16();
    case 'windows-1258':
      return cp1258(textOut) as Uint8Array;
  }
}

/** The file in the dialect, and the tidy file (UTF-8, comma, LF, first aliases, ISO dates, no extras). */
function files(dossiers: Dossier[], d: Dialect): { messy: Uint8Array; tidy: Uint8Array } {
  const headers = [
    ...FIELDS.map((f, i) => spell(FIELD_ALIASES[f][d.aliasPick[i]! % FIELD_ALIASES[f].length]!, d.spelling)),
    'Ghi chú',
  ];
  const date = (day: Day | null, k: number): string => (day === null ? '' : DATE_FORMS[d.dateForm[k]!]!(day));
  const cells = (x: Dossier): string[] => [
    x.code,
    x.unit,
    x.procedure,
    date(x.received, 0),
    date(x.due, 1),
    date(x.completed, 2),
    date(x.returned, 3),
    x.status,
    x.note,
  ];
  const rows: string[][] = [];
  for (let t = 0; t < d.titleRows; t++) rows.push([`BÁO CÁO SỐ ${t + 1}`]);
  rows.push(d.order.map((i) => headers[i]!));
  dossiers.forEach((x, i) => {
    rows.push(d.order.map((c) => cells(x)[c]!));
    if (d.blankAfter.includes(i)) rows.push(d.order.map(() => ''));
  });
  const iso = (day: Day | null): string => (day === null ? '' : DATE_FORMS[4]!(day));
  const tidyRows = [
    FIELDS.map((f) => FIELD_ALIASES[f][0]!),
    ...dossiers.map((x) => [
      x.code,
      x.unit,
      x.procedure,
      iso(x.received),
      iso(x.due),
      iso(x.completed),
      iso(x.returned),
      x.status,
    ]),
  ];
  const tidyDialect: Dialect = { ...d, delimiter: ',', quoteAll: false, eol: '\n', finalEol: true };
  return { messy: encode(writeCsv(rows, d), d), tidy: Buffer.from(writeCsv(tidyRows, tidyDialect), 'utf8') };
}

const project = (r: DossierRecord) => ({
  code: r.code,
  rawCode: r.rawCode,
  unit: r.unit,
  procedure: r.procedure,
  received: r.received,
  due: r.due,
  completed: r.completed,
  returned: r.returned,
  statusKind: r.statusKind,
  labelClass: r.labelClass,
  statusLabel: r.statusLabel,
});

describe('random dossiers in random dialects read back as the same records', () => {
  it('holds', async () => {
    const dossiers = fc
      .integer({ min: 1, max: 25 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => dossier(i + 1))));
    await fc.assert(
      fc.asyncProperty(dossiers, dialect, fc.boolean(), async (list, d, fast) => {
        const { messy, tidy } = files(list, d);
        const opts: ReadOptions = {
          fast,
          ...(d.encoding === 'windows-1258' ? { encoding: 'windows-1258' } : {}),
          ...(d.nameDelimiter ? { delimiter: d.delimiter } : {}),
        };
        const got = await readDossierFile({ file: fileWith(messy), source: 'paper' }, opts);
        const want = await readDossierFile({ file: fileWith(tidy), source: 'paper' }, {});
        expect(got.rowsRejected).toBe(0);
        expect(got.rowsRead).toBe(list.length);
        expect(got.records.map(project)).toEqual(want.records.map(project));
        expect(got.records.map((r) => [r.rawCode, r.received, r.due, r.completed, r.returned])).toEqual(
          list.map((x) => [x.code, x.received, x.due, x.completed, x.returned]),
        );
        expect(got.headerLine).toBe(d.titleRows + 1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('no input makes the reader throw anything but AuditError', () => {
  const FRAGMENTS = [
    'a',
    ',',
    ';',
    '\t',
    '"',
    '""',
    '\n',
    '\r',
    '\r\n',
    ' ',
    'Mã hồ sơ',
    'Ngày tiếp nhận',
    'Ngày hẹn trả',
    'Đơn vị',
    'MaHoSo',
    'NgayHenTra',
    'Ngày',
    'Tiếp nhận',
    'Hẹn trả',
    '01/03/2024',
    '12/31/2024',
    '45352.5',
    'Đang xử lý',
    '\u0000',
    '\ufeff',
    '\u0301',
    '\u00b7\u00e5\u00ac',
    'M\u00c3\u00a3',
    'x'.repeat(300),
  ];
  const csvish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }).chain((parts) =>
    fc
      .constantFrom<(s: string) => Uint8Array>(
        (s) => Buffer.from(s, 'utf8'),
        (s) => Buffer.from('\ufeff' + s, 'utf16le'),
        (s) => Buffer.from(s, 'latin1'),
        (s) => Buffer.from(s, 'utf16le'),
      )
      .map((enc) => enc(parts.join(''))),
  );
  const options = fc.record(
    {
      encoding: fc.constantFrom('windows-1258', 'tcvn3', 'vni', 'utf-16le', 'latin1', 'utf-8', 'no-such-encoding'),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      unit: fc.constant('Xã A'),
      map: fc.constantFrom({ code: 'a' }, { received: 'Ngày', due: 'a' }),
      fast: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('for random bytes and CSV-like text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), csvish), options, async (bytes, opts) => {
        try {
          const f = await readDossierFile({ file: fileWith(bytes), source: 'electronic' }, opts as ReadOptions);
          expect(f.rowsRead).toBe(f.records.length + f.rowsRejected);
        } catch (err) {
          if (!(err instanceof AuditError)) throw err;
        }
      }),
      { numRuns: 400 },
    );
  });
});
