import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Read at run time: the Remix build replaces a literal `process.env.NODE_ENV` with its mode.
const runtimeEnv = process.env;

/**
 * scrypt at one of OWASP's equivalent recommendations (Password Storage Cheat Sheet): N = 2^16,
 * r = 8, p = 2 rather than N = 2^17, p = 1: the same ~0.35 s of CPU per hash here, but 64 MiB
 * held during a login instead of 128 MiB, which kept the server's peak over 300 MB (decision 032).
 * Only the test suite (NODE_ENV=test, set by vitest) hashes at 2^10, so its hundreds of accounts
 * cost milliseconds; a stored hash names its own cost, and one at another cost is replaced at the
 * next successful login.
 */
export function scryptParams(nodeEnv = runtimeEnv.NODE_ENV) {
  return nodeEnv === "test" ? ({ N: 2 ** 10, r: 8, p: 1 } as const) : ({ N: 2 ** 16, r: 8, p: 2 } as const);
}
const PARAMS = scryptParams();
const KEY_LENGTH = 32;
const maxMemory = (N: number, r: number) => 128 * N * r * 2;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { ...PARAMS, maxmem: maxMemory(PARAMS.N, PARAMS.r) });
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const N = Number(n);
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N, r: Number(r), p: Number(p), maxmem: maxMemory(N, Number(r)) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made at another cost than today's: rehash it once the password is known. */
export function needsRehash(stored: string): boolean {
  const [, n, r, p] = stored.split("$");
  return Number(n) !== PARAMS.N || Number(r) !== PARAMS.r || Number(p) !== PARAMS.p;
}

/** A hash of nothing, verified against when the email is unknown, so timing does not tell. */
export const DUMMY_HASH_PROMISE = hashPassword(randomBytes(16).toString("hex"));

export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
