/**
 * A small streaming .xlsx writer: sheets of typed cells written row by row straight into the zip
 * (io/zip-writer.ts), so a sheet of a million rows is never held as objects — only its deflated bytes
 * are. It writes what the report's workbook uses and nothing else: text (inline strings, never
 * formulas), numbers, dates (as Excel serials with a date format), cell styles (font, fill, border,
 * alignment, number format), column widths, row heights, merged cells, frozen panes and an
 * auto-filter. Styles are collected while the sheets are written and the style sheet is written last.
 */
import { daysFromCivil } from '../core/day.js';
import { columnLetters } from '../core/sheet-address.js';
import { ZipWriter, type ZipDate } from '../io/zip-writer.js';

/** Excel's row limit per sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  size?: number;
  /** ARGB, e.g. FFB3261E. */
  color?: string;
  fill?: string;
  border?: 'thin' | 'top-medium';
  /** Centred both ways, wrapped: a heading. */
  heading?: boolean;
}

/** A cell: text, a number, a date (a civil date), or nothing; with a style or not. */
export type CellValue = string | number | { date: ZipDate } | null;
export interface Cell {
  value: CellValue;
  style?: CellStyle;
}

export interface SheetSpec {
  name: string;
  /** Column widths from column 1. */
  widths?: readonly number[];
  /** A style for whole columns (1-based column → style), e.g. a date format. */
  columnStyles?: ReadonlyMap<number, CellStyle>;
  frozen?: { columns: number; rows: number };
  merges?: readonly string[];
  autoFilter?: string;
  /** Row heights (1-based row → points). */
  heights?: ReadonlyMap<number, number>;
  /** Printed on A4 landscape, scaled to the page's width (as many pages down as it takes). */
  printLandscape?: boolean;
  rows: Iterable<readonly Cell[]>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EPOCH_1900 = daysFromCivil(1899, 12, 30);
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
/** Built-in number formats Excel knows by id. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};

export function xmlText(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped (Excel would refuse the file).
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** The styles used, each given an index as it is first met. */
class StyleBook {
  readonly fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  readonly borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  readonly numFmts: string[] = [];
  readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly index = new Map<string, number>([['{}', 0]]);

  of(style: CellStyle | undefined): number {
    if (style === undefined) return 0;
    const key = JSON.stringify(style);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const bold = style.bold ? '<b/>' : '';
    const color = style.color ? `<color rgb="${style.color}"/>` : '';
    const fontXml = `<font>${bold}<sz val="${style.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/></font>`;
    const font = style.bold || style.size || style.color ? this.add(this.fonts, fontXml) : 0;
    const fillXml = `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/></patternFill></fill>`;
    const fill = style.fill ? this.add(this.fills, fillXml) : 0;
    const topMedium = '<border><left/><right/><top style="medium"/><bottom/><diagonal/></border>';
    const border =
      style.border === 'thin'
        ? this.add(this.borders, THIN_BORDER)
        : style.border === 'top-medium'
          ? this.add(this.borders, topMedium)
          : 0;
    const numFmt = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const align = style.heading ? '<alignment horizontal="center" vertical="center" wrapText="1"/>' : '';
    const applied = [
      numFmt ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      align ? ' applyAlignment="1"' : '',
    ].join('');
    const ids = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}"`;
    const xf = `<xf ${ids} xfId="0"${applied}>${align}</xf>`;
    const id = this.add(this.xfs, xf);
    this.index.set(key, id);
    return id;
  }

  private add(list: string[], xml: string): number {
    const at = list.indexOf(xml);
    if (at >= 0) return at;
    list.push(xml);
    return list.length - 1;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const at = this.numFmts.indexOf(code);
    if (at >= 0) return 164 + at;
    this.numFmts.push(code);
    return 164 + this.numFmts.length - 1;
  }

  xml(): string {
    const list = (tag: string, items: string[]): string => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const fmts = this.numFmts.length
      ? list(
          'numFmts',
          this.numFmts.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(c)}"/>`),
        )
      : '';
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS}">${fmts}` +
      `${list('fonts', this.fonts)}${list('fills', this.fills)}${list('borders', this.borders)}` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** The XML of one cell at `ref`. */
