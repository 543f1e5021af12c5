/**
 * What the first bytes of a file say before it is parsed: a workbook or other binary file instead of
 * CSV text, Vietnamese text in a legacy font encoding or mojibake (legacy-encoding.ts), or a
 * Windows-1258 file read as UTF-8. Each is one `AuditError` with a hint, instead of garbage or
 * thousands of row errors later. Legacy detection runs only when the user named no encoding: naming
 * one (`--encoding`) is how a user overrules it.
 */
import { iconv } from './iconv.js';
import { AuditError } from '../errors.js';
import { say, type BinaryKind } from '../messages/errors.js';
import { isUtf8, isUtf8Name, type DetectedEncoding } from './decode.js';
import { detectLegacyText, headerRegion, type LegacyVerdict } from './detect-garbled-text.js';
import { FONT_NAMES } from './legacy-encoding.js';

const VIETNAMESE = /[ăđơư\u1ea0-\u1ef9]/i;

const MAGIC: readonly { bytes: readonly number[]; kind: BinaryKind }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'xls' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
];

/** Throw for a file that is binary by its first bytes (a workbook, a PDF, or NUL bytes without a UTF-16 BOM). */
export function checkBinary(head: Uint8Array, enc: DetectedEncoding, file: string): void {
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => head[i] === b));
  if (magic) {
    throw new AuditError('E_BINARY', say('binaryKnown', { kind: magic.kind }), { place: { file } });
  }
  const wide = /^(utf-?16|ucs-?2|utf-?32)/i.test(enc.name);
  if (!wide && head.subarray(enc.bomLength).includes(0)) {
    throw new AuditError('E_BINARY', say('binaryData', {}), { place: { file } });
  }
}

/**
 * Throw when the head's text is legacy-font text or mojibake, or when it is not UTF-8 but reads as
 * Windows-1258. `sample` is the head decoded as the file will be (leniently).
 */
export function checkLegacyText(head: Uint8Array, enc: DetectedEncoding, sample: string, file: string): void {
  const body = head.subarray(enc.bomLength);
  if (isUtf8Name(enc.name) && !isUtf8(body) && !isMostlyUtf8(body)) {
    // Not UTF-8: either Windows-1258 (then it reads as clean Vietnamese) or legacy font bytes.
    const cp1258 = iconv().decode(Buffer.from(body), 'windows-1258').normalize('NFC');
    const asCp1258 = detectLegacyText(cp1258);
    if (asCp1258 !== null)
      throw legacyError(detectLegacyText(iconv().decode(Buffer.from(body), 'latin1')) ?? asCp1258, file);
    if (VIETNAMESE.test(cp1258)) {
      // The example comes from the title and header rows only: a data row may hold an applicant's name.
      const example = headerRegion(cp1258)
        .split(/[,;\t\r\n]/)
        .find((p) => VIETNAMESE.test(p))
        ?.trim();
      throw new AuditError(
        'E_NOT_UTF8',
        say('notUtf8ReadsAs1258', { example: example === undefined ? null : example.slice(0, 40) }),
        { place: { file } },
      );
    }
    return; // the strict decoder reports the invalid bytes
  }
  const verdict = detectLegacyText(sample);
  if (verdict !== null) throw legacyError(verdict, file);
}

/**
 * UTF-8 text with a stray bad byte or two (a cell pasted from elsewhere), not a file in another
 * encoding: its non-ASCII characters are mostly valid UTF-8 sequences. Such a file is read as UTF-8;
 * the reader says where each bad byte is (csv-rows.ts), and a bad byte in a cell nobody reads is only
 * a warning. Read as Windows-1258 or a legacy font, the text would be garbled everywhere else.
 */
function isMostlyUtf8(body: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(body);
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  return good >= 8 * bad;
}

function legacyError(v: LegacyVerdict, file: string): AuditError {
  const place = { file };
  if (v.kind === 'mojibake') {
    return new AuditError('E_MOJIBAKE', say('mojibake', { example: v.example, reading: v.reading }), { place });
  }
  const name = FONT_NAMES[v.font];
  return new AuditError(
    'E_LEGACY_FONT',
    say('legacyFont', { font: v.font, fontName: name, example: v.example, reading: v.reading }),
    { place },
  );
}
