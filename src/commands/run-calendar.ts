/**
 * `calendar` once its options are read (calendar.ts registers the command): a year's days off and
 * swapped working days, or the due date of a dossier received on a day with a time limit.
 */
import { CALENDAR_DATA_VERSION } from '../core/calendar/holidays-data.js';
import { addWorkingDays, buildCalendar } from '../core/calendar/working-days.js';
import { formatIsoDay, isoWeekday, parseIsoDay } from '../core/day.js';
import { readCalendarFile } from '../io/read-calendar.js';
import { say } from '../messages/errors.js';
import type { Lang } from '../messages/lang.js';
import { LABELS } from '../render/labels.js';
import { usageError } from './audit-options.js';
import type { RawCalendarOptions } from './calendar.js';
import type { CommandContext } from './context.js';

export async function runCalendar(raw: RawCalendarOptions, { io, lang, useLang }: CommandContext): Promise<number> {
  const outLang = (raw.lang as Lang | undefined) ?? lang;
  useLang(outLang);
  const cal = buildCalendar(raw.calendar ? (await readCalendarFile(raw.calendar)).entries : []);
  if (raw.year !== undefined && raw.received !== undefined) {
    throw usageError(say('calendarYearAndReceived', {}));
  }
  if (raw.year !== undefined) {
    io.stdout(listYear(cal, yearOption(raw.year), raw.format === 'json', outLang));
  } else if (raw.received !== undefined) {
    io.stdout(dueDate(cal, raw, raw.format === 'json'));
  } else {
    throw usageError(say('calendarNeedsWhat', {}));
  }
  return 0;
}

function yearOption(value: string): number {
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2199)
    throw usageError(say('badYear', { value }));
  return Number(value);
}

function listYear(cal: ReturnType<typeof buildCalendar>, year: number, json: boolean, lang: Lang): string {
  const entries = cal.entriesForYear(year);
  const computed = cal.computedYears().includes(year);
  const row = (e: (typeof entries)[number]): { date: string; name: string; source: string } => ({
    date: e.date,
    name: lang === 'vi' ? (e.nameVi ?? e.name) : e.name,
    source: e.source,
  });
  const daysOff = entries.filter((e) => e.kind === 'off').map(row);
  const workingDays = entries.filter((e) => e.kind === 'working').map(row);
  if (json)
    return JSON.stringify({ year, dataVersion: CALENDAR_DATA_VERSION, computed, daysOff, workingDays }, null, 2) + '\n';
  const t = LABELS[lang].calendar;
  const wd = (date: string): string => t.weekdays[isoWeekday(parseIsoDay(date)!) - 1]!;
  const lines = [t.title(year)];
  if (computed) lines.push(t.computed);
  lines.push('', t.daysOff);
  for (const d of daysOff) lines.push(`  ${d.date} ${wd(d.date).padEnd(3)} ${d.name}  [${d.source}]`);
  lines.push('', t.workingDays);
  if (workingDays.length === 0) lines.push(`  ${t.none}`);
  for (const d of workingDays) lines.push(`  ${d.date} ${wd(d.date).padEnd(3)} ${d.name}  [${d.source}]`);
  return lines.join('\n') + '\n';
}

function dueDate(cal: ReturnType<typeof buildCalendar>, raw: RawCalendarOptions, json: boolean): string {
  const received = parseIsoDay(raw.received ?? '');
  if (received === null)
    throw usageError(say('badDateOption', { flag: '--received', value: raw.received ?? '', example: '2024-02-02' }));
  if (raw.workingDays === undefined || !/^\d{1,3}$/.test(raw.workingDays)) {
    throw usageError(say('badWorkingDays', { value: raw.workingDays ?? '' }));
  }
  const n = Number(raw.workingDays);
  const due = formatIsoDay(addWorkingDays(cal, received, n));
  if (json) return JSON.stringify({ received: formatIsoDay(received), workingDays: n, due }, null, 2) + '\n';
  return `${due}\n`;
}