function cellXml(ref: string, cell: Cell, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  const v = cell.value;
  if (v === null) return style === 0 ? '' : `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === 'string')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  const serial = daysFromCivil(v.date.year, v.date.month, v.date.day) - EPOCH_1900;
  return `<c r="${ref}"${s}><v>${serial}</v></c>`;
}

/** A sheet's XML, a row at a time. */
function* sheetXml(spec: SheetSpec, styles: StyleBook): Generator<string> {
  let head = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}">`;
  if (spec.printLandscape) head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  if (spec.frozen) {
    const { columns, rows } = spec.frozen;
    const pane = columns > 0 && rows > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
    const topLeft = `${columnLetters(columns + 1)}${rows + 1}`;
    head +=
      `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}"` +
      ` state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
  }
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = spec.widths ?? [];
  if (widths.length > 0) {
    head += `<cols>${widths
      .map((w, i) => {
        const colStyle = spec.columnStyles?.get(i + 1);
        const s = colStyle === undefined ? '' : ` style="${styles.of(colStyle)}"`;
        return `<col min="${i + 1}" max="${i + 1}" width="${w}"${s} customWidth="1"/>`;
      })
      .join('')}</cols>`;
  }
  yield `${head}<sheetData>`;
  let r = 0;
  let batch: string[] = [];
  for (const cells of spec.rows) {
    r++;
    const height = spec.heights?.get(r);
    let xml = `<row r="${r}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
    cells.forEach((cell, i) => {
      const style = cell.style ?? spec.columnStyles?.get(i + 1);
      xml += cellXml(`${columnLetters(i + 1)}${r}`, cell, styles.of(style));
    });
    batch.push(`${xml}</row>`);
    if (batch.length >= 512) {
      yield batch.join('');
      batch = [];
    }
  }
  yield `${batch.join('')}</sheetData>`;
  if (spec.autoFilter) yield `<autoFilter ref="${spec.autoFilter}"/>`;
  if (spec.merges?.length) {
    const refs = spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('');
    yield `<mergeCells count="${spec.merges.length}">${refs}</mergeCells>`;
  }
  // paperSize 9: A4; fitToHeight 0: no limit on the pages down.
  const setup = spec.printLandscape
    ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    : '';
  yield `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`;
}

/**
 * Write a workbook of `sheets` (each streamed as it is written) to `out`, every entry dated `date`;
 * `creator` and `date` go into the document properties.
 */
export async function writeWorkbook(
  sheets: Iterable<SheetSpec>,
  out: (chunk: Buffer) => void | Promise<void>,
  meta: { date: ZipDate; creator: string },
): Promise<void> {
  const zip = new ZipWriter(out, meta.date);
  const styles = new StyleBook();
  const names: string[] = [];
  for (const sheet of sheets) {
    names.push(sheet.name);
    await zip.add(`xl/worksheets/sheet${names.length}.xml`, sheetXml(sheet, styles));
  }
  const two = (n: number): string => String(n).padStart(2, '0');
  const when = `${meta.date.year}-${two(meta.date.month)}-${two(meta.date.day)}T00:00:00Z`;
  const override = (part: string, type: string): string => `<Override PartName="${part}" ContentType="${type}"/>`;
  const sheetTypes = names
    .map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${OFFICE_TYPE}.worksheet+xml`))
    .join('');
  await zip.add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="${CONTENT_TYPES}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      override('/xl/workbook.xml', `${OFFICE_TYPE}.sheet.main+xml`) +
      sheetTypes +
      override('/xl/styles.xml', `${OFFICE_TYPE}.styles+xml`) +
      override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      '</Types>',
  );
  await zip.add(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
      '</Relationships>',
  );
  await zip.add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties` +
      ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${xmlText(meta.creator)}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
  );
  const sheetList = names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  await zip.add(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr/>` +
      `<sheets>${sheetList.join('')}</sheets></workbook>`,
  );
  const sheetRels = names.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  await zip.add(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${sheetRels.join('')}` +
      `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  await zip.add('xl/styles.xml', styles.xml());
  await zip.finish();
}
