/**
 * The catalogue of reasons for a rejected row: every reason exists in both languages, each Vietnamese
 * sentence is real Vietnamese (not a copy of the English), and the arguments it is given show in the
 * text of both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  REASON_IDS,
  ROW_REASONS,
  reasonText,
  rowReason,
  type ReasonArgs,
  type ReasonId,
  type RowReason,
} from '../../src/messages/reasons.js';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Sample arguments for every reason. */
const SAMPLES: { [K in ReasonId]: ReasonArgs<K> } = {
  fieldCount: { fields: 7, expected: 11 },
  rowTooLong: { bytes: 2097152, max: 1048576 },
  emptyCode: {},
  requiredDateEmpty: { field: 'due' },
  layoutColumnNumbers: {},
  layoutTotal: { cell: 'Tổng cộng: 8 hồ sơ' },
  layoutSignature: { cell: '(Ký, ghi rõ họ tên)' },
  dateBlank: { field: 'received' },
  dateNotADate: { field: 'received', cell: 'abc' },
  dateSerialOutOfRange: { field: null, cell: '19999', min: 20000, max: 80000 },
  dateYearDigits: { field: 'due', cell: '15/01/24', year: '24' },
  dateYearOutOfRange: { field: 'received', cell: '15/01/1850', year: 1850, min: 1900, max: 2199 },
  dateMonthFirst: { field: 'received', cell: '12/31/2024', month: 31 },
  dateBadMonth: { field: 'due', cell: '2024-13-01', month: 13 },
  dateNotReal: { field: 'due', cell: '30/02/2024', year: 2024, month: 2, days: 29 },
  dateDayZero: { field: null, cell: '00/01/2024' },
  dateBadTime: { field: 'received', cell: '15/01/2024 24:00' },
  dateExtraText: { field: 'due', cell: '15/01/2024 abc' },
  dateReadable: { field: null, cell: '15/01/2024' },
};

/** How an argument shows in each language when it is not written as it is. */
const FIELD_SHOWN = {
  received: { en: 'received date', vi: 'ngày tiếp nhận' },
  due: { en: 'due date (ngày hẹn trả)', vi: 'ngày hẹn trả' },
} as const;
const MONTH_SHOWN: Partial<Record<ReasonId, { en: string; vi: string }>> = {
  dateNotReal: { en: 'February', vi: '2/2024' },
};

const sample = (id: ReasonId): RowReason => rowReason(id, SAMPLES[id] as never);

describe('the catalogue of row reasons', () => {
  it('has every reason in both languages, and a sample for each', () => {
    expect(Object.keys(ROW_REASONS.vi).sort()).toEqual([...REASON_IDS].sort());
    expect(Object.keys(ROW_REASONS.en).sort()).toEqual([...REASON_IDS].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...REASON_IDS].sort());
    expect(REASON_IDS.length).toBe(19);
  });

  it.each(REASON_IDS)('%s: the Vietnamese is a sentence of its own, in Vietnamese letters, NFC', (id) => {
    const en = reasonText(sample(id), 'en');
    const vi = reasonText(sample(id), 'vi');
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(vi).not.toBe(en);
    expect(vi).toMatch(VIETNAMESE_LETTER);
    expect(vi).toBe(vi.normalize('NFC'));
  });

  it.each(REASON_IDS)('%s: every sample argument shows in both languages', (id) => {
    for (const lang of ['en', 'vi'] as const) {
      const text = reasonText(sample(id), lang);
      for (const [key, value] of Object.entries(SAMPLES[id] as Record<string, string | number | null>)) {
        if (value === null) continue;
        if (key === 'field')
          expect(text, `${id} ${lang} field`).toContain(FIELD_SHOWN[value as 'received' | 'due'][lang]);
        else if (key === 'month' && MONTH_SHOWN[id])
          expect(text, `${id} ${lang} month`).toContain(MONTH_SHOWN[id]![lang]);
        else if (key === 'cell' || (key === 'year' && typeof value === 'string'))
          expect(text, `${id} ${lang} ${key}`).toContain(`"${value}"`);
        else expect(text, `${id} ${lang} ${key}`).toContain(String(value));
      }
    }
  });

  it('a date on its own is not named after a field; a field of a row leads the sentence', () => {
    expect(reasonText(rowReason('dateDayZero', { field: null, cell: '00/01/2024' }), 'vi')).toBe(
      '"00/01/2024" không phải là ngày có thật: ngày trong tháng bắt đầu từ 1',
    );
    expect(reasonText(rowReason('dateDayZero', { field: 'received', cell: '00/01/2024' }), 'vi')).toBe(
      'ngày tiếp nhận: "00/01/2024" không phải là ngày có thật: ngày trong tháng bắt đầu từ 1',
    );
    expect(reasonText(rowReason('dateDayZero', { field: 'received', cell: '00/01/2024' }), 'en')).toBe(
      'received date: "00/01/2024" is not a real date: days start at 1',
    );
  });

  it('a reason is plain data that survives a structured clone', () => {
    const r = sample('dateNotReal');
    expect(structuredClone(r)).toEqual({
      id: 'dateNotReal',
      args: { field: 'due', cell: '30/02/2024', year: 2024, month: 2, days: 29 },
    });
    expect(reasonText(structuredClone(r), 'vi')).toBe(
      'ngày hẹn trả: "30/02/2024" không phải là ngày có thật: tháng 2/2024 chỉ có 29 ngày',
    );
  });
});
