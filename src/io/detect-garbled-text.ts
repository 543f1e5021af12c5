/**
 * Whether decoded text is not what it claims to be: legacy-font text (TCVN3 or VNI, see
 * legacy-encoding.ts) or mojibake (UTF-8 read as Windows-1252 and saved again: "MÃ£ há»“ sÆ¡").
 *
 * Detection (on the first 64 KiB of text): a legacy sign is a character the TCVN3 or VNI tables use
 * for a Vietnamese letter that is not itself a Vietnamese letter (¬ ® µ ¸ · ø û ï ä …), or an "a"/"e"
 * followed by an accented vowel (VNI writes "ấ" as "aá"; Vietnamese spelling never has that pair).
 * A Vietnamese sign is a letter only Unicode has (ă đ ơ ư ĩ ũ and U+1EA0–U+1EF9). The text is taken
 * as legacy when it has at least 3 legacy signs and more legacy signs than Vietnamese signs: real
 * Unicode Vietnamese is full of ơ ư đ ạ ả, so a few stray symbols or foreign names cannot tip it.
 * Mojibake is checked first: pieces of text that, turned back into Windows-1252 bytes, are valid
 * UTF-8 with at least 3 non-ASCII characters in all (and more than the Vietnamese signs).
 */
import { fromLegacy, legacySpellings, type LegacyFont } from './legacy-encoding.js';

const VIET_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const VIET_ONLY = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/gu;
/** Characters the font tables use for letters that are not Vietnamese letters themselves. */
const SIGNS = new Set(
  [...legacySpellings('tcvn3'), ...legacySpellings('vni')]
    .flatMap((s) => [...s])
    .filter((c) => c > '\u007f' && !VIET_LATIN1.has(c)),
);
/** Signs only TCVN3 uses: with them, the text is TCVN3 rather than VNI. */
const TCVN3_ONLY = new Set([...SIGNS].filter((c) => !legacySpellings('vni').some((s) => s.includes(c))));
/** Counted with a regular expression: 64 KiB taken a character at a time took ~20 ms of a cold start. */
const ANY_SIGN = anyOf(SIGNS);
const ANY_TCVN3_ONLY = anyOf(TCVN3_ONLY);
const VNI_PAIRS = /[aeAE][àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/g;
const VNI_PAIR = new RegExp(VNI_PAIRS.source);

export type LegacyVerdict =
  | { kind: 'font'; font: LegacyFont; example: string; reading: string }
  | { kind: 'mojibake'; example: string; reading: string };

/** Whether `sample` (decoded text) is legacy-font text or mojibake; null when it reads as Unicode. */
export function detectLegacyText(sample: string): LegacyVerdict | null {
  const vietnamese = countVietnamese(sample);
  const pieces = sample.split(/[,;\t\n"]/);
  // Examples are quoted to the user: take them from the title and header rows only, never from a
  // data row, which may hold an applicant's name.
  const headPieces = headerRegion(sample).split(/[,;\t\n"]/);
  const gained = pieces.reduce((n, piece) => n + mojibakeGain(piece), 0);
  if (gained >= 3 && gained > vietnamese) {
    const example = firstPiece(headPieces, (piece) => mojibakeGain(piece) > 0);
    return { kind: 'mojibake', example, reading: readMojibake(example) ?? example };
  }
  const signs = sample.match(ANY_SIGN)?.length ?? 0;
  const tcvn3Only = sample.match(ANY_TCVN3_ONLY)?.length ?? 0;
  const pairs = sample.match(VNI_PAIRS)?.length ?? 0;
  if (signs + pairs < 3 || signs + pairs <= vietnamese) return null;
  const font: LegacyFont = tcvn3Only >= pairs ? 'tcvn3' : 'vni';
  const example = firstPiece(headPieces, (piece) => [...piece].some((c) => SIGNS.has(c)) || VNI_PAIR.test(piece));
  return { kind: 'font', font, example, reading: fromLegacy(example, font) };
}

/** `c`, a single UTF-16 code unit, as a regular expression's escape (the pattern stays ASCII). */
function unitEscape(c: string): string {
  if (c.length !== 1) throw new Error(`not one code unit: ${c}`);
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Any one of `chars` (the font tables' characters: U+00A1–U+00FE, one code unit each). */
function anyOf(chars: ReadonlySet<string>): RegExp {
  return new RegExp(`[${[...chars].map(unitEscape).join('')}]`, 'g');
}

/**
 * The lines up to and including the first that looks like a header (three or more non-empty cells):
 * title rows have one cell, data rows come after.
 */
export function headerRegion(text: string): string {
  const lines = text.split('\n', 40);
  const end = lines.findIndex(
    (line) => line.split(/[,;\t]/).filter((c) => c.replace(/"/g, '').trim() !== '').length >= 3,
  );
  return lines.slice(0, end < 0 ? 1 : end + 1).join('\n');
}

function countVietnamese(text: string): number {
  return text.match(VIET_ONLY)?.length ?? 0;
}

/**
 * How many non-ASCII characters a piece has when read back as UTF-8 (0 when it cannot be). Latin-1
 * text that happens to be valid UTF-8 once turned back into bytes is rare: each such character is
 * evidence of mojibake.
 */
function mojibakeGain(piece: string): number {
  const read = readMojibake(piece);
  return read === null ? 0 : read.replace(/[\x00-\x7f]/g, '').length;
}

/** The first cell-like piece (between delimiters and line ends) that `test` accepts, shortened. */
function firstPiece(pieces: readonly string[], test: (piece: string) => boolean): string {
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed !== '' && test(trimmed)) return trimmed.length > 40 ? trimmed.slice(0, 40) : trimmed;
  }
  return '';
}

/**
 * What Windows-1252 decodes the bytes 0x80–0x9F to (€ ‚ ƒ „ … instead of C1 controls; U+FFFD for the
 * five bytes it leaves undefined), as iconv-lite's table has them: written out so that UTF-8 input
 * does not load iconv-lite's encodings at startup (test/io/detect-garbled-text.test.ts compares).
 */
export const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Windows-1252 byte of each character 0x80–0x9F decode to there. */
const CP1252_BYTES: ReadonlyMap<string, number> = new Map(
  Array.from(CP1252_HIGH, (ch, i) => [ch, 0x80 + i] as const).filter(([ch]) => ch !== '\ufffd'),
);

const NON_ASCII = /[^\x00-\x7f]/;
/** A character no Windows-1252 byte decodes to (above U+00FF and not one of CP1252_HIGH's). */
const NOT_CP1252 = new RegExp(`[^\\x00-\\xff${[...CP1252_BYTES.keys()].map(unitEscape).join('')}]`);

/** `text` read back as the UTF-8 it was before a Windows-1252 misreading, or null if it cannot be. */
export function readMojibake(text: string): string | null {
  // All ASCII: no byte 0x80 or above, so nothing was misread; or a character that is no Windows-1252
  // byte (ơ, ư, ạ …: most Vietnamese text). The loop below would say so, a character at a time.
  if (!NON_ASCII.test(text) || NOT_CP1252.test(text)) return null;
  const bytes: number[] = [];
  let high = false;
  for (const ch of text) {
    const b = CP1252_BYTES.get(ch) ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : -1);
    if (b < 0) return null;
    if (b >= 0x80) high = true;
    bytes.push(b);
  }
  if (!high) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}
