/**
 * Where the rendered report goes: `--output <file>` (atomically) or stdout. Text formats are text;
 * a binary format (xlsx) is bytes, and bytes are never written to a terminal.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AuditError } from '../errors.js';
import { writeFileAtomic } from '../io/write-output.js';
import { BINARY_FORMATS, type Format, type Rendered } from '../render/index.js';
import type { CommandIO } from './io.js';

/** Refuse, before any work, to send a binary format to a terminal. */
export function checkReportDestination(format: Format, output: string | null, stdoutIsTTY: boolean): void {
  if (BINARY_FORMATS.includes(format) && output === null && stdoutIsTTY) {
    throw new AuditError('E_USAGE', `--format ${format} is a binary file and stdout is a terminal`, {
      hint: `add --output report.${format}, or redirect: > report.${format}`,
    });
  }
}

export async function writeReport(rendered: Rendered, output: string | null, bom: boolean, io: CommandIO): Promise<void> {
  if (output === null) io.stdout(rendered);
  else if (typeof rendered === 'string') await writeFileAtomic(output, rendered, { bom });
  else await writeBytesAtomic(output, rendered);
}

/**
 * Bytes written like `writeFileAtomic` writes text (temporary name, then rename).
 * TODO(owner): fold into src/io/write-output.ts by widening writeFileAtomic to `string | Uint8Array`.
 */
async function writeBytesAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'no permission to write there' : 'check the path';
    throw new AuditError('E_WRITE', `cannot write the file (${code ?? 'error'})`, { place: { file }, hint, cause: err });
  }
}
