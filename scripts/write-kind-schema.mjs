#!/usr/bin/env node
/**
 * Writes schema/finding-kinds.schema.json, the part of the JSON report's schema that lists the finding
 * kinds, from the findings module (dist/findings/kinds.js, so after `tsc`). Run by `npm run build`.
 * schema/report.schema.json (written by hand) refers to it; a new kind is added in src/findings only,
 * and the published schema follows at the next build. The file is not committed (.gitignore).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { FINDING_KINDS } = await import(join(ROOT, 'dist/findings/kinds.js'));

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'finding-kinds.schema.json',
  title: 'tthc-audit finding kinds, in report order',
  description: 'Generated from src/findings/kinds.ts by scripts/write-kind-schema.mjs when the package is built.',
  $defs: {
    findingKind: { enum: [...FINDING_KINDS] },
    findingCounts: {
      type: 'object',
      required: [...FINDING_KINDS],
      propertyNames: { $ref: '#/$defs/findingKind' },
      additionalProperties: { type: 'integer', minimum: 0 },
    },
  },
};
writeFileSync(join(ROOT, 'schema/finding-kinds.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
