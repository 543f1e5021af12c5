/**
 * `tthc-audit verify`: are these files the ones a report was made from? Each file given is compared,
 * by size and SHA-256, with the files the report's provenance lists (its inputs and option files).
 * Pure: the caller reads the report, hashes the files and says which paths name the same file.
 */
import type { Fingerprint, OptionFile, Provenance } from './provenance.js';
import type { Source } from './types.js';

/** A file the report lists: an input (with its source) or an option file. */
export interface ListedFile extends OptionFile {
  role: Source | 'calendar' | 'procedures' | 'config';
}

/** A file given to check: its path as typed, where it resolves to, and its fingerprint. */
export interface CheckedFile extends Fingerprint {
  path: string;
  /** The file's absolute path, to be compared with `ListedFile` paths resolved the same way. */
  key: string;
}

export type Verdict =
  /** Same size and SHA-256 as a file the report lists. */
  | { kind: 'match'; file: CheckedFile; listed: ListedFile }
  /** The report lists a file at this path (or of this name) with other bytes. */
  | { kind: 'differs'; file: CheckedFile; listed: ListedFile }
  /** The report lists no file with these bytes, at this path or of this name. */
  | { kind: 'not-listed'; file: CheckedFile };

export interface Verification {
  verdicts: Verdict[];
  /** Files the report lists that no given file was compared with. */
  unchecked: ListedFile[];
}

/** Every file the provenance lists: the inputs in order, then the option files. */
export function listedFiles(p: Provenance): ListedFile[] {
  const options: [ListedFile['role'], OptionFile | null][] = [
    ['calendar', p.rules.calendar.file],
    ['procedures', p.rules.procedures],
    ['config', p.rules.config],
  ];
  return [
    ...p.inputs.map((i) => ({ role: i.source, path: i.path, size: i.size, sha256: i.sha256 })),
    ...options.filter((o): o is [ListedFile['role'], OptionFile] => o[1] !== null).map(([role, f]) => ({ role, ...f })),
  ];
}

/**
 * Judge each given file: a match when a listed file has its size and SHA-256; otherwise it differs
 * from the listed file at the same path (`keyOf` resolves a listed path like the given ones), or of the
 * same file name; otherwise the report does not list it.
 */
export function verifyFiles(
  listed: readonly ListedFile[],
  files: readonly CheckedFile[],
  keyOf: (path: string) => string,
): Verification {
  const seen = new Set<ListedFile>();
  const verdicts = files.map((file): Verdict => {
    const same = listed.filter((l) => l.sha256 === file.sha256 && l.size === file.size);
    const match = same.find((l) => keyOf(l.path) === file.key) ?? same[0];
    if (match) {
      seen.add(match);
      return { kind: 'match', file, listed: match };
    }
    const other =
      listed.find((l) => keyOf(l.path) === file.key) ?? listed.find((l) => baseName(l.path) === baseName(file.path));
    if (other) {
      seen.add(other);
      return { kind: 'differs', file, listed: other };
    }
    return { kind: 'not-listed', file };
  });
  return { verdicts, unchecked: listed.filter((l) => !seen.has(l)) };
}

/** Whether every file given is one the report was made from. */
export function allMatch(v: Verification): boolean {
  return v.verdicts.length > 0 && v.verdicts.every((x) => x.kind === 'match');
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
