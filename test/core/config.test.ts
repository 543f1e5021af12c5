/**
 * The config file's content: every key validated, and each message names the key, what was expected
 * and what was received.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/core/config.js';
import { FIELDS } from '../../src/core/types.js';
import { problemText } from '../../src/messages/json-problems.js';

const parse = (json: unknown) => parseConfig(json, 'tthc-audit.config.json', { langs: ['en', 'vi'] });
const message = (json: unknown): string => {
  try {
    parse(json);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return problemText((err as ConfigError).problem, 'en');
  }
  throw new Error('no error');
};

describe('parseConfig', () => {
  it('reads columns, status labels (keyed by their folded form) and defaults', () => {
    const c = parse({
      $schema: './schema.json',
      columns: { code: 'Số biên nhận', received: ['Ngày nhận HS', 'NgayNop'] },
      statusLabels: { 'Hoàn tất': 'returned', CHẬM: 'late', 'Đã duyệt': 'processing' },
      defaults: {
        unit: 'UBND xã An Bình',
        encoding: 'windows-1258',
        delimiter: 'tab',
        lang: 'vi',
        resultDate: 'completed',
        maxErrors: 5,
        denominator: 'due',
        cutoff: '15:00',
        by: 'quarter',
        periodBy: 'resolved',
      },
    });
    expect(c.columns).toEqual({ code: ['Số biên nhận'], received: ['Ngày nhận HS', 'NgayNop'] });
    expect([...c.statusLabels]).toEqual([
      ['hoan tat', { kind: 'returned', labelClass: null }],
      ['cham', { kind: null, labelClass: 'late' }],
      ['da duyet', { kind: 'processing', labelClass: null }],
    ]);
    expect(c.defaults).toEqual({
      unit: 'UBND xã An Bình',
      encoding: 'windows-1258',
      delimiter: 'tab',
      lang: 'vi',
      resultDate: 'completed',
      maxErrors: '5',
      denominator: 'due',
      cutoff: '15:00',
      by: 'quarter',
      periodBy: 'resolved',
    });
  });

  it('accepts an empty object', () => {
    expect(parse({})).toEqual({ file: 'tthc-audit.config.json', columns: {}, statusLabels: new Map(), defaults: {} });
  });

  it.each([
    [[], '(top level): expected an object { … }, got a list'],
    [{ colums: {} }, 'colums: unknown key; expected one of columns, statusLabels, defaults'],
    [{ columns: [] }, 'columns: expected an object { … }, got a list'],
    [{ columns: { kode: 'Mã' } }, `columns["kode"]: unknown key; expected one of ${FIELDS.join(', ')}`],
    [{ columns: { code: '' } }, 'columns["code"]: expected a non-empty string, got ""'],
    [{ columns: { code: 3 } }, 'columns["code"]: expected a header, or a non-empty list of headers, got 3'],
    [{ columns: { code: [] } }, 'columns["code"]: expected a header, or a non-empty list of headers, got a list'],
    [{ columns: { code: ['Mã', ''] } }, 'columns["code"][1]: expected a non-empty string, got ""'],
    [
      { statusLabels: { 'Hoàn tất': 'done' } },
      'statusLabels["Hoàn tất"]: expected one of new, received, processing, supplement, financial, resolved, ' +
        'returned, rejected, withdrawn, stopped, before-deadline, on-time, late, got "done"',
    ],
    [
      { statusLabels: { 'Hoàn tất': null } },
      'statusLabels["Hoàn tất"]: expected one of new, received, processing, supplement, financial, resolved, ' +
        'returned, rejected, withdrawn, stopped, before-deadline, on-time, late, got null',
    ],
    [{ statusLabels: { ' ': 'late' } }, 'statusLabels[" "]: expected a non-empty label, got " "'],
    [
      { statusLabels: { 'Hoàn tất': 'resolved', 'HOAN TAT': 'returned' } },
      'statusLabels["HOAN TAT"]: expected a label not already given (it is the same label as "Hoàn tất" once case ' +
        'and diacritics are ignored), got "HOAN TAT"',
    ],
    [{ defaults: { lang: 'fr' } }, 'defaults.lang: expected one of en, vi, got "fr"'],
    [
      { defaults: { resultDate: 'last' } },
      'defaults.resultDate: expected one of auto, completed, returned, got "last"',
    ],
    [
      { defaults: { maxErrors: -1 } },
      'defaults.maxErrors: expected a whole number of rows (e.g. 10) or a percentage (e.g. "2%"), got -1',
    ],
    [
      { defaults: { maxErrors: '2 percent' } },
      'defaults.maxErrors: expected a whole number of rows (e.g. 10) or a percentage (e.g. "2%"), got "2 percent"',
    ],
    [{ defaults: { inputDelimiter: '||' } }, 'defaults.inputDelimiter: expected one character, or "tab", got "||"'],
    [{ defaults: { delimiter: ':' } }, 'defaults.delimiter: expected ",", ";", "tab" or "|", got ":"'],
    [{ defaults: { unit: {} } }, 'defaults.unit: expected a non-empty string, got an object'],
    [
      { defaults: { denominator: 'all' } },
      'defaults.denominator: expected one of resolved, due, workload, qd766, got "all"',
    ],
    [
      { defaults: { asOf: '2024-01-01' } },
      'defaults.asOf: unknown key; expected one of unit, encoding, inputDelimiter, delimiter, lang, ' +
        'resultDate, maxErrors, maxRowBytes, denominator, format, failOn, maxLateRate, maxMaskedLate, minCoverage, ' +
        'gateScope, allowEmpty, decimal, wide, quiet, color, xlsxSheets, cutoff, by, periodBy',
    ],
    [{ defaults: { by: 'week' } }, 'defaults.by: expected one of month, quarter, year, got "week"'],
    [{ defaults: { periodBy: true } }, 'defaults.periodBy: expected one of received, resolved, activity, got true'],
    [{ defaults: { cutoff: 1500 } }, 'defaults.cutoff: expected a non-empty string, got 1500'],
  ])('%j → %s', (json, want) => {
    expect(message(json)).toBe(want);
  });

  it('accepts max errors as a count, a numeric string or a percentage', () => {
    expect(parse({ defaults: { maxErrors: 0 } }).defaults.maxErrors).toBe('0');
    expect(parse({ defaults: { maxErrors: '12' } }).defaults.maxErrors).toBe('12');
    expect(parse({ defaults: { maxErrors: ' 2.5% ' } }).defaults.maxErrors).toBe('2.5%');
  });
});
