/**
 * Provenance: what a report was made from and how, so that it can be filed as evidence and tied back
 * to the exact exports months later. The tool and its version, the command line as given, the as-of
 * date and period, the rules in force (result date, denominator, calendar data, option files, receipt
 * cut-off), and for
 * every input its path, size, SHA-256, format, header row and row accounting. Plain data: the caller
 * hashes the files (io/open-input.ts) and says the time, when one is wanted; no clock here.
 */
import type { PeriodBy } from './period.js';
import type { ResultDateMode } from './classify.js';
import type { Denominator } from './summarise.js';
import type { Source } from './types.js';

/** A file's size in bytes and the SHA-256 of its bytes (lower-case hex). */
export interface Fingerprint {
  size: number;
  sha256: string;
}

/** An option file (calendar, procedure catalogue, config): where it was and what it held. */
export interface OptionFile extends Fingerprint {
  path: string;
}

export interface InputProvenance extends Fingerprint {
  /** The path as given on the command line. */
  path: string;
  source: Source;
  /** What the bytes were: CSV text, an .xlsx/.xlsm workbook, or a web page's table saved as ".xls". */
  format: 'csv' | 'xlsx' | 'html';
  /** The sheet read, for a workbook. */
  sheet?: string;
  encoding: string;
  delimiter: string;
  /** The line of the header row (its first line when it spans two). */
  headerLine: number;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Of the rejected rows, the paper register's layout rows (column numbers, total, signatures). */
  rowsLayout: number;
  /** Used rows left out of the figures: received outside the period. */
  rowsOutsidePeriod: number;
}

export interface Provenance {
  tool: { name: string; version: string };
  /** The arguments after the program's name, as given (paths as typed). */
  commandLine: string[];
  /** ISO 8601 UTC; null unless `--timestamp` or SOURCE_DATE_EPOCH asked for it (reports stay byte-identical). */
  generatedAt: string | null;
  asOf: string;
  asOfSource: 'option' | 'to' | 'data';
  period: { from: string | null; to: string | null; basis: PeriodBy };
  rules: {
    resultDate: ResultDateMode;
    denominator: Denominator;
    calendar: {
      dataVersion: string;
      /** First and last year the built-in holiday data covers. */
      dataYears: [number, number];
      /** Years outside the data, computed by rule. */
      computedYears: number[];
      file: OptionFile | null;
    };
    procedures: OptionFile | null;
    /**
     * The receipt cut-off in force (`--cutoff`) as `HH:MM`; absent when off. A dossier received at or
     * after it, or on a day off, has its statutory time counted from the next working day; a receipt
     * with no time counts as before it.
     */
    receiptCutoff?: string;
    config: OptionFile | null;
  };
  inputs: InputProvenance[];
}
