/** `--calendar <file>`: a JSON file of days off and working days that add to or override the built-in data. */
import { readFile } from 'node:fs/promises';
import { parseCalendarFile, CalendarFileError, type CalendarEntry } from '../core/calendar/working-days.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import type { OptionFile } from '../core/provenance.js';
import { fingerprintOf } from './open-input.js';

/** The file's entries, and the file itself for the report's provenance (path, size, SHA-256). */
export async function readCalendarFile(file: string): Promise<{ entries: CalendarEntry[]; origin: OptionFile }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AuditError(
      'E_NO_FILE',
      code === 'ENOENT'
        ? say('fileNotFound', { role: 'calendar' })
        : say('cannotRead', { role: 'calendar', code: code ?? String(err) }),
      { place: { file } },
    );
  }
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new AuditError('E_CALENDAR', say('notJson', { role: 'calendar', detail: (err as Error).message }), {
      place: { file },
    });
  }
  try {
    return { entries: parseCalendarFile(json, file), origin: { path: file, ...fingerprintOf(bytes) } };
  } catch (err) {
    if (err instanceof CalendarFileError) {
      throw new AuditError('E_CALENDAR', say('badCalendar', { problem: err.problem }), { place: { file } });
    }
    throw err;
  }
}
