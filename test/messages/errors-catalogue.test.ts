/**
 * Every error message exists in both languages, says the same facts in both, and the Vietnamese is
 * a translation, not a copy. The samples name every message: a message added without a sample fails
 * the first test, so it cannot slip past the others.
 */
import { describe, expect, it } from 'vitest';
import { AuditError, formatError } from '../../src/errors.js';
import { ERROR_MESSAGES, say, type ErrorArgs, type ErrorId } from '../../src/messages/errors.js';
import { JSON_PROBLEM_WORDS, type JsonProblem } from '../../src/messages/json-problems.js';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const problem: JsonProblem = {
  kind: 'expected',
  key: 'defaults.lang',
  expected: { kind: 'one-of', choices: ['en', 'vi'] },
  got: { kind: 'value', json: '"fr"' },
};

/** One or more argument sets per message; the values are data that must show in both languages. */
const SAMPLES: { [K in ErrorId]: ErrorArgs<K>[] } = {
  fileNotFound: [{ role: 'input' }, { role: 'config' }, { role: 'calendar' }, { role: 'procedures' }],
  cannotRead: [
    { role: 'config', code: 'EACCES' },
    { role: 'input', code: 'EIO' },
  ],
  isFolder: [{}],
  inputIsTerminal: [{ stdin: true }, { stdin: false }],
  streamInputTwice: [{}],
  notReadableInput: [{}],
  permissionDenied: [{}],
  emptyFile: [{}],
  noRowsAtAll: [{}],
  headerOnly: [{}],
  binaryKnown: [{ kind: 'zip' }, { kind: 'xls' }, { kind: 'pdf' }],
  workbookProblem: [
    { kind: 'encrypted', detail: '' },
    { kind: 'corrupt', detail: 'xl/worksheets/sheet1.xml' },
    { kind: 'tooLarge', detail: 'xl/worksheets/sheet1.xml: 3000000000 > 2147483647' },
    { kind: 'notWorkbook', detail: '' },
    { kind: 'noSheets', detail: '' },
    { kind: 'dtd', detail: 'xl/workbook.xml' },
  ],
  sheetNotFound: [{ sheet: 'Tháng 3', sheets: ['Tháng 1', 'Tháng 2'] }],
  noSheetWithHeader: [{ sheets: ['Ghi chú', 'Biểu đồ'] }],
  xlsBinary: [{}],
  binaryData: [{}],
  unknownEncoding: [{ name: 'klingon' }],
  notUtf8: [{ offset: 17 }, { offset: null }],
  notUtf8At: [{ offset: 1234 }, { offset: null }],
  notUtf8ReadsAs1258: [{ example: 'Mã hồ sơ' }, { example: null }],
  mojibake: [
    { example: 'MÃ£ há»“ sÆ¡', reading: 'Mã hồ sơ' },
    { example: '', reading: '' },
  ],
  legacyFont: [{ font: 'tcvn3', fontName: 'TCVN3 (ABC)', example: 'M· hå s¬', reading: 'Mã hồ sơ' }],
  unclosedQuote: [{ lastLine: 812 }, { lastLine: null }],
  rowTooLong: [
    { max: 1048576, bytes: true, cells: false },
    { max: 1048576, bytes: false, cells: true },
  ],
  malformedCsv: [{ detail: 'expected 9 fields, got 11' }],
  noHeader: [{ rows: 30 }],
  missingColumns: [
    { missing: [{ field: 'received', example: 'Ngày tiếp nhận' }], lookalikes: [] },
    {
      missing: [
        { field: 'received', example: 'Ngày tiếp nhận' },
        { field: 'due', example: 'Ngày hẹn trả' },
      ],
      lookalikes: [{ field: 'received', header: 'NgayNopHoSo' }],
    },
  ],
  noUnitColumn: [{}],
  unreadableDateColumn: [
    {
      header: 'Ngày hẹn trả',
      column: 5,
      field: 'due',
      bad: 37,
      values: 40,
      examples: [{ text: '12/25/2024', line: 7 }],
      monthFirst: true,
    },
    {
      header: 'Ngày trả',
      column: 6,
      field: 'completed',
      bad: 30,
      values: 31,
      examples: [{ text: 'xong', line: 3 }],
      monthFirst: false,
    },
  ],
  tooManyRejects: [
    { rejected: 17, read: 903, limit: 9, listed: 'above' },
    { rejected: 4, read: 40, limit: 0, listed: 'report' },
  ],
  notJson: [
    { role: 'config', detail: 'Unexpected token }' },
    { role: 'calendar', detail: 'Unexpected end of JSON input' },
  ],
  badConfig: [{ problem }],
  badCalendar: [
    { problem: { kind: 'repeated-date', key: 'entries[3].date', date: '2025-09-01', earlier: 'entries[1]' } },
  ],
  catalogueColumns: [{}],
  catalogueDays: [{ value: 'năm ngày' }],
  cannotWrite: [
    { code: 'ENOENT' },
    { code: 'EACCES' },
    { code: 'EISDIR' },
    { code: 'ENOSPC' },
    { code: 'EIO' },
    { code: null },
  ],
  outputExists: [{ flag: '--output' }],
  outputNotFile: [{ flag: '--details' }],
  outputDanglingLink: [{ flag: '--output', target: '/tmp/gone.json' }],
  outputFolderMissing: [{ flag: '--details', folder: 'out/' }],
  outputPathThroughFile: [{ flag: '--output', file: 'file.txt' }],
  outputIsInput: [{ flag: '--output', file: 'e.csv' }],
  outputsCollide: [{ flag: '--details', other: '--output', file: 'out.csv' }],
  binaryToTerminal: [{ format: 'xlsx' }],
  internalError: [{ detail: 'x is undefined' }],
  stdoutFailed: [{ code: 'EIO' }],
  badDateOption: [{ flag: '--from', value: '2024-31-01', example: '2024-12-31' }],
  badSourceDateEpoch: [{ value: 'yesterday' }],
  notAReport: [{}],
  fromAfterTo: [{ from: '2024-12-31', to: '2024-01-01' }],
  notAChoice: [{ flag: '--lang', value: 'fr', choices: ['en', 'vi'] }],
  formInputs: [{}],
  formOnly: [{ flag: '--rows' }],
  formFormat: [{ format: 'ndjson', formats: ['table', 'csv', 'json', 'markdown', 'html', 'xlsx'] }],
  xlsxOnly: [{ flag: '--xlsx-sheets', format: 'json' }],
  reportOnly: [{ flag: '--xlsx-sheets' }],
  byWithForm: [{}],
  formAsOfNotTo: [{ asOf: '2023-12-30', to: '2023-12-31' }],
  unknownFindingKind: [{ value: 'masked', kinds: ['masked-late', 'late-without-apology'] }],
  badMaxErrors: [{ value: 'lots' }],
  twoSourceGate: [{ flag: '--min-coverage' }],
  emptyPattern: [{ flag: '--unit' }],
  badMap: [{ value: 'kode=Mã', fields: ['code', 'unit'] }],
  badNumberOption: [
    { flag: '--max-late-rate', value: '120', whole: false, max: 100 },
    { flag: '--max-masked-late', value: '1.5', whole: true, max: 9007199254740991 },
  ],
  badDelimiter: [{ flag: '--input-delimiter', value: ';;' }],
  badCutoff: [{ value: '25:00' }],
  badOutputDelimiter: [{ value: ':' }],
  calendarYearAndReceived: [{}],
  calendarNeedsWhat: [{}],
  badYear: [{ value: '25' }],
  badWorkingDays: [{ value: '-1' }],
};

