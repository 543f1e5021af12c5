/**
 * Guard: a finding kind is named in src/findings/ (its definition, its rule and its words), nowhere
 * else that should loop over the kinds. Every string and template literal of every other
 * source file is searched for a kind's name (as a whole word, so `masked-late` inside a longer text
 * counts too). The few places allowed to name a kind are listed below with the reason; a new one must
 * be added here on purpose, not by accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, type FindingKind } from '../../src/findings/kinds.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Folders whose files may name any kind. */
const DEFINITION = 'src/findings/';

/** Files allowed to name a kind: `any` for where findings are made, else the kinds and why. */
const ALLOWED: Record<string, 'any' | readonly FindingKind[]> = {
  // The --max-masked-late gate is about masked lateness; --min-coverage counts what is missing electronically.
  'src/core/gates.ts': ['masked-late', 'missing-in-electronic'],
  // Help text: an example of --fail-on.
  'src/messages/help.ts': ['masked-late'],
  // `validate`'s own problem kind `duplicate-code` (core/validation.ts ProblemKind) and its words: not the finding.
  'src/core/validation.ts': ['duplicate-code'],
  'src/render/labels.ts': ['duplicate-code'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of every string and template literal in a file. */
function literals(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const WORD = new RegExp(`(?<![\\w-])(${FINDING_KINDS.join('|')})(?![\\w-])`, 'g');

function kindsNamed(path: string): Set<string> {
  return new Set(literals(path).flatMap((text) => [...text.matchAll(WORD)].map((m) => m[1]!)));
}

describe('finding kinds are named only where they are defined or made', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((p) => relative(ROOT, p).split('\\').join('/'));

  it('finds the source files, and the kinds where they are defined (the search works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith('src/render/'))).toBe(true);
    expect([...kindsNamed(join(ROOT, 'src/findings/kinds.ts'))].sort()).toEqual([...FINDING_KINDS].sort());
  });

  it('no renderer, command or other module names a kind, except the places listed', () => {
    const named = files
      .filter((f) => !f.startsWith(DEFINITION) && ALLOWED[f] !== 'any')
      .flatMap((f) => {
        const allowed: readonly string[] = ALLOWED[f] === undefined ? [] : (ALLOWED[f] as readonly string[]);
        return [...kindsNamed(join(ROOT, f))].filter((k) => !allowed.includes(k)).map((k) => `${f}: ${k}`);
      });
    expect(named).toEqual([]);
  });

  it('every file listed as allowed still exists and still names what it is allowed to (no stale entries)', () => {
    for (const [file, kinds] of Object.entries(ALLOWED)) {
      expect(files).toContain(file);
      const found = kindsNamed(join(ROOT, file));
      if (kinds === 'any') expect(found.size).toBeGreaterThan(0);
      else expect([...found].sort()).toEqual([...kinds].sort());
    }
  });
});
