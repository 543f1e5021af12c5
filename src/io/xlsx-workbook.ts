/**
 * An .xlsx / .xlsm workbook opened for reading: its zip (zip-archive.ts), its sheets in workbook order
 * with their parts, the date system (1900 or 1904), the shared strings and which cell styles are dates
 * or zero-padded numbers. The sheets' rows are read by xlsx-rows.ts. Only these parts are ever read:
 * macros (vbaProject.bin), external links, pivot caches and drawings are never opened, let alone run.
 * These parts' XML is parsed by sax in strict mode (a sheet's by sheet-scanner.ts); either way a document
 * type declaration is refused (no entity of its own can be defined, so none can expand).
 */
import sax from 'sax';
import { AuditError } from '../errors.js';
import { say, type WorkbookProblem } from '../messages/errors.js';
import type { Input } from './open-input.js';
import {
  type ByteSource,
  openFileSource,
  openZip,
  readEntryText,
  type ZipArchive,
  type ZipEntry,
} from './zip-archive.js';

/** Largest workbook part read whole (workbook.xml, its relations, styles). */
const MAX_SMALL_PART = 16 << 20;
/** Largest shared-strings part: its strings are held in memory while the sheet is read. */
const MAX_SHARED_STRINGS = 512 << 20;
/** Largest workbook read from a pipe, which cannot be read out of order: it is held in memory. */
const MAX_PIPED = 256 << 20;

export interface SheetInfo {
  name: string;
  /** 1-based position in the workbook. */
  number: number;
  hidden: boolean;
  entry: ZipEntry;
}

/** How the numbers of a style are shown: as a date (or date-time), or padded with zeros to a width. */
export type StyleShow = { kind: 'date'; time: boolean } | { kind: 'padded'; width: number } | null;

export interface Workbook {
  file: string;
  zip: ZipArchive;
  sheets: SheetInfo[];
  date1904: boolean;
  sharedStrings(): Promise<string[]>;
  styles(): Promise<StyleShow[]>;
  close(): Promise<void>;
}

export function workbookError(file: string, problem: WorkbookProblem, detail = ''): AuditError {
  return new AuditError('E_WORKBOOK', say('workbookProblem', { kind: problem, detail }), { place: { file } });
}

