/**
 * The sheet scanner (src/io/sheet-scanner.ts): what it hands on for each row and cell, what it refuses,
 * and that the same XML gives the same cells however it is cut into blocks (1 byte at a time, random
 * sizes), since a tag, an entity or a UTF-8 character may be split across inflated blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberOfBytes } from '../../src/io/sheet-cells.js';
import {
  CELL_BOOLEAN,
  CELL_FORMULA_TEXT,
  CELL_NUMBER,
  CELL_SHARED,
  CELL_TEXT,
  type ScanProblem,
  SheetScanner,
} from '../../src/io/sheet-scanner.js';

interface SeenCell {
  column: number;
  type: number;
  style: number;
  value: string;
  formula: string | null;
}
type Seen = { row: number; hidden: boolean; cells: SeenCell[] }[];

class ScanError extends Error {
  constructor(
    readonly problem: ScanProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

/** Scan `xml` cut into blocks at `cuts` (byte offsets); the rows and cells seen. */
function scan(xml: string | Buffer, cuts: number[] = [], maxCellBytes = 1 << 20): Seen {
  const bytes = typeof xml === 'string' ? Buffer.from(xml) : xml;
  const seen: Seen = [];
  const scanner = new SheetScanner(
    {
      rowStart: (row, hidden) => seen.push({ row, hidden, cells: [] }),
      cell: (c) =>
        seen[seen.length - 1]!.cells.push({
          column: c.column,
          type: c.type,
          style: c.style,
          value: c.value.toString('utf8', 0, c.valueLength),
          formula: c.hasFormula ? c.formula.toString('utf8', 0, c.formulaLength) : null,
        }),
      rowEnd: () => {},
      cellTooLong: () => {
        throw new ScanError('corrupt', 'cell too long');
      },
    },
    (problem, detail) => new ScanError(problem, detail),
    maxCellBytes,
  );
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    scanner.write(Buffer.from(bytes.subarray(from, cut)));
    from = cut;
  }
  scanner.write(Buffer.from(bytes.subarray(from)));
  scanner.end();
  return seen;
}

