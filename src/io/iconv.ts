/**
 * iconv-lite, loaded on first use: UTF-8 input, the common case, never needs it, and loading it (a
 * CommonJS package, through Node's ES module loader when imported) cost every start ~15 ms of CPU
 * (issue 13 item 4). Node's own `require`, so that the callers stay synchronous.
 */
import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');

let loaded: IconvLite | undefined;

export function iconv(): IconvLite {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return loaded;
}
