/**
 * What kind of file an input is, by its first bytes and never by its name (a workbook renamed .csv is
 * read as a workbook; a CSV renamed .xlsx as CSV): a zip is read as an .xlsx / .xlsm workbook; an OLE
 * compound file is either a password-protected workbook (Excel wraps an encrypted .xlsx in one) or an
 * Excel 97–2003 .xls, and both stop with a message saying how to convert it; an HTML page with a table
 * (what web systems save as ".xls") is read as its table rows (html-rows.ts); anything else is CSV text.
 */
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';

export type InputFormat = 'csv' | 'xlsx' | 'html';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted workbook keeps its package in, as the compound file's directory names it (UTF-16LE). */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => head[i] === b);

/** Whether the first bytes are an HTML page with a table (after a BOM and blanks, a tag; `<table` or `<html` soon). */
function looksLikeHtmlTable(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 4096))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  return text.startsWith('<') && /<(table|html|!doctype html)[\s>]/.test(text);
}

export function sniffFormat(head: Uint8Array, file: string): InputFormat {
  if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) return 'xlsx';
  if (startsWith(head, OLE)) {
    const encrypted = Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(ENCRYPTED_STREAM);
    throw encrypted
      ? new AuditError('E_WORKBOOK', say('workbookProblem', { kind: 'encrypted', detail: '' }), { place: { file } })
      : new AuditError('E_XLS', say('xlsBinary', {}), { place: { file } });
  }
  if (looksLikeHtmlTable(head)) return 'html';
  return 'csv';
}