const everyByte = (xml: string): number[] => Array.from({ length: Buffer.byteLength(xml) }, (_, i) => i);
const sheet = (rows: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<sheetData>${rows}</sheetData></worksheet>`;

const RICH = sheet(
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45293.6875</v></c>' +
    '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>Ngày </t></r><r><t xml:space="preserve">hẹn trả</t></r>' +
    '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
    '<c r="D1" t="str"><f>A1&amp;"x"</f>' +
    '<v>a &lt;b&gt; &quot;c&quot; &apos;d&apos; &#65;&#x1EA0;&#x1F600;</v></c></row>' +
    '<!-- a comment --><row r="3" hidden="1"><c t="b"><v>1</v></c><c><f t="shared" si="0"/></c>' +
    '<c t="e"><v>#N/A</v></c><c r="F3"><v><![CDATA[x<y&z]]></v></c></row>' +
    '<row r="5" s="2" customFormat="1"/><row><c r="B6" s="3"/></row>',
);

const EXPECTED: Seen = [
  {
    row: 1,
    hidden: false,
    cells: [
      { column: 0, type: CELL_SHARED, style: 0, value: '0', formula: null },
      { column: 1, type: CELL_NUMBER, style: 2, value: '45293.6875', formula: null },
      { column: 2, type: CELL_TEXT, style: 0, value: 'Ngày hẹn trả', formula: null },
      { column: 3, type: CELL_FORMULA_TEXT, style: 0, value: 'a <b> "c" \'d\' AẠ😀', formula: 'A1&"x"' },
    ],
  },
  {
    row: 3,
    hidden: true,
    cells: [
      { column: 0, type: CELL_BOOLEAN, style: 0, value: '1', formula: null },
      { column: 1, type: CELL_NUMBER, style: 0, value: '', formula: '' },
      { column: 2, type: CELL_TEXT, style: 0, value: '#N/A', formula: null },
      { column: 5, type: CELL_NUMBER, style: 0, value: 'x<y&z', formula: null },
    ],
  },
  { row: 5, hidden: false, cells: [] },
  { row: 6, hidden: false, cells: [{ column: 1, type: CELL_NUMBER, style: 3, value: '', formula: null }] },
];

describe('SheetScanner', () => {
  it('reads rows, cells, entities, rich text runs, inline strings, CDATA and self-closing tags', () => {
    expect(scan(RICH)).toEqual(EXPECTED);
  });

  it('gives the same cells fed a byte at a time (tags, entities and characters split)', () => {
    expect(scan(RICH, everyByte(RICH))).toEqual(EXPECTED);
  });

  it('gives the same cells however the bytes are cut into blocks', () => {
    const n = Buffer.byteLength(RICH);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: n - 1 }), { maxLength: 40 }), (cuts) => {
        expect(scan(RICH, cuts)).toEqual(EXPECTED);
      }),
      { numRuns: 300 },
    );
  });

  it('skips a byte order mark, even one cut in two', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RICH)]);
    expect(scan(withBom)).toEqual(EXPECTED);
    expect(scan(withBom, [1, 2, 3, 4])).toEqual(EXPECTED);
  });

  it('ignores a namespace prefix on element names', () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="2"><x:c r="C2" t="s"><x:v>7</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect(scan(xml, everyByte(xml))).toEqual([
      { row: 2, hidden: false, cells: [{ column: 2, type: CELL_SHARED, style: 0, value: '7', formula: null }] },
    ]);
  });

  it('reads a row of 16,384 columns and refuses a cell past XFD, naming it', () => {
    const cells = '<c><v>1</v></c>'.repeat(16_384);
    expect(scan(sheet(`<row>${cells}</row>`))[0]!.cells).toHaveLength(16_384);
    expect(() => scan(sheet('<row><c r="XFE2"><v>1</v></c></row>'))).toThrow(new ScanError('corrupt', 'XFE2'));
    expect(() => scan(sheet(`<row>${cells}<c><v>1</v></c></row>`))).toThrow(/corrupt: \?/);
  });

  it.each([
    ['a document type declaration', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>', 'dtd'],
    ['an entity of its own', sheet('<row><c><v>&a;</v></c></row>'), 'corrupt'],
    ['a character reference past U+10FFFF', sheet('<row><c><v>&#x110000;</v></c></row>'), 'corrupt'],
    ['a close tag that does not match', sheet('<row><c><v>1</c></v></row>'), 'corrupt'],
    ['a sheet cut short', sheet('<row><c><v>1</v></c></row>').slice(0, -30), 'corrupt'],
    ['a sheet cut inside a tag', '<worksheet><sheetData><row r="1"', 'corrupt'],
    ['text outside the root element', `${sheet('')}junk`, 'corrupt'],
  ])('refuses %s', (_, xml, problem) => {
    expect(() => scan(xml)).toThrow(expect.objectContaining({ problem }));
    expect(() => scan(xml, everyByte(xml))).toThrow(expect.objectContaining({ problem }));
  });

  it('stops a cell whose text passes the bound, without holding it all', () => {
    const xml = sheet(`<row><c t="inlineStr"><is><t>${'x'.repeat(5000)}</t></is></c></row>`);
    expect(() => scan(xml, [], 1024)).toThrow(/cell too long/);
    expect(scan(xml, [], 8192)[0]!.cells[0]!.value).toHaveLength(5000);
  });

  it('refuses a tag that never ends past the markup bound', () => {
    const xml = `<worksheet><row r="1" x="${'y'.repeat(2 << 20)}"`;
    const cuts = Array.from({ length: 40 }, (_, i) => (i + 1) * 65_536);
    expect(() => scan(xml, cuts)).toThrow(/markup over/);
  });
});

describe('numberOfBytes', () => {
  it('reads a number cell exactly as Number reads its text', () => {
    const same = (text: string): void => {
      const b = Buffer.from(text);
      const want = text.trim() === '' ? Number.NaN : Number(text);
      expect(Object.is(numberOfBytes(b, b.length), want)).toBe(true);
    };
    for (const t of ['', ' ', '0', '-0', '007', '1.', '.5', '-.5', '1e3', '0x1A', ' 12 ', 'abc', '45293.6875']) same(t);
    for (const t of ['123456789012345', '1234567890123456', '0.1', '0.30000000000000004', '-45293.999988426']) same(t);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => same(String(d))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 9_999_999 }), (a, b) =>
        same(`${a}.${String(b).padStart(7, '0')}`),
      ),
      { numRuns: 2000 },
    );
  });
});
