/**
 * Vietnamese text in legacy font encodings. Before Unicode, Vietnamese was typed in font encodings:
 * TCVN3 (ABC, fonts ".VnTime") and VNI Windows (fonts "VNI-Times"). Text typed that way and saved by
 * Excel arrives as Latin-1 letters and symbols: "Mã hồ sơ" is "M· hå s¬" in TCVN3 and "Maõ hoà sô"
 * in VNI. This module owns the two tables and converting to and from them (`--encoding tcvn3|vni`);
 * detect-garbled-text.ts decides whether text is in one of them.
 */
export const LEGACY_FONTS = ['tcvn3', 'vni'] as const;
export type LegacyFont = (typeof LEGACY_FONTS)[number];

export const FONT_NAMES: Readonly<Record<LegacyFont, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

export function isLegacyFont(name: string): name is LegacyFont {
  return (LEGACY_FONTS as readonly string[]).includes(name.toLowerCase());
}

// The 12 vowel bases and 6 tones (none, sắc, huyền, hỏi, ngã, nặng) of Vietnamese.
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** TCVN3 (TCVN 5712:1993, VN3): one code per lowercase letter, row by base, column by tone. */
const TCVN3_GRID: Readonly<Record<(typeof BASES)[number], string>> = {
  a: 'a¸µ¶·¹',
  ă: '¨¾»¼½Æ',
  â: '©ÊÇÈÉË',
  e: 'eÐÌÎÏÑ',
  ê: 'ªÕÒÓÔÖ',
  i: 'iÝ×ØÜÞ',
  o: 'oãßáâä',
  ô: '«èåæçé',
  ơ: '¬íêëìî',
  u: 'uóïñòô',
  ư: '\u00adøõö÷ù',
  y: 'yýúûüþ',
};
/** TCVN3 letters outside the grid: đ and the seven accented capitals without a tone. */
const TCVN3_OTHERS: Readonly<Record<string, string>> = {
  đ: '®',
  Ă: '¡',
  Â: '¢',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
  Đ: '§',
};

/** VNI Windows: a base letter followed by a mark character (lower case; capitals use capital marks). */
const VNI_PLAIN_TONES = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
const VNI_HAT_TONES = ['â', 'á', 'à', 'å', 'ã', 'ä'];
const VNI_BREVE_TONES = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

function vniSpelling(base: (typeof BASES)[number], tone: number): string {
  const t = (marks: readonly string[]): string => marks[tone]!;
  switch (base) {
    case 'ă':
      return 'a' + t(VNI_BREVE_TONES);
    case 'â':
      return 'a' + t(VNI_HAT_TONES);
    case 'ê':
      return 'e' + t(VNI_HAT_TONES);
    case 'ô':
      return 'o' + t(VNI_HAT_TONES);
    case 'ơ':
      return 'ô' + t(VNI_PLAIN_TONES);
    case 'ư':
      return 'ö' + t(VNI_PLAIN_TONES);
    case 'i':
      return t(VNI_I);
    case 'y':
      return tone === 5 ? 'î' : 'y' + t(VNI_PLAIN_TONES);
    default:
      return base + t(VNI_PLAIN_TONES);
  }
}

/** Unicode letter → its spelling in each font, for every Vietnamese letter that has one. */
function buildTables(): Record<LegacyFont, Map<string, string>> {
  const tcvn3 = new Map<string, string>();
  const vni = new Map<string, string>();
  for (const base of BASES) {
    TONE_MARKS.forEach((mark, tone) => {
      const lower = (base + mark).normalize('NFC');
      const upper = lower.toUpperCase();
      const code = TCVN3_GRID[base][tone]!;
      if (code !== base) {
        tcvn3.set(lower, code);
        tcvn3.set(upper, code); // capitals were typed in the ".VnTimeH" fonts with the lower-case codes
      }
      const spelt = vniSpelling(base, tone);
      if (spelt !== base) {
        vni.set(lower, spelt);
        vni.set(upper, spelt.toUpperCase());
      }
    });
  }
  for (const [letter, code] of Object.entries(TCVN3_OTHERS)) tcvn3.set(letter, code);
  vni.set('đ', 'ñ');
  vni.set('Đ', 'Ñ');
  return { tcvn3, vni };
}

const TO_LEGACY = buildTables();

/** Legacy spelling → Unicode letter; where TCVN3 gives one code to a capital and its small letter, the small one. */
const FROM_LEGACY: Record<LegacyFont, Map<string, string>> = {
  tcvn3: invert(TO_LEGACY.tcvn3),
  vni: invert(TO_LEGACY.vni),
};

function invert(table: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [letter, spelt] of table) if (!out.has(spelt) || letter === letter.toLowerCase()) out.set(spelt, letter);
  return out;
}

/** Unicode text as it would look typed in a legacy font (used to build test inputs and examples). */
export function toLegacy(text: string, font: LegacyFont): string {
  const table = TO_LEGACY[font];
  let out = '';
  for (const ch of text.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}

/** Legacy font text → Unicode. VNI spellings of two characters are read before single ones. */
export function fromLegacy(text: string, font: LegacyFont): string {
  const table = FROM_LEGACY[font];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = font === 'vni' && i + 1 < text.length ? table.get(text.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += table.get(text[i]!) ?? text[i]!;
    }
  }
  return out;
}

/** Characters that begin a two-character VNI spelling (a base letter waiting for its mark). */
const VNI_PAIR_STARTS = new Set([...FROM_LEGACY.vni.keys()].filter((k) => k.length === 2).map((k) => k[0]!));

/** A streaming `fromLegacy`: a VNI base letter at the end of a chunk waits for its mark. */
export function makeLegacyConverter(font: LegacyFont): { write(text: string): string; end(): string } {
  let held = '';
  return {
    write(text) {
      const all = held + text;
      const keep = font === 'vni' && VNI_PAIR_STARTS.has(all[all.length - 1] ?? '') ? 1 : 0;
      held = all.slice(all.length - keep);
      return fromLegacy(all.slice(0, all.length - keep), font);
    },
    end() {
      const last = fromLegacy(held, font);
      held = '';
      return last;
    },
  };
}

/** Every legacy spelling a font uses for a Vietnamese letter. */
export function legacySpellings(font: LegacyFont): string[] {
  return [...TO_LEGACY[font].values()];
}
