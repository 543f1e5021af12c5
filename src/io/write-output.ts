/**
 * Where the bytes go. Files are written to a temporary name beside the target and renamed, so an
 * interrupted run leaves the old file or none, never half of one. A UTF-8 BOM is added on request so
 * that Excel shows Vietnamese diacritics.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AuditError } from '../errors.js';

export const UTF8_BOM = '\ufeff';

/** Write `text` to `file` atomically. */
export async function writeFileAtomic(file: string, text: string, opts: { bom?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, (opts.bom ? UTF8_BOM : '') + text, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'no permission to write there' : 'check the path';
    throw new AuditError('E_WRITE', `cannot write the file (${code ?? 'error'})`, { place: { file }, hint, cause: err });
  }
}
