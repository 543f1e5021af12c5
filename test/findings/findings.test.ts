/**
 * The findings module (src/findings/): the kinds table and what is derived from it, the typed
 * arguments, and the words of every kind in both languages. The `@ts-expect-error` lines are checked by
 * `tsc -p tsconfig.test.json`: a misspelled, missing or extra argument must not compile.
 */
import { describe, expect, it } from 'vitest';
import { makeFinding, withSource, type Finding, type FindingPlace } from '../../src/findings/finding.js';
import type { DateProblem } from '../../src/findings/args.js';
import {
  FINDING_COLUMNS,
  FINDING_GROUPS,
  FINDING_KINDS,
  HEADLINE_KINDS,
  columnCount,
  columnLevel,
  emptyFindingCounts,
  findingColumnsFor,
  isFindingKind,
  kindsOfColumn,
  specOf,
  type FindingKind,
} from '../../src/findings/kinds.js';
import { skippedChecks } from '../../src/findings/skipped.js';
import { FINDING_WORDING, kindTitle, messageOf } from '../../src/findings/wording.js';
import { LANGS } from '../../src/render/labels.js';
import { side } from '../render/sample-report.js';
import { SAMPLE_ARGS } from './sample-args.js';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const BOTH: FindingPlace = {
  code: 'H1-2024-0001',
  unit: 'Xã A',
  electronic: side('e.csv', 2),
  paper: side('p.csv', 3, { class: 'late', workingDaysLate: 2 }),
};
const sample = (kind: FindingKind): Finding => makeFinding(kind, BOTH, SAMPLE_ARGS[kind]);

