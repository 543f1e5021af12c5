/**
 * Bytes → rows: encodings (Windows-1258 → NFC, legacy fonts detected or read when named), the
 * delimiter sniffer, and the messages for files that cannot be read. Byte strings are written out by
 * hand: TCVN3 "Mã hồ sơ" = 4D B7 20 68 E5 20 73 AC, VNI "Mã hồ sơ" = 4D 61 F5 20 68 6F E0 20 73 F4.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDecoder, makeNfc } from '../../src/io/decode.js';
import { makeLegacyConverter } from '../../src/io/legacy-encoding.js';
import { csvFileRows } from './csv-file-rows.js';
import { type CsvReadOptions, detectDelimiter } from '../../src/io/dialect.js';
import { AuditError } from '../../src/errors.js';
import { tempDir } from '../cli/run-cli.js';

const dir = tempDir();
let n = 0;
function fileWith(bytes: string | Uint8Array): string {
  const file = join(dir, `f${++n}.csv`);
  writeFileSync(file, bytes);
  return file;
}
async function rows(
  bytes: string | Uint8Array,
  opts: CsvReadOptions = {},
): Promise<{ rows: [string[], number][]; encoding: string; delimiter: string }> {
  const out: [string[], number][] = [];
  const d = await csvFileRows(fileWith(bytes), opts, (cells, line) => out.push([cells, line]));
  return { rows: out, ...d };
}
async function failure(bytes: string | Uint8Array, opts: CsvReadOptions = {}): Promise<AuditError> {
  const err = await rows(bytes, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuditError);
  return err as AuditError;
}
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

// "Mã hồ sơ,Ngày tiếp nhận\n" and a row, in each legacy font, as single bytes (an "ANSI" file).
const TCVN3_ANSI = bytes(
  'M',
  [0xb7],
  ' h',
  [0xe5],
  ' s',
  [0xac],
  ',Ng',
  [0xb5],
  'y ti',
  [0xd5],
  'p nh',
  [0xcb],
  'n\n',
  'A-1,x',
  [0xb7],
  ' H',
  [0xdf],
  'a B',
  [0xd7],
  'nh\n',
);
const VNI_ANSI = bytes(
  'Ma',
  [0xf5],
  ' ho',
  [0xe0],
  ' s',
  [0xf4],
  ',Nga',
  [0xf8],
  'y tie',
  [0xe1],
  'p nha',
  [0xe4],
  'n\n',
  'A-1,xa',
  [0xf5],
  ' Ho',
  [0xf8],
  'a B',
  [0xec],
  'nh\n',
);

describe('encodings', () => {
  it('Windows-1258 (named) is decoded and its combining tone marks composed (NFC)', async () => {
    // "Mã hồ sơ" in Windows-1258: M a DE(◌̃) 20 h F4(ô) CC(◌̀) 20 s F5(ơ)
    const r = await rows(bytes('M', 'a', [0xde], ' h', [0xf4, 0xcc], ' s', [0xf5], '\n'), { encoding: 'windows-1258' });
    expect(r.rows[0]![0]).toEqual(['Mã hồ sơ']);
    expect(r.rows[0]![0][0]).toBe('Mã hồ sơ'.normalize('NFC'));
    expect(r.encoding).toBe('windows-1258');
  });

  it('Windows-1258 not named: not UTF-8, and the message shows what it would say', async () => {
    const err = await failure(bytes('M', 'a', [0xde], ' h', [0xf4, 0xcc], ' s', [0xf5], ',x\n'));
    expect(err.code).toBe('E_NOT_UTF8');
    expect(err.message).toBe('the file is not UTF-8; read as Windows-1258 it says "Mã hồ sơ"');
    expect(err.hint('en')).toBe('add --encoding windows-1258');
  });

  it('other invalid UTF-8 is refused, naming the line, the column and the byte offset', async () => {
    // "code,date\nA," is 12 bytes: the bad bytes start at offset 12, line 2, column 2.
    const err = await failure(bytes('code,date\nA,', [0xff, 0xfe, 0x80], '\n'));
    expect(err.code).toBe('E_NOT_UTF8');
    expect(err.message).toBe('this cell is not valid UTF-8 text (byte offset 12 of the file)');
    expect(err.place).toMatchObject({ line: 2, column: 2 });
  });

  it.each([
    ['TCVN3', TCVN3_ANSI, 'tcvn3', '"M· hå s¬" should read "Mã hồ sơ"'],
    ['VNI', VNI_ANSI, 'vni', '"Maõ hoà sô" should read "Mã hồ sơ"'],
  ])('%s bytes in an ANSI file are detected', async (_name, file, font, shown) => {
    const err = await failure(file);
    expect(err.code).toBe('E_LEGACY_FONT');
    expect(err.message).toContain(shown);
    expect(err.hint('en')).toContain(`--encoding ${font}`);
    expect(err.hint('en')).toContain('Chuyển mã');
  });

  it.each([
    ['TCVN3', TCVN3_ANSI, 'tcvn3'],
    ['VNI', VNI_ANSI, 'vni'],
  ])('%s is read as Unicode when named, from ANSI bytes or from UTF-8', async (_name, file, font) => {
    const want = [
      [['Mã hồ sơ', 'Ngày tiếp nhận'], 1],
      [['A-1', 'xã Hòa Bình'], 2],
    ];
    expect((await rows(file, { encoding: font })).rows).toEqual(want);
    const utf8 = Buffer.from(file.toString('latin1'), 'utf8'); // the same characters, saved as CSV UTF-8 by Excel
    const r = await rows(utf8, { encoding: font });
    expect(r.rows).toEqual(want);
    expect(r.encoding).toBe(font);
  });

  it('naming an encoding turns legacy detection off (the user overrules it)', async () => {
    const r = await rows(TCVN3_ANSI, { encoding: 'latin1' });
    expect(r.rows[0]![0]).toEqual(['M\u00b7 h\u00e5 s\u00ac', 'Ng\u00b5y ti\u00d5p nh\u00cbn']);
  });

  it('an unknown encoding name is a usage error', async () => {
    const err = await failure('a\n', { encoding: 'klingon' });
    expect([err.code, err.message]).toEqual(['E_ENCODING', '--encoding: unknown encoding "klingon"']);
  });

  it('UTF-16 with its byte-order mark, LE and BE', async () => {
    const text = '\ufeffMã hồ sơ\tĐơn vị\r\nA-1\tXã A\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    for (const [file, name] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const r = await rows(file);
      expect(r).toEqual({
        rows: [
          [['Mã hồ sơ', 'Đơn vị'], 1],
          [['A-1', 'Xã A'], 2],
        ],
        encoding: name,
        delimiter: '\t',
      });
    }
  });
});

describe('streaming decoders keep a letter and its marks together across chunks', () => {
  it('NFC over chunks', () => {
    const nfc = makeNfc();
    const out = nfc.write('Ho') + nfc.write('\u0300a ca') + nfc.write('\u0301') + nfc.write('\u0323') + nfc.end();
    expect(out).toBe('Hòa cạ\u0301'.normalize('NFC'));
    expect(out).toBe('Hòa c\u1EA1\u0301');
  });

  it('Windows-1258 bytes split between a letter and its tone mark', () => {
    const d = makeDecoder({ name: 'windows-1258', bomLength: 0, font: null }, 'x.csv');
    const out =
      d.write(Uint8Array.from([0x4d, 0x61])) +
      d.write(Uint8Array.from([0xde, 0x20, 0x68, 0xf4])) +
      d.write(Uint8Array.from([0xcc])) +
      d.end();
    expect(out).toBe('Mã hồ');
  });

  it('a VNI letter split from its mark', () => {
    const c = makeLegacyConverter('vni');
    expect(c.write('Nga') + c.write('\u00f8y ho') + c.write('\u00e0') + c.end()).toBe('Ngày hồ');
    const d = makeLegacyConverter('vni');
    expect(d.write('a') + d.write('a') + d.write('\u00e2') + d.write('s\u00f4') + d.end()).toBe('aâsơ');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['Mã hồ sơ;Tên thủ tục;Ngày\nA;Đăng ký khai sinh, kết hôn, nhận cha, mẹ, con;1\nB;Thủ tục A, B, C, D;2\n', ';'],
    ['Mã hồ sơ\tTên\tNgày\nA\tx, y, z, w\t1\n', '\t'],
    ['BÁO CÁO\nTừ ngày 01/03 đến ngày 31/03\na,b,c\n1,2,3\n4,5,6\n', ','],
    ['"a;b",c\n"1;2",3\n', ','],
    ['single column\nvalue\n', ','],
  ])('%j → %j', (sample, want) => {
    expect(detectDelimiter(sample)).toBe(want);
  });
});

describe('broken files', () => {
  it('an unclosed quote points at the row where it opened, blank lines counted', async () => {
    const err = await failure('a,b\n1,2\n\n\n3,"x\n4,5\n6,7\n');
    expect(err.code).toBe('E_UNCLOSED_QUOTE');
    expect(err.place.line).toBe(5);
    expect(err.message).toBe(
      'a quoted field opened in the row starting here is never closed, so the rest of the file (to line 7) ' +
        'would be one cell',
    );
  });

  it.each([
    ['a lone quote as the last byte, after the header', 'a,b\n"', 2, 2],
    ['a quote on the last line, no newline after it', 'a,b\n1,2\n"3,4', 3, 3],
    ['blank lines before the last line', 'a,b\n1,2\n\n\n"', 5, 5],
    [
      'a quote on the last line with a newline after it (the newline ends no line of its own)',
      'a,b\n1,2\n"3,4\n',
      3,
      3,
    ],
  ])('%s: the row where the quote opened, even at the very end of the file', async (_name, text, line, to) => {
    // The error can reach the reader before the rows parsed just before it: the line must not be one too early.
    const err = await failure(text);
    expect(err.code).toBe('E_UNCLOSED_QUOTE');
    expect(err.place.line).toBe(line);
    expect(err.message).toContain(`(to line ${to})`);
  });

  it.each([
    ['an empty file', '', 'E_EMPTY'],
    ['NUL bytes', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02]), 'E_BINARY'],
    ['an xlsx workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'E_BINARY'],
    ['an old xls workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'E_BINARY'],
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'E_BINARY'],
  ])('%s', async (_name, file, code) => {
    expect((await failure(file)).code).toBe(code);
  });

  it('a missing file', async () => {
    const err = await csvFileRows(join(dir, 'nope.csv'), {}, () => {}).catch((e: unknown) => e);
    expect((err as AuditError).code).toBe('E_NO_FILE');
  });
});
