/**
 * Folding of free text for comparison: header names, status labels, unit names and dossier codes are
 * written with and without diacritics, in any case, as NFC or NFD, with stray or non-breaking spaces.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/**
 * Lower case, no diacritics (đ → d; also Ð, which Latin-1 readings produce), single spaces, trimmed.
 * "  Mã  Hồ Sơ " → "ma ho so".
 */
export function foldText(text: string): string {
  return foldMemo.get(text) ?? remember(foldMemo, text, foldUncached(text));
}

/**
 * Recent answers of `foldText` and `tidyName`: the same few unit names and status labels come back on
 * every row, and Unicode normalisation costs about a microsecond each time. Bounded: cleared when full.
 */
const MEMO_SIZE = 4096;
const foldMemo = new Map<string, string>();
const tidyMemo = new Map<string, string>();

function remember(memo: Map<string, string>, text: string, value: string): string {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, value);
  return value;
}

function foldUncached(text: string): string {
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

/**
 * Matching key of a dossier code: every default-ignorable code point removed (zero-width joiners and
 * spaces, LRM/RLM and other bidi marks, the soft hyphen, variation selectors, BOM), NFKC (full-width
 * `Ｈ１` → `H1`, ideographic space → space), every space removed, every dash (en dash, em dash, minus
 * sign, non-breaking hyphen, …) made `-`, upper case. The key only: reports show the code as written.
 * This is the one place a code's key is made.
 */
export function normaliseCode(text: string): string {
  return isOwnKey(text) ? text : plainKeyOf(text.replace(IGNORABLES, '').normalize('NFKC')).replace(DASHES, '-');
}

/**
 * Whether the key of `text` owes something to the folding above beyond what typing does (case, spaces,
 * NFC/NFD): an invisible character removed, a full-width form or a dash variant folded. The report lists
 * such codes, so that no dossier is matched by surprise.
 */
export function isFoldedCode(text: string, key: string): boolean {
  return text !== key && plainKeyOf(text) !== key;
}

const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
const DASHES = /\p{Dash}/gu;

function plainKeyOf(text: string): string {
  return text.replace(SPACES, '').normalize('NFC').toUpperCase();
}

/** Printable ASCII with no space and no lower-case letter: already its own matching key (most codes). */
function isOwnKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return true;
}

/** Display form of a free-text name: NFC, single spaces, trimmed (case and diacritics kept). */
export function tidyName(text: string): string {
  return tidyMemo.get(text) ?? remember(tidyMemo, text, text.normalize('NFC').replace(SPACES, ' ').trim());
}
