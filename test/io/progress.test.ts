/**
 * Progress on stderr (progress.ts): nothing when disabled (pipes, files, CI), nothing during the first
 * second, then one line rewritten in place at most every 250 ms, cleared at the end.
 */
import { describe, expect, it } from 'vitest';
import { formatEta, makeProgress, readShare } from '../../src/io/progress.js';
import { formatCount, labelsFor, type Lang } from '../../src/render/labels.js';

/** The words the CLI passes (audit.ts): the labels' sentence with numbers in the language's style. */
const wordsIn =
  (lang: Lang) =>
  (done: number, files: number, rows: number, rate: number, file: string): string => {
    const l = labelsFor(lang);
    return l.text.progress(
      formatCount(done, l),
      formatCount(files, l),
      formatCount(rows, l),
      formatCount(rate, l),
      file,
    );
  };
const words = wordsIn('en');

function clock(): { now: () => number; set: (ms: number) => void } {
  let t = 0;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
  };
}

type ProgressOptions = Parameters<typeof makeProgress>[0];

/** A progress line on a fake clock, its writes recorded: enabled, English words, unless `opts` says otherwise. */
function recorded(opts: Partial<ProgressOptions> & { files: number }) {
  const out: string[] = [];
  const c = clock();
  const p = makeProgress({ enabled: true, write: (s) => out.push(s), words, now: c.now, ...opts });
  return { out, c, p };
}

describe('makeProgress', () => {
  it('writes nothing at all when disabled', () => {
    const { out, c, p } = recorded({ enabled: false, files: 2 });
    c.set(5000);
    p.rows('a.csv', 100_000);
    p.fileDone('a.csv');
    p.stop();
    expect(out).toEqual([]);
  });

  it('stays quiet for a short run: nothing drawn, nothing to clear', () => {
    const { out, c, p } = recorded({ files: 1 });
    c.set(900);
    p.rows('a.csv', 65_536);
    p.fileDone('a.csv');
    p.stop();
    expect(out).toEqual([]);
  });

  it('shows files done, rows and rows per second, at most every 250 ms, and clears the line', () => {
    const { out, c, p } = recorded({ files: 2 });
    c.set(1000);
    p.rows('a.csv', 500_000); // 500,000 rows in 1 s
    c.set(1100);
    p.rows('b.csv', 100_000); // too soon after the last line: not drawn
    c.set(2000);
    p.rows('a.csv', 1_000_000); // 1,100,000 rows in 2 s
    p.fileDone('a.csv'); // a file done is always drawn; b.csv is still being read
    p.stop();
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: reading a.csv: 0/2 files done, 500,000 rows, 500,000 rows/s',
      '\r\x1b[Ktthc-audit: reading a.csv, b.csv: 0/2 files done, 1,100,000 rows, 550,000 rows/s',
      '\r\x1b[Ktthc-audit: reading b.csv: 1/2 files done, 1,100,000 rows, 550,000 rows/s',
      '\r\x1b[K',
    ]);
  });

  it('speaks Vietnamese, with Vietnamese digit grouping, when the run does', () => {
    const { out, c, p } = recorded({ files: 3, words: wordsIn('vi') });
    c.set(2000);
    p.rows('a.csv', 1_234_567); // in 2 s: 617,283.5 rows/s, shown rounded
    p.stop();
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: đang đọc a.csv: xong 0/3 tệp, 1.234.567 dòng, 617.284 dòng/giây',
      '\r\x1b[K',
    ]);
  });

  it('names every file being read (both when read in parallel), with control characters made visible', () => {
    const { out, c, p } = recorded({ files: 2 });
    c.set(1000);
    p.rows('a.csv', 10);
    c.set(1300);
    p.rows('b\u001b[2J.csv', 20); // a file name holding a terminal escape
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: reading a.csv: 0/2 files done, 10 rows, 10 rows/s',
      '\r\x1b[Ktthc-audit: reading a.csv, b\\u001B[2J.csv: 0/2 files done, 30 rows, 23 rows/s',
    ]);
  });

  it('goes on after reading: the phase with the rows read, cleared before other lines and at the end', () => {
    const l = labelsFor('en');
    const { out, c, p } = recorded({
      files: 2,
      phaseWords: (phase, rows) => l.text.progressPhase[phase](formatCount(rows, l)),
    });
    c.set(1000);
    p.rows('a.csv', 600);
    p.rows('b.csv', 400); // too soon: not drawn
    p.fileDone('a.csv');
    p.fileDone('b.csv');
    p.stop(); // a warning is about to be written
    c.set(1500);
    p.phase('auditing');
    c.set(1600);
    p.phase('writing');
    p.stop();
    p.stop(); // nothing left to clear
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: reading a.csv: 0/2 files done, 600 rows, 600 rows/s',
      '\r\x1b[Ktthc-audit: reading b.csv: 1/2 files done, 1,000 rows, 1,000 rows/s',
      '\r\x1b[Ktthc-audit: reading b.csv: 2/2 files done, 1,000 rows, 1,000 rows/s',
      '\r\x1b[K',
      '\r\x1b[Ktthc-audit: 1,000 rows read; matching and classifying the dossiers…',
      '\r\x1b[Ktthc-audit: 1,000 rows read and audited; writing the report…',
      '\r\x1b[K',
    ]);
  });
});