/** The data in a sample that both wordings must carry: strings and numbers, at any depth. */
function dataOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(dataOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(dataOf);
  return [];
}

/** Values that are choices of wording, not data shown as they are. */
const WORDING_ARGS = new Set(['role', 'kind', 'listed', 'monthFirst', 'whole', 'fontName']);

function shownData(args: object): string[] {
  return Object.entries(args)
    .filter(([k]) => !WORDING_ARGS.has(k))
    .flatMap(([k, v]) => (k === 'problem' ? [(v as { key: string }).key] : dataOf(v)));
}

describe('the error catalogue', () => {
  it('has the same messages in English and Vietnamese, and a sample for each', () => {
    const en = Object.keys(ERROR_MESSAGES.en).sort();
    expect(Object.keys(ERROR_MESSAGES.vi).sort()).toEqual(en);
    expect(Object.keys(SAMPLES).sort()).toEqual(en);
  });

  const cases = Object.entries(SAMPLES).flatMap(([id, samples]) =>
    (samples as object[]).map((args, i) => [`${id} #${i + 1}`, id as ErrorId, args] as const),
  );

  it.each(cases)(
    '%s: worded in both languages, the Vietnamese a translation carrying the same data',
    (_name, id, args) => {
      const en = (ERROR_MESSAGES.en[id] as (a: object) => { text: string; hint?: string })(args);
      const vi = (ERROR_MESSAGES.vi[id] as (a: object) => { text: string; hint?: string })(args);
      expect(en.text.trim()).not.toBe('');
      expect(vi.text.trim()).not.toBe('');
      expect(vi.text).not.toBe(en.text);
      expect(`${vi.text} ${vi.hint ?? ''}`).toMatch(VIETNAMESE);
      expect(vi.hint === undefined).toBe(en.hint === undefined);
      if (en.hint !== undefined) expect(vi.hint).not.toBe(en.hint);
      for (const value of shownData(args)) {
        expect(`${en.text} ${en.hint ?? ''}`).toContain(value);
        expect(`${vi.text} ${vi.hint ?? ''}`).toContain(value);
      }
      expect(vi.text.normalize('NFC')).toBe(vi.text);
      expect((vi.hint ?? '').normalize('NFC')).toBe(vi.hint ?? '');
    },
  );
});