describe('the kinds table', () => {
  it('keeps the display order (a contract: report order, CSV columns, JSON schema)', () => {
    expect([...FINDING_KINDS]).toEqual([
      'masked-late',
      'missing-in-electronic',
      'missing-in-paper',
      'status-mismatch',
      'due-date-mismatch',
      'received-date-mismatch',
      'completed-date-mismatch',
      'unit-mismatch',
      'duplicate-code',
      'late-without-apology',
      'apology-late',
      'late-apology',
      'missed-new-date',
      'repeated-new-date',
      'due-on-day-off',
      'due-date-extended',
      'due-date-too-short',
      'invalid-dates',
      'status-label-mismatch',
      'returned-without-reason',
    ]);
  });

  it.each(FINDING_KINDS.map((k) => [k] as const))('gives %s a group, a level, a column and its sources', (kind) => {
    const spec = specOf(kind);
    expect(FINDING_GROUPS).toContain(spec.group);
    expect(['warn', 'alarm']).toContain(spec.level);
    expect(FINDING_COLUMNS).toContain(spec.column);
    expect([1, 2]).toContain(spec.sources);
  });

  it('raises the alarm for masked lateness and lateness without an apology only', () => {
    expect(FINDING_KINDS.filter((k) => specOf(k).level === 'alarm')).toEqual(['masked-late', 'late-without-apology']);
    expect(FINDING_COLUMNS.filter((c) => columnLevel(c) === 'alarm')).toEqual(['masked', 'noApology']);
  });

  it('assigns every kind to one findings column, and a column counts the sum of its kinds', () => {
    expect(Object.fromEntries(FINDING_COLUMNS.map((c) => [c, kindsOfColumn(c)]))).toEqual({
      missingE: ['missing-in-electronic'],
      missingP: ['missing-in-paper'],
      masked: ['masked-late'],
      mismatches: [
        'status-mismatch',
        'due-date-mismatch',
        'received-date-mismatch',
        'completed-date-mismatch',
        'unit-mismatch',
      ],
      dataIssues: [
        'duplicate-code',
        'apology-late',
        'late-apology',
        'missed-new-date',
        'repeated-new-date',
        'due-on-day-off',
        'due-date-extended',
        'due-date-too-short',
        'invalid-dates',
        'status-label-mismatch',
        'returned-without-reason',
      ],
      noApology: ['late-without-apology'],
    });
    const counts = { ...emptyFindingCounts(), 'due-date-mismatch': 2, 'unit-mismatch': 3, 'masked-late': 7 };
    expect(columnCount('mismatches', counts)).toBe(5);
    expect(columnCount('masked', counts)).toBe(7);
    expect(columnCount('dataIssues', counts)).toBe(0);
  });

  it('shows the matching columns only when two sources are matched', () => {
    expect(findingColumnsFor(1)).toEqual(['dataIssues', 'noApology']);
    expect(findingColumnsFor(2)).toEqual([...FINDING_COLUMNS]);
    expect(FINDING_KINDS.filter((k) => specOf(k).sources === 2)).toEqual([
      'masked-late',
      'missing-in-electronic',
      'missing-in-paper',
      'status-mismatch',
      'due-date-mismatch',
      'received-date-mismatch',
      'completed-date-mismatch',
      'unit-mismatch',
    ]);
  });

  it('lists masked lateness as the headline kind', () => {
    expect(HEADLINE_KINDS).toEqual(['masked-late']);
  });

  it('knows its kinds, and nothing else (not even what every object has)', () => {
    for (const k of FINDING_KINDS) expect(isFindingKind(k)).toBe(true);
    for (const text of ['masked_late', 'Masked-late', '', 'any', '__proto__', 'toString', 'constructor'])
      expect(isFindingKind(text)).toBe(false);
  });

  it('counts from zero for every kind, in display order', () => {
    const counts = emptyFindingCounts();
    expect(Object.keys(counts)).toEqual([...FINDING_KINDS]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});

describe('skipped checks', () => {
  const none = { 'apology-column': false, 'reason-column': false, 'new-date-column': false, procedures: false };
  const all = { 'apology-column': true, 'reason-column': true, 'new-date-column': true, procedures: true };

  it('lists, for one source and no optional input, every check that cannot run: by reason, then group', () => {
    expect(skippedChecks({ sources: 1, has: none })).toEqual([
      { check: 'missing-in-electronic', reason: 'one-source' },
      { check: 'missing-in-paper', reason: 'one-source' },
      { check: 'masked-late', reason: 'one-source' },
      { check: 'status-mismatch', reason: 'one-source' },
      { check: 'due-date-mismatch', reason: 'one-source' },
      { check: 'received-date-mismatch', reason: 'one-source' },
      { check: 'completed-date-mismatch', reason: 'one-source' },
      { check: 'unit-mismatch', reason: 'one-source' },
      { check: 'late-without-apology', reason: 'no-apology-column' },
      { check: 'late-apology', reason: 'no-apology-column' },
      { check: 'returned-without-reason', reason: 'no-reason-column' },
      { check: 'missed-new-date', reason: 'no-new-date-column' },
      { check: 'due-date-extended', reason: 'no-procedures' },
      { check: 'due-date-too-short', reason: 'no-procedures' },
    ]);
  });

  it('skips nothing when two sources have every input, and only what an input is missing for', () => {
    expect(skippedChecks({ sources: 2, has: all })).toEqual([]);
    expect(skippedChecks({ sources: 2, has: { ...all, procedures: false } }).map((s) => s.check)).toEqual([
      'due-date-extended',
      'due-date-too-short',
    ]);
    expect(skippedChecks({ sources: 1, has: all }).every((s) => s.reason === 'one-source')).toBe(true);
  });
});

describe('typed arguments', () => {
  it('puts the source first in a one-source finding’s arguments, as the JSON report writes them', () => {
    expect(
      Object.keys(withSource('missed-new-date', 'paper', { newDate: '2024-03-20', result: '2024-03-21' })),
    ).toEqual(['source', 'newDate', 'result']);
    expect(withSource('returned-without-reason', 'electronic', {})).toEqual({ source: 'electronic' });
  });

  it('gives a narrowed finding its arguments’ types, and refuses wrong ones at compile time', () => {
    const f = makeFinding('duplicate-code', BOTH, {
      source: 'paper',
      keptFile: 'p.csv',
      keptLine: 2,
      keptBecause: 'later-result',
    });
    if (f.kind === 'duplicate-code') expect(f.args.keptLine + 1).toBe(3);
    // @ts-expect-error a misspelled argument
    makeFinding('duplicate-code', BOTH, { source: 'paper', keptFile: 'p.csv', keptLin: 2, keptBecause: 'has-result' });
    // @ts-expect-error a missing argument (the source)
    makeFinding('duplicate-code', BOTH, { keptFile: 'p.csv', keptLine: 2, keptBecause: 'has-result' });
    // @ts-expect-error an argument for a kind that has none
    makeFinding('masked-late', BOTH, { days: 2 });
    // @ts-expect-error a value of the wrong type
    makeFinding('due-date-extended', BOTH, { source: 'paper', due: 'x', statutoryDays: '5', statutoryDue: 'y' });
    // @ts-expect-error the source is added to a one-source check's arguments, not given
    withSource('status-label-mismatch', 'paper', { source: 'paper', label: 'x' });
  });
});

describe('the words of each kind', () => {
  it.each(FINDING_KINDS.map((k) => [k] as const))('word %s in both languages: title and message', (kind) => {
    const en = { title: kindTitle(kind, 'en'), message: messageOf(sample(kind), 'en') };
    const vi = { title: kindTitle(kind, 'vi'), message: messageOf(sample(kind), 'vi') };
    for (const text of [en.title, en.message, vi.title, vi.message]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('undefined');
    }
    expect(vi.title).not.toBe(en.title);
    expect(vi.message).not.toBe(en.message);
    expect(vi.title).toMatch(VIETNAMESE);
    expect(vi.message).toMatch(VIETNAMESE);
  });

  it('words every kind in every language', () => {
    for (const lang of LANGS) expect(Object.keys(FINDING_WORDING[lang])).toEqual([...FINDING_KINDS]);
  });

  it('words the arguments: the kept row of a duplicate, each date problem', () => {
    expect(messageOf(sample('duplicate-code'), 'en')).toBe(
      'e.csv:2 repeats the code of p.csv:2 (paper); that row is counted, this one is not: it has a result date and ' +
        'this one has none',
    );
    const problems: DateProblem[] = [
      'due-before-received',
      'completed-before-received',
      'returned-before-received',
      'unreadable-completed',
      'unreadable-returned',
      'unreadable-newDate',
      'unreadable-supplementRequested',
      'unreadable-supplementReturned',
    ];
    const f = makeFinding('invalid-dates', BOTH, { source: 'paper', problems: problems.join(' ') });
    for (const lang of LANGS) {
      const text = messageOf(f, lang);
      expect(text.split('; ')).toHaveLength(problems.length);
      for (const p of problems) expect(text).not.toContain(p);
    }
    expect(messageOf(f, 'vi').startsWith('sổ giấy: ')).toBe(true);
  });
});
