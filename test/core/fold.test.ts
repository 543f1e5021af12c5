/**
 * Folding of free text: what makes two spellings of a header, label, unit or dossier code one name.
 */
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, isFoldedCode, normaliseCode, tidyName } from '../../src/core/fold.js';

const NBSP = '\u00a0';

describe('foldText', () => {
  it.each([
    ['  Mã  Hồ Sơ ', 'ma ho so'],
    ['ĐÃ TRẢ KẾT QUẢ', 'da tra ket qua'],
    ['Đã trả kết quả'.normalize('NFD'), 'da tra ket qua'],
    [`Ngày${NBSP}tiếp${NBSP}nhận`, 'ngay tiep nhan'],
    ['Trạng\tthái\n', 'trang thai'],
    ['\ufeffMã hồ sơ', 'ma ho so'],
    ['Ưu tiên ở Đắk Lắk', 'uu tien o dak lak'],
    ['Quyển số\u2003\u202f3', 'quyen so 3'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('makes NFC and NFD spellings equal', () => {
    const nfc = 'Cơ quan chủ trì giải quyết'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldText(nfd)).toBe(foldText(nfc));
  });
});

describe('foldKey', () => {
  it.each([
    ['Mã hồ sơ (*)', 'mahoso'],
    ['MaHoSo', 'mahoso'],
    ['MÃ HỒ SƠ', 'mahoso'],
    ['Mã_hồ_sơ', 'mahoso'],
    [`Ngày${NBSP}hẹn trả`, 'ngayhentra'],
    ['1. Số hồ sơ', '1sohoso'],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });
});

describe('normaliseCode', () => {
  it('trims, removes inner whitespace and upper-cases', () => {
    expect(normaliseCode('  000.17.22.h56 - 210531 - 0001 ')).toBe('000.17.22.H56-210531-0001');
    expect(normaliseCode(`h21.65-220914${NBSP}-0011`)).toBe('H21.65-220914-0011');
    expect(normaliseCode('h21.65\t-220914-\n0011')).toBe('H21.65-220914-0011');
    expect(normaliseCode('   ')).toBe('');
  });

  it('composes to NFC before comparing', () => {
    // "á" typed as a + combining acute and as the precomposed letter: one key, the composed capital.
    expect(normaliseCode('hs-a\u0301')).toBe('HS-\u00c1');
    expect(normaliseCode('HS-\u00e1')).toBe('HS-\u00c1');
  });

  it('keeps punctuation and digits as written', () => {
    expect(normaliseCode('2.000815')).toBe('2.000815');
    expect(normaliseCode('H56-240301-0001')).not.toBe(normaliseCode('H56-240301-001'));
  });
});

describe('normaliseCode: invisible characters, full-width forms and dashes (the key only)', () => {
  const CODE = 'H1.01-240102-0001';
  // Each character class, put inside the plain code where a copy from a web page or a Word file puts it.
  it.each([
    ['zero-width joiner U+200D', 'H1.01\u200d-240102-0001'],
    ['zero-width non-joiner U+200C', 'H1.01-2401\u200c02-0001'],
    ['word joiner U+2060', '\u2060H1.01-240102-0001'],
    ['left-to-right mark U+200E', '\u200eH1.01-240102-0001\u200e'],
    ['right-to-left mark U+200F', 'H1.01-240102-0001\u200f'],
    ['Arabic letter mark U+061C', 'H1.01-\u061c240102-0001'],
    ['left-to-right embedding and pop U+202A/U+202C', '\u202aH1.01-240102-0001\u202c'],
    ['left-to-right isolate U+2066 … U+2069', '\u2066H1.01-240102-0001\u2069'],
    ['soft hyphen U+00AD', 'H1.01-2401\u00ad02-0001'],
    ['variation selector U+FE0F', 'H1.01-240102-0001\ufe0f'],
    ['combining grapheme joiner U+034F', 'H1.01-240102-00\u034f01'],
    [
      'full-width letters and digits',
      '\uff28\uff11.\uff10\uff11-\uff12\uff14\uff10\uff11\uff10\uff12-\uff10\uff10\uff10\uff11',
    ],
    ['full-width lower case and full stop', '\uff48\uff11\uff0e01-240102-0001'],
    ['full-width hyphen-minus U+FF0D', 'H1.01\uff0d240102\uff0d0001'],
    ['en dash U+2013', 'H1.01\u2013240102\u20130001'],
    ['em dash U+2014', 'H1.01\u2014240102-0001'],
    ['minus sign U+2212', 'H1.01\u2212240102-0001'],
    ['hyphen U+2010 and non-breaking hyphen U+2011', 'H1.01\u2010240102\u20110001'],
    ['figure dash U+2012', 'H1.01-240102\u20120001'],
    ['small hyphen-minus U+FE63', 'H1.01-240102\ufe630001'],
  ])('%s: the key of the plain code, and marked as folded', (_name, written) => {
    expect(normaliseCode(written)).toBe(CODE);
    expect(isFoldedCode(written, normaliseCode(written))).toBe(true);
  });

  // Spaces of every kind were removed from keys before folding existed: the same key, not listed.
  it.each([
    ['zero-width space U+200B', 'H1.01-240102\u200b-0001'],
    ['byte-order mark inside U+FEFF', 'H1.01-240102-\ufeff0001'],
    ['ideographic space U+3000', 'H1.01-240102-\u30000001'],
  ])('%s: removed as a space, not marked as folded', (_name, written) => {
    expect(normaliseCode(written)).toBe(CODE);
    expect(isFoldedCode(written, normaliseCode(written))).toBe(false);
  });

  it('case, spaces and NFD alone are not folding: not marked', () => {
    for (const written of ['h1.01-240102-0001', ' H1.01 - 240102 - 0001 ', `H1.01-240102${NBSP}-0001`, CODE])
      expect(isFoldedCode(written, normaliseCode(written))).toBe(false);
    expect(isFoldedCode('hs-a\u0301', normaliseCode('hs-a\u0301'))).toBe(false);
  });

  it('different codes stay different: a dash is not removed, a digit is not dropped', () => {
    expect(normaliseCode('H1.01\u2013240102')).not.toBe(normaliseCode('H1.01240102'));
    expect(normaliseCode('H1\uff0e01')).not.toBe(normaliseCode('H1-01'));
  });
});

describe('tidyName', () => {
  it('composes, collapses spaces and trims, keeping case and diacritics', () => {
    expect(tidyName(`  UBND   xã${NBSP}Đắk  Mil `)).toBe('UBND xã Đắk Mil');
    expect(tidyName('Phường Bến Thành'.normalize('NFD'))).toBe('Phường Bến Thành'.normalize('NFC'));
    expect(tidyName('SỞ NỘI VỤ')).toBe('SỞ NỘI VỤ');
  });
});
