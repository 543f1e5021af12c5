/**
 * What both benchmark generators (bench-data.mjs: clean, bench-data-dirty.mjs: dirty) write rows with:
 * the seeded random numbers, day numbers and their dd/mm/yyyy text, the dossier code, a clock time, and
 * the buffered line writer. Kept in one place so that the two profiles' shared columns are written by
 * the same code (same seed → same bytes, as before the move).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** mulberry32: small, fast, good enough to shuffle synthetic rows reproducibly. */
export function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Day number → civil date `{ y, m, d }` (the inverse of `daysFromCivil`). */
export function civil(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Day number → dd/mm/yyyy, memoised (a few hundred distinct days). */
const DAY_TEXT = new Map();
export function dmy(day) {
  let s = DAY_TEXT.get(day);
  if (s === undefined) {
    const { y, m, d } = civil(day);
    s = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    DAY_TEXT.set(day, s);
  }
  return s;
}

export const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
export const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/** A buffered file writer: encodes each line straight into a 1 MiB buffer, written out when full. */
export function openWriter(file) {
  const fd = openSync(file, 'w');
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = 0;
  let bytes = 0;
  const flush = () => {
    if (pos === 0) return;
    writeSync(fd, buf, 0, pos);
    bytes += pos;
    pos = 0;
  };
  return {
    line(text) {
      // At most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units), plus '\n'.
      const most = text.length * 3 + 1;
      if (pos + most > buf.length) {
        flush();
        if (most > buf.length) {
          writeSync(fd, `${text}\n`);
          bytes += Buffer.byteLength(text) + 1;
          return;
        }
      }
      pos += buf.write(text, pos);
      buf[pos++] = 10;
    },
    close() {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

/** The dossier code of a unit's `seq`-th dossier received on `received` (000.ab.cd.H56-yymmdd-nnnn). */
export function dossierCode(unitIndex, received, seq) {
  const receivedText = dmy(received);
  return (
    `000.${pad2(10 + (unitIndex % 40))}.${pad2(20 + Math.floor(unitIndex / 20))}.H56-` +
    `${receivedText.slice(8, 10)}${receivedText.slice(3, 5)}${receivedText.slice(0, 2)}-` +
    `${String(seq).padStart(4, '0')}`
  );
}

/** A time of day in office hours, HH:mm. */
export function clockText(rnd) {
  return `${pad2(7 + Math.floor(rnd() * 10))}:${pad2(Math.floor(rnd() * 60))}`;
}
