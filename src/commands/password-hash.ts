import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords hashed with scrypt (node:crypto; RFC 7914), at OWASP's recommended cost
 * (N = 2^17, r = 8, p = 1: 128 MiB and a few hundred milliseconds a hash), with a random
 * 16-byte salt. The parameters are kept in the hash ("scrypt$17$8$1$salt$key"), so raising
 * them later still verifies the old hashes.
 */
const COST = { log2N: 17, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, log2N: number, r: number, p: number) {
  const N = 2 ** log2N;
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * p + 16 * 1024 * 1024 };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** A new hash of `password`, to store. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST.log2N, COST.r, COST.p);
  return [
    "scrypt",
    COST.log2N,
    COST.r,
    COST.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

/** Whether `password` is the one `stored` was made from (in constant time); false for a malformed hash. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const params = [Number(log2N), Number(r), Number(p)];
  if (params.some((n) => !Number.isInteger(n) || n < 1 || n > 32)) return false;
  const expected = Buffer.from(key, "base64url");
  const given = await derive(
    password,
    Buffer.from(salt, "base64url"),
    params[0] as number,
    params[1] as number,
    params[2] as number,
  );
  return given.length === expected.length && timingSafeEqual(given, expected);
}
