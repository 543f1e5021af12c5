/**
 * Whether an output file may be written, decided before any work: an output never replaces an input
 * (by path, or the same file reached another way) nor anything but a regular file (a folder, a device
 * such as /dev/null, a pipe); an existing file is replaced only when it is empty, when it was written
 * by this tool, or with `--force`.
 *
 * "Written by this tool" is recognised by how each of our formats begins (after an optional UTF-8
 * BOM): the JSON report's `{\n  "schemaVersion"`, the header rows of our CSV files, the table's and
 * the markdown's title line, an ndjson finding line, the HTML report's generator tag, and for an xlsx
 * workbook the creator `tthc-audit` in its document properties. A user's own file starting with one
 * of these exact lines is, in practice, one of ours.
 */
import { lstat, readlink, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { FINDING_KINDS } from '../findings/kinds.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { readOutputHead, readZipEntryText } from '../io/read-output-head.js';
import { csvText, DETAIL_COLUMNS, OUTPUT_DELIMITERS, summaryCsvHeader } from '../render/csv.js';
import { detailHeadings, summaryHeadings } from '../render/csv-headers.js';
import { renderEvidence } from '../render/dossiers.js';
import { LABELS, LANGS } from '../render/labels.js';
import { writeRejects } from './rejects.js';

export interface OutputTarget {
  /** The option that names it, e.g. `--details`. */
  flag: string;
  file: string;
}

const COMMANDS = ['reconcile', 'stats'] as const;
/** The HTML report's generator tag: `tthc-audit`, then (from 0.1.0 with provenance) its version. */
const HTML_GENERATOR = /<meta name="generator" content="tthc-audit(?: [^"]*)?">/;
const XLSX_CREATOR = '<dc:creator>tthc-audit</dc:creator>';
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The first line(s) of each text format we write. */
function textSignatures(): string[] {
  const titles = LANGS.flatMap((lang) => COMMANDS.map((c) => LABELS[lang].text.title(c)));
  return [
    '{\n  "schemaVersion": ',
    '[\n  {\n    "code": ',
    '[]\n',
    // CSV in any output delimiter (--delimiter), with machine names or headings in either language (--headers).
    ...OUTPUT_DELIMITERS.flatMap((delimiter) => [
      summaryCsvHeader().join(delimiter) + '\n',
      DETAIL_COLUMNS.join(delimiter) + '\n',
      // --details before it gained working_days_late
      DETAIL_COLUMNS.filter((c) => c !== 'working_days_late').join(delimiter) + '\n',
      ...LANGS.flatMap((lang) => [
        csvText([summaryHeadings(LABELS[lang], lang)], { delimiter, decimal: '.' }),
        csvText([detailHeadings(DETAIL_COLUMNS, LABELS[lang])], { delimiter, decimal: '.' }),
      ]),
      renderEvidence([], false, { delimiter, decimal: '.' }),
      writeRejects([], 'en', { delimiter, decimal: '.' }).trimEnd(),
    ]),
    ...titles.map((t) => `${t}\n`),
    ...titles.map((t) => `## ${t}\n`),
  ];
}

const NDJSON_LINE = new RegExp(`^\\{"kind":"(${FINDING_KINDS.join('|')})","code":`);

/** Whether the first bytes of a file (and, for a zip, the file itself) show it was written by tthc-audit. */
async function isOurOutput(file: string, head: Buffer): Promise<boolean> {
  if (head.subarray(0, 4).equals(ZIP_MAGIC))
    return (await readZipEntryText(file, 'docProps/core.xml'))?.includes(XLSX_CREATOR) === true;
  const text = (head.subarray(0, 3).equals(UTF8_BOM) ? head.subarray(3) : head).toString('utf8');
  if (text.startsWith('<!DOCTYPE html>')) return HTML_GENERATOR.test(text);
  return NDJSON_LINE.test(text) || textSignatures().some((s) => text.startsWith(s));
}

/**
 * Refuse (exit 2) an output that is an input or cannot safely be replaced. `inputs` are the input
 * files; `force` is `--force`.
 */
export async function checkOutputTarget(
  target: OutputTarget,
  inputs: readonly string[],
  force: boolean,
): Promise<void> {
  const { flag, file } = target;
  await checkOutputPath(target);
  const refusal = new AuditError('E_OUTPUT_EXISTS', say('outputExists', { flag }), { place: { file } });
  // A file that exists but cannot be read cannot be recognised: it is not ours to replace.
  const found = await readOutputHead(file).catch(() => 'unreadable' as const);
  if (found === 'unreadable') {
    if (force) return;
    throw refusal;
  }
  if (!found.exists) return;
  if (!found.isFile) throw new AuditError('E_OUTPUT_NOT_FILE', say('outputNotFile', { flag }), { place: { file } });
  if (await isSameFileAsAnInput(file, inputs)) throw new AuditError('E_USAGE', say('outputIsInput', { flag, file }));
  if (force || found.size === 0 || (await isOurOutput(file, found.head))) return;
  throw refusal;
}

/**
 * A path that can never be written, said as it is before any work: a symbolic link to nothing (written
 * through, it would leave the link dangling or be replaced by a file), a folder that does not exist, a
 * file used as a folder (`report.txt/x.json`).
 */
async function checkOutputPath({ flag, file }: OutputTarget): Promise<void> {
  const link = await lstat(file).catch((err: NodeJS.ErrnoException) => err);
  if (!(link instanceof Error)) {
    if (link.isSymbolicLink() && (await stat(file).catch(() => null)) === null) {
      const to = await readlink(file).catch(() => '?');
      const target = isAbsolute(to) ? to : join(dirname(file), to);
      throw new AuditError('E_OUTPUT_LINK', say('outputDanglingLink', { flag, target }), { place: { file } });
    }
    return;
  }
  if (link.code === 'ENOTDIR') {
    let through = dirname(file);
    while (dirname(through) !== through && !(await isFolder(dirname(through)))) through = dirname(through);
    throw new AuditError('E_OUTPUT_PATH', say('outputPathThroughFile', { flag, file: through }), { place: { file } });
  }
  if (link.code === 'ENOENT' && (await stat(dirname(file)).catch(() => null)) === null)
    throw new AuditError('E_OUTPUT_PATH', say('outputFolderMissing', { flag, folder: dirname(file) }), {
      place: { file },
    });
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() === true;
}

/** The same file as an input, even under another path (a link, another spelling of the folder). */
async function isSameFileAsAnInput(file: string, inputs: readonly string[]): Promise<boolean> {
  const out = await stat(file).catch(() => null);
  if (out === null) return false;
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (s !== null && s.dev === out.dev && s.ino === out.ino) return true;
  }
  return false;
}
