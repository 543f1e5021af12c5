/**
 * The lenient UTF-8 decoding of the CSV reader (io/decode.ts): each run of bad bytes is one U+FFFD,
 * logged with its file offset; a U+FFFD written in the file (EF BF BD) is logged as no bad byte.
 */
import { describe, expect, it } from 'vitest';
import { makeDecoder, Replacements } from '../../src/io/decode.js';

// a FF b EF BF BD c E1 BA: offsets 0–8 from the start; the last two bytes are an unfinished sequence.
const BYTES = Uint8Array.from([0x61, 0xff, 0x62, 0xef, 0xbf, 0xbd, 0x63, 0xe1, 0xba]);

describe('makeDecoder with a Replacements log', () => {
  it.each([1, 2, 4, 9])('chunks of %i bytes: the text, and the offsets of the bad bytes only', (size) => {
    const replaced = new Replacements();
    const decoder = makeDecoder({ name: 'utf-8', bomLength: 0, font: null }, 'f.csv', 100, replaced);
    let text = '';
    for (let p = 0; p < BYTES.length; p += size) text += decoder.write(BYTES.subarray(p, p + size));
    text += decoder.end();
    expect(text).toBe('a\ufffdb\ufffdc\ufffd');
    // 0xFF at 100 + 1; the literal U+FFFD; the cut sequence E1 BA at 100 + 7.
    expect([replaced.take(1), replaced.take(1), replaced.take(1)]).toEqual([101, undefined, 107]);
  });

  it('take(n) gives the first offset among the next n', () => {
    const replaced = new Replacements();
    replaced.push(null);
    replaced.push(7);
    replaced.push(9);
    expect(replaced.take(3)).toBe(7);
    expect(replaced.take(1)).toBeUndefined();
  });
});
