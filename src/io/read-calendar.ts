/** `--calendar <file>`: a JSON file of days off and working days that add to or override the built-in data. */
import { readFile } from 'node:fs/promises';
import { parseCalendarFile, CalendarFileError, type CalendarEntry } from '../core/calendar/working-days.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';

export async function readCalendarFile(file: string): Promise<CalendarEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
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
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new AuditError('E_CALENDAR', say('notJson', { role: 'calendar', detail: (err as Error).message }), {
      place: { file },
    });
  }
  try {
    return parseCalendarFile(json, file);
  } catch (err) {
    if (err instanceof CalendarFileError) {
      throw new AuditError('E_CALENDAR', say('badCalendar', { problem: err.problem }), { place: { file } });
    }
    throw err;
  }
}
