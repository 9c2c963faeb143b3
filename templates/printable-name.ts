/**
 * What a name may not hold: control characters (line breaks, tabs, escapes), the line and
 * paragraph separators, and the bidirectional controls that make text read in another order than
 * it is stored (U+202E turns "evil.exe" around in a list or a file name). Joiners (U+200C, U+200D)
 * stay: some scripts and emoji need them.
 */
const NOT_PRINTABLE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Whether a name is printable text only (checked by the forms' schemas, on the server): a
 * youth's chosen name, an account's name, and the names inside a plan (people, places, titles).
 */
export const isPrintableName = (value: string) => !NOT_PRINTABLE.test(value);