/** Open the workbook behind `input` (its head already read). */
export async function openWorkbook(input: Input): Promise<Workbook> {
  const file = input.file;
  const { source, close } = await byteSource(input);
  try {
    const zip = await openZip(source, file);
    const part = (name: string): ZipEntry | undefined => zip.entries.get(name);
    const workbookEntry = part('xl/workbook.xml');
    if (workbookEntry === undefined) {
      throw workbookError(file, zip.entries.has('EncryptedPackage') ? 'encrypted' : 'notWorkbook');
    }
    const relsEntry = part('xl/_rels/workbook.xml.rels');
    const targets = new Map<string, string>();
    if (relsEntry !== undefined) {
      parseXml(await readEntryText(zip, relsEntry, MAX_SMALL_PART, file), file, relsEntry.name, (name, attrs) => {
        if (name === 'Relationship' && attrs.Id && attrs.Target) targets.set(attrs.Id, partPath(attrs.Target));
      });
    }
    const sheets: SheetInfo[] = [];
    let date1904 = false;
    parseXml(await readEntryText(zip, workbookEntry, MAX_SMALL_PART, file), file, workbookEntry.name, (name, attrs) => {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name !== 'sheet') return;
      const target = targets.get(attrs['r:id'] ?? '') ?? `xl/worksheets/sheet${attrs.sheetId ?? ''}.xml`;
      const entry = part(target);
      if (entry === undefined || !/worksheets\//.test(target)) return; // a chart sheet has no rows
      sheets.push({
        name: attrs.name ?? '',
        number: sheets.length + 1,
        hidden: attrs.state !== undefined && attrs.state !== 'visible',
        entry,
      });
    });
    if (sheets.length === 0) throw workbookError(file, 'noSheets');
    const ssEntry = part('xl/sharedStrings.xml');
    const stylesEntry = part('xl/styles.xml');
    return {
      file,
      zip,
      sheets,
      date1904,
      sharedStrings: async () => (ssEntry === undefined ? [] : readSharedStrings(zip, ssEntry, file)),
      styles: async () =>
        stylesEntry === undefined ? [] : readStyles(await readEntryText(zip, stylesEntry, MAX_SMALL_PART, file), file),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** A part's path inside the zip from a relationship target ("worksheets/sheet1.xml" or "/xl/…"). */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** The input's bytes at any offset: the file itself, or (from a pipe) its bytes held in memory. */
async function byteSource(input: Input): Promise<{ source: ByteSource; close: () => Promise<void> }> {
  if (input.size !== null) {
    try {
      return await openFileSource(input.file);
    } catch {
      throw workbookError(input.file, 'corrupt');
    }
  }
  const chunks: Buffer[] = [Buffer.from(input.head)];
  let total = input.head.length;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const n = await input.read(chunk, 0, chunk.length);
    if (n === 0) break;
    total += n;
    if (total > MAX_PIPED) throw workbookError(input.file, 'tooLarge', `> ${MAX_PIPED}`);
    chunks.push(chunk.subarray(0, n));
  }
  const all = Buffer.concat(chunks);
  return {
    source: { size: all.length, readAt: async (o, l) => all.subarray(o, Math.min(all.length, o + l)) },
    close: async () => {},
  };
}

/** A strict sax parser that refuses a document type declaration and reports errors as the workbook's. */
export function makeXmlParser(file: string, part: string): sax.SAXParser {
  const parser = sax.parser(true, { trim: false, normalize: false, position: false });
  parser.ondoctype = () => {
    throw workbookError(file, 'dtd', part);
  };
  parser.onerror = (err) => {
    throw workbookError(file, 'corrupt', `${part}: ${err.message.split('\n')[0]}`);
  };
  return parser;
}

/** Every start tag of a small part, with its local name (no prefix) and attributes. */
function parseXml(
  text: string,
  file: string,
  part: string,
  onTag: (name: string, attrs: Record<string, string>) => void,
): void {
  const parser = makeXmlParser(file, part);
  parser.onopentag = (tag) => onTag(localName(tag.name), tag.attributes as Record<string, string>);
  parser.write(text).close();
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The shared strings, each `<si>` flattened (rich-text runs joined; phonetic guides left out). */
async function readSharedStrings(zip: ZipArchive, entry: ZipEntry, file: string): Promise<string[]> {
  if (entry.size > MAX_SHARED_STRINGS) throw workbookError(file, 'tooLarge', entry.name);
  const strings: string[] = [];
  const parser = makeXmlParser(file, entry.name);
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parser.onopentag = (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0) inText = true;
  };
  parser.onclosetag = (tagName) => {
    const name = localName(tagName);
    if (name === 'si') {
      strings.push((current ?? []).join(''));
      current = null;
    } else if (name === 'rPh') phonetic--;
    else if (name === 't') inText = false;
  };
  parser.ontext = (text) => {
    if (inText && current !== null) current.push(text);
  };
  parser.oncdata = parser.ontext;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of zip.read(entry)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
  return strings;
}

/** Built-in number formats that show dates or times (ids 14–22, 27–36, 45–47, 50–58: East Asian dates). */
function builtinShow(id: number): StyleShow {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 50 && id <= 58) || id === 36)
    return { kind: 'date', time: false };
  if ((id >= 18 && id <= 22) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47)) return { kind: 'date', time: true };
  return null;
}

/** What a custom format code shows: a date when it has day, month or year parts outside quotes and brackets. */
export function formatShow(code: string): StyleShow {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[([hms]+)\]/gi, '$1') // elapsed time, [h]:mm
    .replace(/\[[^\]]*\]/g, '');
  if (/[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs]+[^dy]*m|m+[^dy]*s/gi, ''))) {
    return { kind: 'date', time: /[hs]/i.test(bare) };
  }
  if (/^0+$/.test(bare) && bare.length > 1) return { kind: 'padded', width: bare.length };
  return null;
}

/** For each cell style (`s` of a cell), how its numbers are shown. */
function readStyles(text: string, file: string): StyleShow[] {
  const custom = new Map<number, string>();
  const shows: StyleShow[] = [];
  let inCellXfs = false;
  const parser = makeXmlParser(file, 'xl/styles.xml');
  parser.onopentag = (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (name === 'cellXfs') inCellXfs = true;
    else if (name === 'xf' && inCellXfs) {
      const id = Number(a.numFmtId ?? 0);
      const code = custom.get(id);
      shows.push(code === undefined ? builtinShow(id) : formatShow(code));
    }
  };
  parser.onclosetag = (name) => {
    if (localName(name) === 'cellXfs') inCellXfs = false;
  };
  parser.write(text).close();
  return shows;
}
