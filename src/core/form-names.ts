/**
 * The names of the forms the tool fills and of what a form's row can stand for: plain lists, so that
 * the command line offers them without loading the form's tally (form.ts).
 */

/** What a row of the form stands for (`--rows`). */
export const FORM_ROWS = [
  'field',
  'unit',
  'procedure',
  'procedure-code',
  'channel',
  'unit-field',
  'month',
  'quarter',
] as const;
export type FormRows = (typeof FORM_ROWS)[number];

/** The forms the tool can fill. */
export const FORMS = ['06a'] as const;
export type FormName = (typeof FORMS)[number];
