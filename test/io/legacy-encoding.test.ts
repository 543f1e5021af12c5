/**
 * TCVN3 and VNI: the strings below were spelt by hand from the published tables (TCVN 5712:1993 VN3
 * and VNI Windows), character by character, not produced by the code under test:
 *   TCVN3  ã=B7 ồ=E5 ơ=AC à=B5 ế=D5 ậ=CB ẹ=D1 ả=B6 Đ=A7 ị=DE ư=AD ờ=EA ộ=E9 ò=DF ủ=F1 ĩ=DC ệ=D6
 *   VNI    ã=a+F5 ồ=o+E0 ơ=F4 à=a+F8 ế=e+E1 ậ=a+E4 ẹ=e+EF ả=a+FB Đ=D1 ị=F2 ộ=o+E4 ò=o+F8 ủ=u+FB ĩ=F3 ệ=e+E4
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CP1252_HIGH, detectLegacyText, headerRegion, readMojibake } from '../../src/io/detect-garbled-text.js';
import { fromLegacy, legacySpellings, toLegacy } from '../../src/io/legacy-encoding.js';

const TCVN3: [string, string][] = [
  ['Mã hồ sơ', 'M\u00b7 h\u00e5 s\u00ac'],
  ['Ngày tiếp nhận', 'Ng\u00b5y ti\u00d5p nh\u00cbn'],
  ['Ngày hẹn trả', 'Ng\u00b5y h\u00d1n tr\u00b6'],
  ['Đơn vị', '\u00a7\u00acn v\u00de'],
  ['Người', 'Ng\u00ad\u00eai'],
  ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'C\u00e9ng h\u00dfa x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam'],
];
const VNI: [string, string][] = [
  ['Mã hồ sơ', 'Ma\u00f5 ho\u00e0 s\u00f4'],
  ['Ngày tiếp nhận', 'Nga\u00f8y tie\u00e1p nha\u00e4n'],
  ['Ngày hẹn trả', 'Nga\u00f8y he\u00efn tra\u00fb'],
  ['Đơn vị', '\u00d1\u00f4n v\u00f2'],
  ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Co\u00e4ng ho\u00f8a xa\u00f5 ho\u00e4i chu\u00fb ngh\u00f3a Vie\u00e4t Nam'],
];

describe('toLegacy / fromLegacy against hand-spelt strings', () => {
  it.each(TCVN3)('TCVN3 %s', (unicode, legacy) => {
    expect(toLegacy(unicode, 'tcvn3')).toBe(legacy);
    expect(fromLegacy(legacy, 'tcvn3')).toBe(unicode);
  });
  it.each(VNI)('VNI %s', (unicode, legacy) => {
    expect(toLegacy(unicode, 'vni')).toBe(legacy);
    expect(fromLegacy(legacy, 'vni')).toBe(unicode);
  });

  it('round-trips every lower-case Vietnamese text through both fonts', () => {
    const vowels = [...'aăâeêioôơuưy'].flatMap((b) =>
      ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'].map((t) => (b + t).normalize('NFC')),
    );
    const letters = [...vowels, ...'bcdđghklmnpqrstvx ,.0123456789'];
    expect(vowels).toHaveLength(72);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(fromLegacy(toLegacy(text, 'tcvn3'), 'tcvn3')).toBe(text);
        expect(fromLegacy(toLegacy(text, 'vni'), 'vni')).toBe(text);
      }),
    );
  });
});

const header = (names: string[]): string => names.join(',') + '\n';
const ROWS = 'A-1,01/03/2024,05/03/2024\nA-2,02/03/2024,06/03/2024\n';

describe('detectLegacyText', () => {
  it('finds TCVN3 in a header row and shows what it should read', () => {
    const v = detectLegacyText(
      header(['M\u00b7 h\u00e5 s\u00ac', 'Ng\u00b5y ti\u00d5p nh\u00cbn', 'Ng\u00b5y h\u00d1n tr\u00b6']) + ROWS,
    );
    expect(v).toEqual({ kind: 'font', font: 'tcvn3', example: 'M\u00b7 h\u00e5 s\u00ac', reading: 'Mã hồ sơ' });
  });

  it('finds VNI in a header row', () => {
    const v = detectLegacyText(
      header(['Ma\u00f5 ho\u00e0 s\u00f4', 'Nga\u00f8y tie\u00e1p nha\u00e4n', 'Nga\u00f8y he\u00efn tra\u00fb']) +
        ROWS,
    );
    expect(v).toMatchObject({ kind: 'font', font: 'vni', reading: 'Mã hồ sơ' });
  });

  it('finds TCVN3 data under a Unicode header when the data outweighs it', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `A-${i},UBND x\u00b7 H\u00dfa B\u00d7nh,01/03/2024\n`).join('');
    // The example is never taken from a data row (it may hold an applicant's name): none here, since
    // the header row is clean Unicode.
    expect(detectLegacyText('Mã hồ sơ,Đơn vị,Ngày tiếp nhận\n' + rows)).toMatchObject({
      kind: 'font',
      font: 'tcvn3',
      example: '',
      reading: '',
    });
  });

  it('finds UTF-8 read as Windows-1252 (mojibake)', () => {
    // "Mã hồ sơ" in UTF-8 is 4D C3 A3 20 68 E1 BB 93 20 73 C6 A1; read as Windows-1252: "MÃ£ há»“ sÆ¡".
    const v = detectLegacyText('M\u00c3\u00a3 h\u00e1\u00bb\u201c s\u00c6\u00a1,Ng\u00c3\u00a0y\n' + ROWS);
    expect(v).toEqual({
      kind: 'mojibake',
      example: 'M\u00c3\u00a3 h\u00e1\u00bb\u201c s\u00c6\u00a1',
      reading: 'Mã hồ sơ',
    });
  });

  it.each([
    [
      'Unicode Vietnamese',
      'Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái\nA-1,Xã Hòa Bình,01/03/2024,05/03/2024,Đã trả kết quả\n',
    ],
    ['Unicode without diacritics', 'MaHoSo,NgayTiepNhan,NgayHenTra\nA-1,2024-03-01,2024-03-05\n'],
    [
      'Unicode with a few foreign letters and symbols',
      'Mã hồ sơ,Chủ hồ sơ,Ghi chú\nA-1,Müller,Số nhà 5 · đường Nguyễn Trãi\nA-2,Nguyễn Văn Đức,© Sở\n',
    ],
    ['Unicode with old-style tone placement (hoà, quá)', 'Mã hồ sơ,Đơn vị\nA-1,Xã Hoà Bình quá hạn\n'],
    ['an empty sample', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(detectLegacyText(text)).toBeNull();
  });
});

describe('readMojibake', () => {
  it('reads back UTF-8 that went through Windows-1252, and refuses text that cannot have', () => {
    expect(readMojibake('Ng\u00c3\u00a0y')).toBe('Ngày');
    expect(readMojibake('Ngày hẹn')).toBeNull(); // ẹ is not a Windows-1252 character
    expect(readMojibake('abc')).toBeNull(); // nothing to read back
  });
});

/**
 * The check as it was written before its counts became regular expressions (a character at a time, each
 * piece read back byte by byte): the model the faster code must agree with, verdict for verdict.
 */
