/**
 * `verify` once its arguments are read (verify.ts registers the command): read the report's
 * provenance, hash each file in one forward read, judge them (core/verify.ts), print one line per file
 * and a conclusion, and return 0 (all match), 1 (a file differs or is not listed).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Provenance } from '../core/provenance.js';
import { allMatch, type CheckedFile, type ListedFile, listedFiles, verifyFiles } from '../core/verify.js';
import { AuditError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { openInput } from '../io/open-input.js';
import { say } from '../messages/errors.js';
import type { Lang } from '../messages/lang.js';
import { formatCount, LABELS } from '../render/labels.js';
import { showControls } from '../render/visible-text.js';
import type { CommandContext } from './context.js';
import type { RawVerifyOptions } from './verify.js';

export async function runVerify(
  reportFile: string,
  files: readonly string[],
  raw: RawVerifyOptions,
  { io, lang, useLang }: CommandContext,
): Promise<number> {
  const outLang = (raw.lang as Lang | undefined) ?? lang;
  useLang(outLang);
  const listed = listedFiles(await readProvenance(reportFile));
  const keyOf = (path: string): string => resolve(io.cwd, path);
  const paths = files.length > 0 ? files : listed.map((l) => l.path);
  const checked: CheckedFile[] = [];
  for (const path of paths) checked.push({ path, key: keyOf(path), ...(await hashFile(path)) });
  const result = verifyFiles(listed, checked, keyOf);

  const l = LABELS[outLang];
  const w = l.verify;
  const facts = (f: { size: number; sha256: string }): string => w.facts(formatCount(f.size, l), f.sha256);
  const role = (f: ListedFile): string => w.roles[f.role];
  const lines = result.verdicts.map((v) => {
    if (v.kind === 'match') return w.match(v.file.path, role(v.listed), facts(v.file));
    if (v.kind === 'differs')
      return w.differs(v.file.path, role(v.listed), v.listed.path, facts(v.file), facts(v.listed));
    return w.notListed(v.file.path, facts(v.file));
  });
  for (const u of result.unchecked) lines.push(w.unchecked(u.path, role(u)));
  const bad = result.verdicts.filter((v) => v.kind !== 'match').map((v) => v.file.path);
  const n = formatCount(result.verdicts.length, l);
  lines.push(
    '',
    allMatch(result)
      ? w.allMatch(n, reportFile)
      : w.someDiffer(formatCount(bad.length, l), n, reportFile, bad.join(', ')),
  );
  io.stdout(`${lines.map(showControls).join('\n')}\n`);
  return allMatch(result) ? EXIT_OK : EXIT_FINDINGS;
}

/** The provenance of a JSON report; exit 2 when the file cannot be read or is not such a report. */
async function readProvenance(file: string): Promise<Provenance> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AuditError(
      'E_NO_FILE',
      code === 'ENOENT'
        ? say('fileNotFound', { role: 'report' })
        : say('cannotRead', { role: 'report', code: code ?? String(err) }),
      { place: { file } },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    json = null;
  }
  const p = (json as { provenance?: unknown } | null)?.provenance;
  if (!isProvenance(p)) throw new AuditError('E_NOT_REPORT', say('notAReport', {}), { place: { file } });
  return p;
}

/** Enough of the shape to verify against: every listed file has a path, a size and a SHA-256. */
function isProvenance(p: unknown): p is Provenance {
  const file = (f: unknown): boolean =>
    typeof f === 'object' &&
    f !== null &&
    typeof (f as { path?: unknown }).path === 'string' &&
    Number.isInteger((f as { size?: unknown }).size) &&
    /^[0-9a-f]{64}$/.test(String((f as { sha256?: unknown }).sha256));
  const q = p as Provenance | null | undefined;
  return (
    typeof q === 'object' &&
    q !== null &&
    Array.isArray(q.inputs) &&
    q.inputs.every(file) &&
    typeof q.rules === 'object' &&
    q.rules !== null &&
    [q.rules.calendar?.file ?? null, q.rules.procedures ?? null, q.rules.config ?? null].every(
      (f) => f === null || file(f),
    )
  );
}

/** Size and SHA-256 of a file, read once from start to end. */
async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const input = await openInput(path);
  try {
    return await input.fingerprint();
  } finally {
    await input.close();
  }
}
