#!/usr/bin/env node
/**
 * The benchmark's workbook: a CSV export (the bench's synthetic electronic.csv or paper.csv, whose
 * cells hold no quoted line breaks) saved as an .xlsx, the way Excel saves a sheet: texts as shared
 * strings, dd/mm/yyyy[ HH:mm] dates as serials styled as dates, whole numbers as numbers. Streamed
 * through the tool's own zip writer (dist/, `npm run build` first), a row at a time.
 *
 *   node scripts/csv-to-xlsx.mjs <in.csv> <out.xlsx>
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ZipWriter } from '../dist/io/zip-writer.js';
import { daysFromCivil } from '../dist/core/day.js';

const [input, output] = process.argv.slice(2);
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const EPOCH = daysFromCivil(1899, 12, 30);
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = (col) => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function splitCsv(line) {
  const cells = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') q = !q;
    else if (!q && ch === ',') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

const strings = new Map();
function cellXml(ref, text) {
  if (text === '') return '';
  const m = DATE.exec(text);
  if (m) {
    const day = daysFromCivil(Number(m[3]), Number(m[2]), Number(m[1])) - EPOCH;
    return m[4] === undefined
      ? `<c r="${ref}" s="1"><v>${day}</v></c>`
      : `<c r="${ref}" s="2"><v>${day + (Number(m[4]) * 60 + Number(m[5])) / 1440}</v></c>`;
  }
  if (/^[1-9]\d{0,8}$/.test(text)) return `<c r="${ref}"><v>${text}</v></c>`;
  let id = strings.get(text);
  if (id === undefined) {
    id = strings.size;
    strings.set(text, id);
  }
  return `<c r="${ref}" t="s"><v>${id}</v></c>`;
}

async function* sheet() {
  yield `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
  let r = 0;
  let batch = [];
  for await (const line of createInterface({ input: createReadStream(input) })) {
    if (line === '') continue;
    r++;
    batch.push(
      `<row r="${r}">${splitCsv(line)
        .map((c, i) => cellXml(`${letters(i + 1)}${r}`, c.trim()))
        .join('')}</row>`,
    );
    if (batch.length === 1000) {
      yield batch.join('');
      batch = [];
    }
  }
  yield `${batch.join('')}</sheetData></worksheet>`;
}

const out = createWriteStream(output);
const zip = new ZipWriter(
  (chunk) => new Promise((resolve) => (out.write(chunk) ? resolve() : out.once('drain', resolve))),
  {
    year: 2024,
    month: 12,
    day: 31,
  },
);
await zip.add('xl/worksheets/sheet1.xml', sheet());
await zip.add(
  'xl/sharedStrings.xml',
  (function* () {
    yield `${HEAD}<sst xmlns="${MAIN}" uniqueCount="${strings.size}">`;
    for (const s of strings.keys()) yield `<si><t xml:space="preserve">${esc(s)}</t></si>`;
    yield '</sst>';
  })(),
);
await zip.add(
  'xl/styles.xml',
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>',
);
await zip.add(
  'xl/workbook.xml',
  `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
await zip.add(
  'xl/_rels/workbook.xml.rels',
  `${HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
);
await zip.finish();
await new Promise((resolve) => out.end(resolve));
