/** Validation of user calendar files: accepted shapes and the wording of each error. */
import { describe, expect, it } from 'vitest';
import { CalendarFileError, parseCalendarFile } from '../../../src/core/calendar/calendar-file.js';
import { problemText } from '../../../src/messages/json-problems.js';

const entry = { date: '2025-04-30', kind: 'off', name: 'Reunification Day' };

describe('parseCalendarFile', () => {
  it('accepts an array of entries or { entries: [...] }, defaulting the source to the file name', () => {
    expect(parseCalendarFile([entry], 'holidays.json')).toEqual([{ ...entry, source: 'holidays.json' }]);
    const withVi = { ...entry, nameVi: 'Ngày 30/4', source: 'Quyết định 12/QĐ-UBND' };
    expect(parseCalendarFile({ version: 1, entries: [withVi] }, 'h.json')).toEqual([withVi]);
    expect(parseCalendarFile({ entries: [] }, 'h.json')).toEqual([]);
  });

  const cases: [string, unknown, string][] = [
    [
      'a malformed date',
      {
        entries: [
          { ...entry, date: '2025-01-01' },
          { ...entry, date: '2025-01-02' },
          { ...entry, date: '2025-01-03' },
          { ...entry, date: '2025/04/30' },
        ],
      },
      'holidays.json: entries[3].date: expected yyyy-mm-dd, got "2025/04/30"',
    ],
    [
      'an impossible date',
      [{ ...entry, date: '2025-02-30' }],
      'holidays.json: [0].date: expected yyyy-mm-dd, got "2025-02-30"',
    ],
    [
      'a missing date',
      [{ kind: 'off', name: 'x' }],
      'holidays.json: [0].date: expected yyyy-mm-dd, got nothing (the key is missing)',
    ],
    [
      'a wrong kind',
      [{ ...entry, kind: 'holiday' }],
      'holidays.json: [0].kind: expected "off" or "working", got "holiday"',
    ],
    ['an empty name', [{ ...entry, name: ' ' }], 'holidays.json: [0].name: expected a non-empty string, got " "'],
    ['a numeric nameVi', [{ ...entry, nameVi: 3 }], 'holidays.json: [0].nameVi: expected a string, got 3'],
    [
      'an unknown key',
      [{ ...entry, nam: 'x' }],
      'holidays.json: [0]: unknown key "nam" (expected one of date, kind, name, nameVi, source)',
    ],
    [
      'an entry that is not an object',
      ['2025-04-30'],
      'holidays.json: [0]: expected an object { … }, got "2025-04-30"',
    ],
    ['a duplicate date', [entry, entry], 'holidays.json: [1].date: "2025-04-30" is already given by [0]'],
    [
      'a wrong top level',
      { days: [] },
      'holidays.json: expected an array of entries or { "entries": [...] }, got an object without an "entries" array',
    ],
    ['null', null, 'holidays.json: expected an array of entries or { "entries": [...] }, got null'],
  ];
  it.each(cases)('rejects %s', (_label, json, message) => {
    let error: unknown;
    try {
      parseCalendarFile(json, 'holidays.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CalendarFileError);
    const e = error as CalendarFileError;
    expect(`${e.file}: ${problemText(e.problem, 'en')}`).toContain(message);
  });

  it('throws a CalendarFileError carrying a stable code, the file and the path', () => {
    try {
      parseCalendarFile({ entries: [{ ...entry, kind: 'x' }] }, 'h.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarFileError);
      expect(error).toMatchObject({ code: 'invalid-calendar-file', file: 'h.json', path: 'entries[0].kind' });
    }
  });
});
