/**
 * One typed argument sample per finding kind, for tests that need a finding of any kind: the type makes
 * a kind without a sample, or a sample with a wrong argument, a compile error.
 */
import type { FindingArgs } from '../../src/findings/args.js';

export const SAMPLE_ARGS: FindingArgs = {
  'masked-late': {},
  'missing-in-electronic': {},
  'missing-in-paper': {},
  'status-mismatch': {},
  'due-date-mismatch': {},
  'received-date-mismatch': {},
  'completed-date-mismatch': {},
  'unit-mismatch': {},
  'duplicate-code': { source: 'paper', keptFile: 'p.csv', keptLine: 2, keptBecause: 'has-result' },
  'late-without-apology': {},
  'apology-late': { source: 'paper', apologyDate: '2024-03-06', due: '2024-03-05' },
  'late-apology': { source: 'paper', apologyDate: '2024-03-05', due: '2024-03-05', workingDaysBefore: 0, required: 1 },
  'missed-new-date': { source: 'paper', newDate: '2024-03-06', result: '2024-03-07' },
  'repeated-new-date': { source: 'electronic', count: 2 },
  'due-on-day-off': { source: 'electronic', due: '2024-03-09', dayOff: 'saturday' },
  'due-date-extended': { source: 'electronic', due: '2024-03-05', statutoryDays: 1, statutoryDue: '2024-03-04' },
  'due-date-too-short': { source: 'electronic', due: '2024-03-05', statutoryDays: 5, statutoryDue: '2024-03-08' },
  'invalid-dates': { source: 'electronic', problems: 'due-before-received unreadable-newDate' },
  'status-label-mismatch': { source: 'electronic', label: 'Trễ hạn' },
  'returned-without-reason': { source: 'electronic' },
};
