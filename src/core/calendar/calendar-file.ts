/**
 * Validation of a user calendar file (`--calendar holidays.json`): plain parsed JSON in, checked
 * calendar entries out. Accepts an array of entries or `{ "entries": [...] }` (other top-level keys,
 * such as a version or a note, are ignored). Every problem is reported with the file name, the
 * entry's path, the key, what was expected and what was received.
 */
import { gotOf, type Expected, type Got, type JsonProblem } from '../json-problem.js';
import { parseIsoDay } from '../day.js';
import { ENTRY_KINDS, type CalendarEntry, type EntryKind } from './calendar-entry.js';

const ENTRY_KEYS = ['date', 'kind', 'name', 'nameVi', 'source'] as const;

/** A calendar file that cannot be used; `path` is e.g. `entries[3].date`. */
export class CalendarFileError extends Error {
  readonly code = 'invalid-calendar-file';
  readonly path: string;
  constructor(
    readonly file: string,
    readonly problem: JsonProblem,
  ) {
    super(`${file}: ${problem.kind} at ${problem.key}`);
    this.name = 'CalendarFileError';
    this.path = problem.key;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function locateEntries(json: unknown, file: string): { list: unknown[]; prefix: string } {
  if (Array.isArray(json)) return { list: json, prefix: '' };
  if (isRecord(json) && Array.isArray(json.entries)) return { list: json.entries, prefix: 'entries' };
  const got: Got = isRecord(json) ? { kind: 'object-without-entries' } : gotOf(json);
  throw new CalendarFileError(file, { kind: 'expected', key: '', expected: { kind: 'entries' }, got });
}

function checkEntry(raw: unknown, path: string, file: string): CalendarEntry {
  const fail = (key: string, expected: Expected, got: unknown): never => {
    throw new CalendarFileError(file, { kind: 'expected', key: `${path}.${key}`, expected, got: gotOf(got) });
  };
  if (!isRecord(raw))
    throw new CalendarFileError(file, { kind: 'expected', key: path, expected: { kind: 'object' }, got: gotOf(raw) });
  for (const key of Object.keys(raw)) {
    if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
      throw new CalendarFileError(file, { kind: 'unknown-key', key: path, name: key, known: ENTRY_KEYS });
    }
  }
  const { date, kind, name, nameVi, source } = raw;
  if (typeof date !== 'string' || parseIsoDay(date) === null) fail('date', { kind: 'iso-date' }, date);
  if (!(ENTRY_KINDS as readonly unknown[]).includes(kind)) fail('kind', { kind: 'off-or-working' }, kind);
  if (typeof name !== 'string' || name.trim() === '') fail('name', { kind: 'non-empty-string' }, name);
  if (nameVi !== undefined && typeof nameVi !== 'string') fail('nameVi', { kind: 'string' }, nameVi);
  if (source !== undefined && (typeof source !== 'string' || source.trim() === '')) {
    fail('source', { kind: 'non-empty-string' }, source);
  }
  const entry: CalendarEntry = {
    date: (date as string).trim(),
    kind: kind as EntryKind,
    name: name as string,
    source: (source as string | undefined) ?? file,
  };
  if (nameVi !== undefined) entry.nameVi = nameVi as string;
  return entry;
}

/** The entries of a parsed `--calendar` file; throws `CalendarFileError` on the first problem. */
export function parseCalendarFile(json: unknown, fileName: string): CalendarEntry[] {
  const { list, prefix } = locateEntries(json, fileName);
  const seen = new Map<string, string>();
  return list.map((raw, i) => {
    const path = `${prefix}[${i}]`;
    const entry = checkEntry(raw, path, fileName);
    const earlier = seen.get(entry.date);
    if (earlier !== undefined) {
      throw new CalendarFileError(fileName, { kind: 'repeated-date', key: `${path}.date`, date: entry.date, earlier });
    }
    seen.set(entry.date, path);
    return entry;
  });
}
