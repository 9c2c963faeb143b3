import { Transform } from "node:stream";

/**
 * The page stream with NUL bytes taken out. React 18.3's server renderer fills 2,048-byte buffers
 * with TextEncoder.encodeInto and, when a character of several bytes does not fit at a buffer's
 * end, sends the whole buffer, its unfilled (zero) tail included: "Todos mis j\0óvenes". No
 * character of an HTML page is ever encoded with a zero byte in UTF-8 (the HTML parser refuses
 * U+0000 anyway), so every zero byte is that padding. React 19 fixes it; this goes when we move.
 */
export function dropNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, chunk.includes(0) ? chunk.filter((byte) => byte !== 0) : chunk);
    },
  });
}
