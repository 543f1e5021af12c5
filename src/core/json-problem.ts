/**
 * What can be wrong in the content of the JSON files the tool reads (the config file, a `--calendar`
 * file), as data: the validators in `src/core` throw these, and `messages/json-problems.ts` words them
 * in either language. `key` is where, e.g. `statusLabels["Hoàn tất"]` or `entries[3].date`.
 */

export type Expected =
  | { kind: 'one-of'; choices: readonly string[] }
  | { kind: 'object' }
  | { kind: 'string' }
  | { kind: 'non-empty-string' }
  | { kind: 'header-or-headers' }
  | { kind: 'non-empty-label' }
  | { kind: 'label-not-repeated'; earlier: string }
  | { kind: 'one-char-or-tab' }
  | { kind: 'output-delimiter' }
  | { kind: 'max-errors' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'encoding' }
  | { kind: 'iso-date' }
  | { kind: 'off-or-working' }
  | { kind: 'entries' };

/** What was found instead. */
export type Got =
  | { kind: 'missing' }
  | { kind: 'array' }
  | { kind: 'object' }
  | { kind: 'object-without-entries' }
  | { kind: 'value'; json: string };

export type JsonProblem =
  | { kind: 'expected'; key: string; expected: Expected; got: Got }
  | { kind: 'unknown-key'; key: string; name: string | null; known: readonly string[] }
  | { kind: 'repeated-date'; key: string; date: string; earlier: string };

/** What a JSON value is, for "got …". */
export function gotOf(value: unknown): Got {
  if (value === undefined) return { kind: 'missing' };
  if (Array.isArray(value)) return { kind: 'array' };
  if (typeof value === 'object' && value !== null) return { kind: 'object' };
  return { kind: 'value', json: JSON.stringify(value) };
}
