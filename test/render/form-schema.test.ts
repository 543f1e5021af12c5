/**
 * schema/form.schema.json against the real `--form 06a --format json` output of both form fixtures
 * (Dak Lak 2023, one source; fixtures/department-2024, both sources, by field, unit × field, channel
 * and month), run through the CLI in-process. As for the report's schema (report-schema.test.ts), a
 * closed copy (additionalProperties: false on every object) also checks that the schema describes
 * every field the tool writes; and the schema's lists are the code's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { RESULT_DATE_MODES } from '../../src/core/classify.js';
import { FORM_ROWS, FORMS } from '../../src/core/form.js';
import { ALL_FORM_COLUMNS } from '../../src/core/form-report.js';
import { PERIOD_BYS } from '../../src/core/period.js';
import { ROOT, runMain } from './run-main.js';

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/form.schema.json'), 'utf8')) as Json;
const props = schema.properties as Record<string, Json>;
const defs = schema.$defs as Record<string, Json>;

/** A copy where every object schema with listed properties allows no others. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closed(v)])) as Json;
  if (out.type === 'object' && out.properties !== undefined && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

const options = { allErrors: true, strict: true, strictTypes: false, strictRequired: false } as const;
const ajv = new Ajv2020(options);
const validateOpen = ajv.compile(schema);
const validateClosed = new Ajv2020(options).compile(closed(schema) as Json);

function check(form: unknown): void {
  expect(validateOpen(form), ajv.errorsText(validateOpen.errors)).toBe(true);
  expect(validateClosed(form), ajv.errorsText(validateClosed.errors)).toBe(true);
}

const DAK_LAK = ['form', 'fixtures/dak-lak-2023/electronic.csv', '--to', '2023-12-31'];
const DEPT = [
  'form',
  '--electronic',
  'fixtures/department-2024/electronic.csv',
  '--paper',
  'fixtures/department-2024/paper.csv',
];

async function formJson(argv: string[]): Promise<Json> {
  const r = await runMain([...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

describe('schema/form.schema.json: real output', () => {
  it('describes the Dak Lak 2023 form (one source, the paper side null), with 2 and 0 decimals', async () => {
    const form = await formJson(DAK_LAK);
    expect(((form.total as Json).electronic as Json).receivedTotal).toBe(538);
    expect((form.total as Json).paper).toBeNull();
    check(form);
    check(await formJson([...DAK_LAK, '--decimals', '0']));
  });

  it.each([
    ['Q1 by field', ['--from', '2024-01-01', '--to', '2024-03-31']],
    ['Q2 by field', ['--from', '2024-04-01', '--to', '2024-06-30']],
    ['Q1 by unit × field', ['--from', '2024-01-01', '--to', '2024-03-31', '--rows', 'unit-field']],
    ['Q2 by channel', ['--from', '2024-04-01', '--to', '2024-06-30', '--rows', 'channel']],
    ['March–April by month', ['--from', '2024-03-01', '--to', '2024-04-30', '--rows', 'month']],
    ['Q2 by receipt', ['--from', '2024-04-01', '--to', '2024-06-30', '--period-by', 'received']],
  ])('describes the department form, both sources: %s', async (_, args) => {
    const form = await formJson([...DEPT, ...args]);
    expect(form.command).toBe('reconcile');
    check(form);
  });

  it('rejects output that breaks the contract', async () => {
    const form = await formJson([...DEPT, '--from', '2024-01-01', '--to', '2024-03-31']);
    expect(((form.total as Json).differences as string[]).length).toBeGreaterThan(0);
    const broken = (change: (f: Json) => void): boolean => {
      const copy = structuredClone(form);
      change(copy);
      return validateOpen(copy) as boolean;
    };
    const row = (f: Json): Json => (f.rows as Json[])[0]!;
    expect(broken(() => undefined)).toBe(true);
    expect(broken((f) => (f.schemaVersion = 2))).toBe(false);
    expect(broken((f) => ((f.period as Json).to = '31/03/2024'))).toBe(false);
    expect(broken((f) => (f.decimals = 5))).toBe(false);
    expect(broken((f) => ((row(f).electronic as Json).receivedTotal = 2.5))).toBe(false);
    expect(broken((f) => ((row(f).electronic as Json).carriedOver = -1))).toBe(false);
    expect(broken((f) => delete (row(f).paper as Json).resolvedLate)).toBe(false);
    expect(broken((f) => (((row(f).electronic as Json).rates as Json).before = '50'))).toBe(false);
    expect(broken((f) => (row(f).differences = ['received_total']))).toBe(false);
    expect(broken((f) => ((f.total as Json).labels = ['Total']))).toBe(false);
    // a new field is not a breaking change for the open schema, but the closed copy notices it
    const added = { ...form, extra: 1 };
    expect(validateOpen(added)).toBe(true);
    expect(validateClosed(added)).toBe(false);
  });
});

describe('schema/form.schema.json: in step with the code', () => {
  it('has the forms, row kinds, period rules, result-date modes and columns of the code', () => {
    expect(props.schemaVersion).toEqual({ const: 1 });
    expect(props.form!.enum).toEqual([...FORMS]);
    expect(props.rowsBy!.enum).toEqual([...FORM_ROWS]);
    expect(props.periodBy!.enum).toEqual([...PERIOD_BYS]);
    expect(props.resultDate!.enum).toEqual([...RESULT_DATE_MODES]);
    expect(defs.column!.enum).toEqual([...ALL_FORM_COLUMNS]);
    expect(defs.figures!.required).toEqual([...ALL_FORM_COLUMNS, 'rates', 'qd766']);
  });

  it('is draft 2020-12, ships with the package and is named in the README', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('schema/form.schema.json');
  });
});
