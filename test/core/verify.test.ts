/** core/verify.ts: each file given is judged against the files a report lists, by size and SHA-256. */
import { describe, expect, it } from 'vitest';
import { allMatch, type CheckedFile, listedFiles, verifyFiles } from '../../src/core/verify.js';
import { sampleProvenance } from '../render/sample-report.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const Z = 'f'.repeat(64);
/** Paths resolve under /work, as the command resolves them against the working directory. */
const keyOf = (path: string): string => (path.startsWith('/') ? path : `/work/${path}`);
const file = (path: string, size: number, sha256: string): CheckedFile => ({ path, key: keyOf(path), size, sha256 });

describe('listedFiles', () => {
  it('lists the inputs in order, then the option files given', () => {
    expect(listedFiles(sampleProvenance())).toEqual([
      { role: 'electronic', path: 'e.csv', size: 1234, sha256: A },
      { role: 'paper', path: 'p.csv', size: 5678, sha256: B },
      { role: 'procedures', path: 'thu-tuc.csv', size: 120, sha256: C },
    ]);
  });
});

describe('verifyFiles', () => {
  const listed = listedFiles(sampleProvenance());

  it('matches files with the listed size and SHA-256, under any path, and lists those not given', () => {
    const v = verifyFiles(listed, [file('e.csv', 1234, A), file('/usb/copy-of-p.csv', 5678, B)], keyOf);
    expect(v.verdicts.map((x) => [x.kind, x.file.path, x.kind === 'not-listed' ? null : x.listed.path])).toEqual([
      ['match', 'e.csv', 'e.csv'],
      ['match', '/usb/copy-of-p.csv', 'p.csv'],
    ]);
    expect(v.unchecked.map((l) => l.path)).toEqual(['thu-tuc.csv']);
    expect(allMatch(v)).toBe(true);
  });

  it('says a file differs from the listed file at its path, or of its name; else that it is not listed', () => {
    const v = verifyFiles(
      listed,
      [
        file('/work/e.csv', 1234, Z), // same path, one byte changed: same size, another hash
        file('/usb/p.csv', 5679, B), // same name elsewhere, a byte added
        file('other.csv', 1234, A.replace('a', 'b')),
      ],
      keyOf,
    );
    expect(v.verdicts.map((x) => [x.kind, x.file.path, x.kind === 'not-listed' ? null : x.listed.path])).toEqual([
      ['differs', '/work/e.csv', 'e.csv'],
      ['differs', '/usb/p.csv', 'p.csv'],
      ['not-listed', 'other.csv', null],
    ]);
    expect(allMatch(v)).toBe(false);
    expect(allMatch(verifyFiles(listed, [], keyOf))).toBe(false);
  });

  it('needs the size too: the same hash with another size is not a match', () => {
    expect(verifyFiles(listed, [file('e.csv', 1235, A)], keyOf).verdicts[0]!.kind).toBe('differs');
  });
});