const model = (() => {
  const latin1Viet = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
  const signs = new Set(
    [...legacySpellings('tcvn3'), ...legacySpellings('vni')]
      .flatMap((s) => [...s])
      .filter((c) => c > '\u007f' && !latin1Viet.has(c)),
  );
  const tcvn3Only = new Set([...signs].filter((c) => !legacySpellings('vni').some((s) => s.includes(c))));
  const cp1252 = new Map(Array.from(CP1252_HIGH, (ch, i) => [ch, 0x80 + i] as const).filter(([ch]) => ch !== '\ufffd'));
  const mojibake = (text: string): string | null => {
    const bytes: number[] = [];
    let high = false;
    for (const ch of text) {
      const b = cp1252.get(ch) ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : -1);
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
  };
  const gain = (piece: string) => mojibake(piece)?.replace(/[\x00-\x7f]/g, '').length ?? 0;
  const first = (pieces: string[], test: (p: string) => boolean) => {
    for (const piece of pieces) {
      const t = piece.trim();
      if (t !== '' && test(t)) return t.length > 40 ? t.slice(0, 40) : t;
    }
    return '';
  };
  const detect = (sample: string): ReturnType<typeof detectLegacyText> => {
    const vietnamese = sample.match(/[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/gu)?.length ?? 0;
    const headPieces = headerRegion(sample).split(/[,;\t\n"]/);
    const gained = sample.split(/[,;\t\n"]/).reduce((n, p) => n + gain(p), 0);
    if (gained >= 3 && gained > vietnamese) {
      const example = first(headPieces, (p) => gain(p) > 0);
      return { kind: 'mojibake', example, reading: mojibake(example) ?? example };
    }
    let n = 0;
    let t3 = 0;
    for (const ch of sample) {
      if (signs.has(ch)) n++;
      if (tcvn3Only.has(ch)) t3++;
    }
    const pairRe = /[aeAE][àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/g;
    const pairs = sample.match(pairRe)?.length ?? 0;
    if (n + pairs < 3 || n + pairs <= vietnamese) return null;
    const font = t3 >= pairs ? 'tcvn3' : 'vni';
    const example = first(headPieces, (p) => [...p].some((c) => signs.has(c)) || new RegExp(pairRe.source).test(p));
    return { kind: 'font', font, example, reading: fromLegacy(example, font) };
  };
  return { detect, mojibake, signs: [...signs] };
})();

describe('the check against the character-at-a-time model', () => {
  // Every kind of character the check weighs: ASCII, delimiters and line ends, the font tables' signs,
  // Latin-1 and Windows-1252 letters, mojibake, Vietnamese letters, U+FFFD, C1 controls, an astral one.
  const alphabet = [
    ...'aeAEoMn h,;\t\n"',
    ...model.signs,
    ...CP1252_HIGH,
    ...'àáâãéêÃÂÆ\u00a3\u00a0\u00bb',
    ...'ăđơưạảấồệĐ',
    '\u0081',
    '\u{1f600}',
    // UTF-8 read as Windows-1252, whole letters: "ã", "ồ", "ơ", "à"
    ...['\u00c3\u00a3', '\u00e1\u00bb\u201c', '\u00c6\u00a1', '\u00c3\u00a0'].flatMap((m) => [m, m, m]),
  ];
  const textArb = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((cs) => cs.join(''));

  it('gives the same verdict and reading-back, whatever the text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(readMojibake(text)).toBe(model.mojibake(text));
        expect(detectLegacyText(text)).toEqual(model.detect(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the legacy fonts and mojibake the model finds (the generator reaches them)', () => {
    const samples = fc.sample(textArb, { numRuns: 2000, seed: 1 });
    const kinds = new Set(samples.map((t) => model.detect(t)?.kind ?? 'none'));
    expect([...kinds].sort()).toEqual(['font', 'mojibake', 'none']);
  });
});

describe('the Windows-1252 table written out for mojibake', () => {
  it('is what iconv-lite decodes the bytes 0x80-0x9F to', () => {
    const decoded = Array.from({ length: 32 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), 'windows-1252'));
    expect([...CP1252_HIGH]).toEqual(decoded);
  });
});
