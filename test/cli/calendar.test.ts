/**
 * `tthc-audit calendar`, end to end. The 2025 lists are checked by hand against DOMAIN.md "Working
 * days": New Year Wed 1/1; Tết Sat 25/1 – Sun 2/2 with Mon 27/1 off and Sat 8/2 worked back; Hùng Kings
 * Mon 7/4; 30/4–1/5 Wed 30/4 – Sun 4/5 with Fri 2/5 off and Sat 26/4 worked back; National Day Sat
 * 30/8 – Tue 2/9. Only weekdays off and worked weekend days are listed.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeTemp } from './run-cli.js';

interface Day {
  date: string;
  name: string;
  source: string;
}
interface YearJson {
  year: number;
  computed: boolean;
  daysOff: Day[];
  workingDays: Day[];
}

async function yearJson(args: string[]): Promise<YearJson> {
  const r = await runCli(['calendar', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as YearJson;
}

const LABOUR_CODE = /Bộ luật Lao động 2019/;

describe('calendar --year 2025 --format json', () => {
  let y: YearJson;
  beforeAll(async () => {
    y = await yearJson(['--year', '2025']);
  });

  it('lists exactly the weekdays off of 2025', () => {
    expect(y.year).toBe(2025);
    expect(y.computed).toBe(false);
    expect(y.daysOff.map((d) => d.date)).toEqual([
      '2025-01-01', // Wed, New Year
      '2025-01-27', // Mon, Tết (28 tháng Chạp)
      '2025-01-28', // Tue, Tết (29 tháng Chạp, the last day of the year)
      '2025-01-29', // Wed, Tết (mùng 1)
      '2025-01-30', // Thu, Tết
      '2025-01-31', // Fri, Tết
      '2025-04-07', // Mon, Hùng Kings (10/3 lunar)
      '2025-04-30', // Wed
      '2025-05-01', // Thu
      '2025-05-02', // Fri, bridge day (worked back Sat 26/4)
      '2025-09-01', // Mon, day next to National Day
      '2025-09-02', // Tue, National Day
    ]);
  });

  it('lists exactly the one Saturday worked (26/4; Tết 2025 had no make-up day)', () => {
    expect(y.workingDays.map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it('gives every day a name and a source (a notice or the Labour Code), none computed', () => {
    for (const d of [...y.daysOff, ...y.workingDays]) {
      expect(Object.keys(d).sort()).toEqual(['date', 'name', 'source']);
      expect(d.name.trim()).not.toBe('');
      expect(d.source.trim()).not.toBe('');
      expect(d.source).not.toBe('computed');
    }
    // Fixed holidays on a weekday need no notice: the Labour Code is the source.
    for (const date of ['2025-01-01', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-02']) {
      expect(y.daysOff.find((d) => d.date === date)!.source, date).toMatch(LABOUR_CODE);
    }
    // The Tết break, the bridge days, the day next to 2/9 and the swaps come from a yearly notice.
    for (const d of [
      ...y.daysOff.filter((x) => ['2025-01-27', '2025-01-28', '2025-05-02', '2025-09-01'].includes(x.date)),
      ...y.workingDays,
    ]) {
      expect(d.source, d.date).not.toMatch(LABOUR_CODE);
    }
  });

  it('names the days in Vietnamese with --lang vi', async () => {
    const vi = await yearJson(['--year', '2025', '--lang', 'vi']);
    expect(vi.daysOff.map((d) => d.date)).toEqual(y.daysOff.map((d) => d.date));
    expect(vi.daysOff.find((d) => d.date === '2025-01-29')!.name).toBe('Nghỉ Tết Nguyên đán');
    expect(vi.daysOff.find((d) => d.date === '2025-09-02')!.name).toBe('Quốc khánh 2/9');
  });
});

describe('calendar --year (table)', () => {
  it('prints each day with its weekday and source', async () => {
    const r = await runCli(['calendar', '--year', '2025']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Working-day calendar 2025');
    const dated = lines.filter((l) => /^ {2}\d{4}-/.test(l)).map((l) => l.slice(2, 16));
    expect(dated).toEqual([
      '2025-01-01 Wed',
      '2025-01-27 Mon',
      '2025-01-28 Tue',
      '2025-01-29 Wed',
      '2025-01-30 Thu',
      '2025-01-31 Fri',
      '2025-04-07 Mon',
      '2025-04-30 Wed',
      '2025-05-01 Thu',
      '2025-05-02 Fri',
      '2025-09-01 Mon',
      '2025-09-02 Tue',
      '2025-04-26 Sat',
    ]);
    expect(r.stdout).not.toMatch(/computed by rule/);
  });

  it('a year without a notice in the data (2031) says it is computed', async () => {
    const r = await runCli(['calendar', '--year', '2031']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(no notice for this year in the data: computed by rule)');
  });
});

describe('calendar --year 2031 --format json (computed by rule)', () => {
  let y: YearJson;
  beforeAll(async () => {
    y = await yearJson(['--year', '2031']);
  });

  it('is marked computed, every source says "computed", and no Saturday is swapped', () => {
    expect(y.computed).toBe(true);
    for (const d of y.daysOff) expect(d.source, d.date).toBe('computed');
    expect(y.workingDays).toEqual([]);
  });

  it('places the solar holidays by rule', () => {
    const dates = y.daysOff.map((d) => d.date);
    // 1/1 Wed, 30/4 Wed, 1/5 Thu; 2/9 is a Tuesday, so the adjacent day is Mon 1/9.
    for (const date of ['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-01', '2031-09-02'])
      expect(dates, date).toContain(date);
    expect(dates).not.toContain('2031-09-03');
  });

  it('places Tết (Thu 23/1/2031) as the last day of the old year + 4 days, weekend days moved to Mon/Tue', () => {
    // Wed 22 (30 Tết), Thu 23, Fri 24, Sat 25 → Mon 27, Sun 26 → Tue 28.
    expect(y.daysOff.map((d) => d.date).filter((d) => d.startsWith('2031-01-2'))).toEqual([
      '2031-01-22',
      '2031-01-23',
      '2031-01-24',
      '2031-01-27',
      '2031-01-28',
    ]);
  });
});

describe('calendar --received --working-days', () => {
  it('received the day before Tết 2024 (Wed 7/2), 1 working day → Thu 15/2', async () => {
    const r = await runCli(['calendar', '--received', '2024-02-07', '--working-days', '1', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ received: '2024-02-07', workingDays: 1, due: '2024-02-15' });
  });

  it.each([
    // Fri 2/2/2024, 5 days: Mon 5, Tue 6, Wed 7, [Tết], Thu 15, Fri 16.
    ['2024-02-02', '5', '2024-02-16'],
    // Thu 25/4/2024, 3 days: Fri 26, [27/4 – 1/5 off], Thu 2/5, Fri 3/5.
    ['2024-04-25', '3', '2024-05-03'],
    // Fri 3/5/2024, 1 day: Sat 4/5 was worked.
    ['2024-05-03', '1', '2024-05-04'],
    // Thu 28/8/2025, 3 days: Fri 29, [30/8 – 2/9 off], Wed 3, Thu 4.
    ['2025-08-28', '3', '2025-09-04'],
    // 0 days: the receipt day itself.
    ['2024-02-10', '0', '2024-02-10'],
  ])('received %s, %s working days → %s (table: the date alone)', async (received, n, due) => {
    const r = await runCli(['calendar', '--received', received, '--working-days', n]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${due}\n`);
  });

  it('--calendar adds a day off: with Fri 16/2/2024 off, received 7/2 + 2 days is Mon 19/2, not Fri 16/2', async () => {
    const base = await runCli(['calendar', '--received', '2024-02-07', '--working-days', '2']);
    expect(base.stdout).toBe('2024-02-16\n');
    const r = await runCli([
      'calendar',
      '--received',
      '2024-02-07',
      '--working-days',
      '2',
      '--calendar',
      'fixtures/tet-2024/calendar.json',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2024-02-19\n');
  });

  it('--calendar entries appear in the year list with their source', async () => {
    const y = await yearJson(['--year', '2024', '--calendar', 'fixtures/tet-2024/calendar.json']);
    expect(y.daysOff.find((d) => d.date === '2024-02-16')).toEqual({
      date: '2024-02-16',
      name: 'Hypothetical extra Tết day (test only)',
      source: 'fixtures/tet-2024/calendar.json (hypothetical)',
    });
  });
});

describe('calendar: bad options exit 2 with a message', () => {
  const dir = writeTemp({
    'bad.json': '{ "entries": [ { "date": "2024-02-30", "kind": "off", "name": "x" } ] }',
    'notjson.json': '{ nope',
  });

  it.each([
    ['no --year or --received', [], /calendar needs --year <yyyy>, or --received <yyyy-mm-dd> with --working-days <n>/],
    ['a two-digit year', ['--year', '25'], /--year expects a year from 1900 to 2199, got "25"/],
    ['a year out of range', ['--year', '2200'], /--year expects a year from 1900 to 2199, got "2200"/],
    [
      'a day-first receipt date',
      ['--received', '07/02/2024', '--working-days', '1'],
      /--received expects a date as yyyy-mm-dd, got "07\/02\/2024"/,
    ],
    [
      'an impossible receipt date',
      ['--received', '2024-02-30', '--working-days', '1'],
      /--received expects a date as yyyy-mm-dd, got "2024-02-30"/,
    ],
    [
      '--received without --working-days',
      ['--received', '2024-02-07'],
      /--working-days expects a whole number from 0 to 999, got ""/,
    ],
    ['a negative number of days', ['--received', '2024-02-07', '--working-days', '-1'], /--working-days/],
    [
      'a fractional number of days',
      ['--received', '2024-02-07', '--working-days', '1.5'],
      /--working-days expects a whole number from 0 to 999, got "1.5"/,
    ],
    ['an unknown format', ['--year', '2025', '--format', 'xml'], /'xml' is invalid/],
    [
      'a missing calendar file',
      ['--year', '2025', '--calendar', 'no-such-calendar.json'],
      /no-such-calendar\.json: calendar file not found/,
    ],
    [
      'an impossible date in the calendar file',
      ['--year', '2025', '--calendar', join(dir, 'bad.json')],
      /entries\[0\]\.date: expected yyyy-mm-dd, got "2024-02-30"/,
    ],
    ['a calendar file that is not JSON', ['--year', '2025', '--calendar', join(dir, 'notjson.json')], /not valid JSON/],
  ])('%s', async (_, args, message) => {
    const r = await runCli(['calendar', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^tthc-audit: /);
    expect(r.stderr).toMatch(message);
  });
});
