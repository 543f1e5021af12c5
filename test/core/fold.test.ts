/**
 * Folding of free text: what makes two spellings of a header, label, unit or dossier code one name.
 */
import { describe, expect, it } from 'vitest';
import { foldKey, foldText, normaliseCode, tidyName } from '../../src/core/fold.js';

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

describe('tidyName', () => {
  it('composes, collapses spaces and trims, keeping case and diacritics', () => {
    expect(tidyName(`  UBND   xã${NBSP}Đắk  Mil `)).toBe('UBND xã Đắk Mil');
    expect(tidyName('Phường Bến Thành'.normalize('NFD'))).toBe('Phường Bến Thành'.normalize('NFC'));
    expect(tidyName('SỞ NỘI VỤ')).toBe('SỞ NỘI VỤ');
  });
});
