/**
 * Progress on stderr (progress.ts): nothing when disabled (pipes, files, CI), nothing during the first
 * second, then one line rewritten in place at most every 250 ms, cleared at the end.
 */
import { describe, expect, it } from 'vitest';
import { makeProgress } from '../../src/io/progress.js';

function clock(): { now: () => number; set: (ms: number) => void } {
  let t = 0;
  return { now: () => t, set: (ms) => { t = ms; } };
}

describe('makeProgress', () => {
  it('writes nothing at all when disabled', () => {
    const out: string[] = [];
    const c = clock();
    const p = makeProgress({ enabled: false, files: 2, write: (s) => out.push(s), now: c.now });
    c.set(5000);
    p.rows('a.csv', 100_000);
    p.fileDone('a.csv');
    p.stop();
    expect(out).toEqual([]);
  });

  it('stays quiet for a short run: nothing drawn, nothing to clear', () => {
    const out: string[] = [];
    const c = clock();
    const p = makeProgress({ enabled: true, files: 1, write: (s) => out.push(s), now: c.now });
    c.set(900);
    p.rows('a.csv', 65_536);
    p.fileDone('a.csv');
    p.stop();
    expect(out).toEqual([]);
  });

  it('shows files done, rows and rows per second, at most every 250 ms, and clears the line', () => {
    const out: string[] = [];
    const c = clock();
    const p = makeProgress({ enabled: true, files: 2, write: (s) => out.push(s), now: c.now });
    c.set(1000);
    p.rows('a.csv', 500_000); // 500,000 rows in 1 s
    c.set(1100);
    p.rows('b.csv', 100_000); // too soon after the last line: not drawn
    c.set(2000);
    p.rows('a.csv', 1_000_000); // 1,100,000 rows in 2 s
    p.fileDone('a.csv'); // a file done is always drawn
    p.stop();
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: reading 0/2 files done, 500,000 rows, 500,000 rows/s',
      '\r\x1b[Ktthc-audit: reading 0/2 files done, 1,100,000 rows, 550,000 rows/s',
      '\r\x1b[Ktthc-audit: reading 1/2 files done, 1,100,000 rows, 550,000 rows/s',
      '\r\x1b[K',
    ]);
  });
});
