/** `--calendar <file>`: a JSON file of days off and working days that add to or override the built-in data. */
import { readFile } from 'node:fs/promises';
import { parseCalendarFile, CalendarFileError, type CalendarEntry } from '../core/calendar/working-days.js';
import { AuditError } from '../errors.js';

export async function readCalendarFile(file: string): Promise<CalendarEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AuditError('E_NO_FILE', code === 'ENOENT' ? 'calendar file not found' : `cannot read the calendar file (${code})`, { place: { file }, hint: 'check the --calendar path' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new AuditError('E_CALENDAR', `not valid JSON: ${(err as Error).message}`, { place: { file }, hint: 'see "Calendar file" in the README for the format' });
  }
  try {
    return parseCalendarFile(json, file);
  } catch (err) {
    if (err instanceof CalendarFileError) {
      throw new AuditError('E_CALENDAR', err.message.startsWith(file) ? err.message.slice(file.length).replace(/^:\s*/, '') : err.message, { place: { file }, hint: 'see "Calendar file" in the README for the format' });
    }
    throw err;
  }
}