describe('the share of bytes read and the time left', () => {
  it('readShare: whole percent rounded down, seconds left at the pace so far rounded up', () => {
    // 250 of 1,000 bytes in 2 s: 25%, and 750 more at 125 bytes/s = 6 s.
    expect(readShare(250, 1000, 2000)).toEqual({ percent: 25, etaSeconds: 6 });
    // 999 of 1,000: 99.9% is shown as 99 (100 only when all is read); 1 byte at 499.5 bytes/s → 0.002 s → 1 s.
    expect(readShare(999, 1000, 2000)).toEqual({ percent: 99, etaSeconds: 1 });
    expect(readShare(1000, 1000, 2000)).toEqual({ percent: 100, etaSeconds: null });
    expect(readShare(0, 1000, 2000)).toEqual({ percent: 0, etaSeconds: null });
    // 1 of 3 bytes in 1 s: 33%, 2 s left.
    expect(readShare(1, 3, 1000)).toEqual({ percent: 33, etaSeconds: 2 });
  });

  it('formatEta: minutes and seconds, hours when there are', () => {
    expect([0, 7, 65, 725, 3723].map(formatEta)).toEqual(['0:00', '0:07', '1:05', '12:05', '1:02:03']);
  });

  it('shows the share first, when every size is known, with rows per second', () => {
    const l = labelsFor('en');
    const { out, c, p } = recorded({
      files: 2,
      shareWords: (percent, eta) => l.text.progressShare(String(percent), eta),
    });
    p.size('a.csv', 3_000_000);
    p.size('b.csv', 1_000_000);
    c.set(2000);
    p.rows('a.csv', 200_000, 1_000_000); // 1 MB of 4 in 2 s: 25%, 3 MB more at 0.5 MB/s = 6 s
    c.set(4000);
    p.fileDone('a.csv', 300_000); // its last count and all its bytes: 3 of 4 MB in 4 s → 75%; 1 MB more: 4/3 s → 2 s
    p.stop();
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: 25% read, about 0:06 left · reading a.csv: 0/2 files done, 200,000 rows, 100,000 rows/s',
      '\r\x1b[Ktthc-audit: 75% read, about 0:02 left · reading a.csv: 1/2 files done, 300,000 rows, 75,000 rows/s',
      '\r\x1b[K',
    ]);
  });

  it('says 99% while the last file is still being parsed after all its bytes were read', () => {
    const { out, c, p } = recorded({
      files: 1,
      shareWords: (percent, eta) => `${percent}%${eta === null ? '' : ` ${eta}`}`,
    });
    p.size('a.csv', 1000);
    c.set(1000);
    p.rows('a.csv', 10, 1000);
    p.fileDone('a.csv', 12);
    expect(out).toEqual([
      '\r\x1b[Ktthc-audit: 99% · reading a.csv: 0/1 files done, 10 rows, 10 rows/s',
      '\r\x1b[Ktthc-audit: 100% · reading a.csv: 1/1 files done, 12 rows, 12 rows/s',
    ]);
  });

  it('shows no share when a size is unknown (a pipe)', () => {
    const { out, c, p } = recorded({ files: 2, shareWords: (percent) => `${percent}% read` });
    p.size('a.csv', 1000);
    p.size('-', null);
    c.set(1000);
    p.rows('a.csv', 10, 500);
    expect(out).toEqual(['\r\x1b[Ktthc-audit: reading a.csv: 0/2 files done, 10 rows, 10 rows/s']);
  });

  it('draws from the first call with no delay, and cuts the line to the terminal (base names first)', () => {
    const { out, c, p } = recorded({ files: 1, columns: 40, firstAfterMs: 0 });
    c.set(500);
    p.rows('some/long/folder/a.csv', 5);
    // "tthc-audit: reading a.csv: 0/1 files done, 5 rows, 10 rows/s" is 61 characters: its first 38 and "…".
    expect(out).toEqual(['\r\x1b[Ktthc-audit: reading a.csv: 0/1 files d…']);
    expect([...out[0]!.slice(4)].length).toBe(39);
  });
});