describe('JSON file problems', () => {
  const expectedKinds: JsonProblem[] = [
    problem,
    { kind: 'expected', key: 'columns', expected: { kind: 'object' }, got: { kind: 'array' } },
    { kind: 'expected', key: 'entries[0].nameVi', expected: { kind: 'string' }, got: { kind: 'value', json: '3' } },
    {
      kind: 'expected',
      key: 'defaults.unit',
      expected: { kind: 'non-empty-string' },
      got: { kind: 'value', json: '""' },
    },
    {
      kind: 'expected',
      key: 'statusLabels[""]',
      expected: { kind: 'non-empty-label' },
      got: { kind: 'value', json: '""' },
    },
    {
      kind: 'expected',
      key: 'statusLabels["hoan tat"]',
      expected: { kind: 'label-not-repeated', earlier: 'Hoàn tất' },
      got: { kind: 'value', json: '"hoan tat"' },
    },
    {
      kind: 'expected',
      key: 'defaults.inputDelimiter',
      expected: { kind: 'one-char-or-tab' },
      got: { kind: 'value', json: '";;"' },
    },
    {
      kind: 'expected',
      key: 'defaults.delimiter',
      expected: { kind: 'output-delimiter' },
      got: { kind: 'value', json: '":"' },
    },
    { kind: 'expected', key: 'defaults.maxErrors', expected: { kind: 'max-errors' }, got: { kind: 'object' } },
    {
      kind: 'expected',
      key: 'defaults.encoding',
      expected: { kind: 'encoding' },
      got: { kind: 'value', json: '"klingon"' },
    },
    { kind: 'expected', key: 'entries[2].date', expected: { kind: 'iso-date' }, got: { kind: 'missing' } },
    {
      kind: 'expected',
      key: 'entries[2].kind',
      expected: { kind: 'off-or-working' },
      got: { kind: 'value', json: '"holiday"' },
    },
    { kind: 'expected', key: '', expected: { kind: 'entries' }, got: { kind: 'object-without-entries' } },
    { kind: 'unknown-key', key: 'defaults.colour', name: null, known: ['unit', 'lang'] },
    { kind: 'unknown-key', key: 'entries[0]', name: 'when', known: ['date', 'kind'] },
    { kind: 'repeated-date', key: 'entries[3].date', date: '2025-09-01', earlier: 'entries[1]' },
  ];

  it.each(expectedKinds.map((p) => [JSON.stringify(p), p] as const))('%s is worded in both languages', (_name, p) => {
    const en = JSON_PROBLEM_WORDS.en.problem(p);
    const vi = JSON_PROBLEM_WORDS.vi.problem(p);
    expect(vi).not.toBe(en);
    expect(vi).toMatch(VIETNAMESE);
    if (p.key !== '') {
      expect(en.startsWith(`${p.key}: `)).toBe(true);
      expect(vi.startsWith(`${p.key}: `)).toBe(true);
    }
  });

  it('keeps the English sentences users and tests already know', () => {
    expect(JSON_PROBLEM_WORDS.en.problem(problem)).toBe('defaults.lang: expected one of en, vi, got "fr"');
    expect(JSON_PROBLEM_WORDS.vi.problem(problem)).toBe(
      'defaults.lang: cần một trong các giá trị en, vi, nhưng nhận được "fr"',
    );
  });
});

describe('formatError', () => {
  it('puts the place first, then the message and its hint, in the language asked for', () => {
    const err = new AuditError('E_NO_FILE', say('fileNotFound', { role: 'input' }), { place: { file: 'so-giay.csv' } });
    expect(formatError(err, 'en')).toBe('tthc-audit: so-giay.csv: file not found (check the path)');
    expect(formatError(err, 'vi')).toBe('tthc-audit: so-giay.csv: không tìm thấy tệp (kiểm tra lại đường dẫn)');
    expect(err.message).toBe('file not found');
    expect(err.code).toBe('E_NO_FILE');
  });

  it('shows control characters from the data as \\uXXXX in both languages', () => {
    const err = new AuditError('E_PROCEDURES', say('catalogueDays', { value: 'năm\u001b[2J' }), {
      place: { file: 'tt.csv', line: 4, column: 3 },
    });
    expect(formatError(err, 'vi')).toBe(
      'tthc-audit: tt.csv:4:3: "năm\\u001B[2J" không phải là thời hạn giải quyết (ghi số ngày làm việc (5, 5 ngày ' +
        'làm việc, 0,5 ngày), số ngày lịch (30 ngày lịch), số giờ (04 giờ) hoặc Trong ngày)',
    );
  });
});
