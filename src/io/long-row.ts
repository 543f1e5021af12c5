/**
 * A record longer than the row limit (`--max-row-bytes`), streamed past without being kept: the
 * tokenizer hands it over here, and its bytes are walked block after block — tracking only whether a
 * quoted field is open and which line it is on — until the record ends, so that memory does not grow
 * with the row. The reader then rejects the row, with its line and length. A quote still open at the
 * end of the input is an unclosed quote (`unclosed` is true): nothing after it is a row of its own.
 */

const LF = 10;
const CR = 13;
const QUOTE = 34;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: `""` (an escaped quote) or the end of the field. */
const QUOTE_SEEN = 3;
/** A CR inside a quoted field: with an LF after it, one line end. */
const QUOTED_CR = 4;
/** The record's own CR: an LF after it belongs to it. */
const END_CR = 5;

export class LongRow {
  /** Bytes of the record so far (its line end not included). */
  bytes = 0;
  /** The line after the record, once it ended. */
  nextLine: number;
  unclosed = false;
  private state = FIELD_START;

  constructor(
    /** The line the record starts on. */
    readonly line: number,
    private readonly delimiter: number,
  ) {
    this.nextLine = line;
  }

  /**
   * Walk `buf[from, to)`: the offset just after the record's line end when it ends there, else null (all
   * of it belongs to the record). At the end of the input (`eof`) the record ends with it.
   */
  feed(buf: Uint8Array, from: number, to: number, eof: boolean): number | null {
    const d = this.delimiter;
    let state = this.state;
    for (let p = from; p < to; p++) {
      const b = buf[p]!;
      if (state === END_CR) {
        this.state = FIELD_START;
        return b === LF ? p + 1 : p;
      }
      if (state === QUOTED_CR) {
        state = QUOTED;
        if (b === LF) {
          this.bytes++;
          continue;
        }
      }
      if (state === QUOTE_SEEN) {
        if (b === QUOTE) {
          state = QUOTED;
          this.bytes++;
          continue;
        }
        state = UNQUOTED; // the field's closing quote: what follows is read as after any field
      }
      if (state === QUOTED) {
        if (b === QUOTE) state = QUOTE_SEEN;
        else if (b === LF) this.nextLine++;
        else if (b === CR) {
          this.nextLine++;
          state = QUOTED_CR;
        }
        this.bytes++;
        continue;
      }
      if (b === LF || b === CR) {
        this.nextLine++;
        if (b === LF) {
          this.state = FIELD_START;
          return p + 1;
        }
        state = END_CR;
        continue;
      }
      if (b === d) state = FIELD_START;
      else if (state === FIELD_START) state = b === QUOTE ? QUOTED : UNQUOTED;
      this.bytes++;
    }
    this.state = state;
    if (!eof) return null;
    if (state === QUOTED || state === QUOTED_CR) this.unclosed = true;
    if (state !== END_CR) this.nextLine++;
    return to;
  }
}
