/**
 * Folding of free text for comparison: header names, status labels, unit names and dossier codes are
 * written with and without diacritics, in any case, as NFC or NFD, with stray or non-breaking spaces.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Lower case, no diacritics (đ → d; also Ð, which Latin-1 readings produce), single spaces, trimmed. "  Mã  Hồ Sơ " → "ma ho so". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** `foldText` with everything but letters and digits removed: "Mã hồ sơ (*)" and "MaHoSo" → "mahoso". */
export function foldKey(text: string): string {
  return foldText(text).replace(NON_ALNUM, '');
}

/** Matching key of a dossier code: trimmed, inner spaces removed, NFC, upper case. */
export function normaliseCode(text: string): string {
  return text.replace(SPACES, '').normalize('NFC').toUpperCase();
}

/** Display form of a free-text name: NFC, single spaces, trimmed (case and diacritics kept). */
export function tidyName(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}
