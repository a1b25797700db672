import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Password hashing with scrypt (node:crypto), stored as `scrypt$N$r$p$salt$hash` (salt and hash in
 * base64url) so the parameters can be raised later without breaking old hashes.
 *
 * Parameters: N = 2^15, r = 8, p = 1 — OWASP's recommended minimum for scrypt (about 32 MiB of memory
 * and ~50–100 ms per hash on a server core), which makes guessing offline expensive while a login stays
 * fast. 16 random bytes of salt per password; 32 bytes of derived key.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const
const KEY_LENGTH = 32
const SALT_BYTES = 16
/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that, so leave headroom. */
const MAX_MEMORY = 64 * 1024 * 1024
/** Refuse absurd parameters from a tampered hash before they can exhaust memory or time. */
const MAX_N = 2 ** 20

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, { ...PARAMS, maxmem: MAX_MEMORY }, KEY_LENGTH)
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** True if `password` matches `stored`; false for a wrong password or a malformed hash (never throws). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const expected = Buffer.from(parts[5] ?? '', 'base64url')
  const validParams =
    Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0 && r >= 1 && r <= 32
  if (!validParams || p < 1 || p > 16 || salt.length === 0 || expected.length < 16) return false
  try {
    const actual = await derive(
      password,
      salt,
      { N, r, p, maxmem: Math.max(MAX_MEMORY, 256 * N * r) },
      expected.length
    )
    // Constant time: how many leading bytes match must not show in how long the check takes.
    return timingSafeEqual(actual, expected)
  } catch {
    return false
  }
}

/** A random password for one-time use (bootstrap admin): 18 bytes, 24 URL-safe characters. */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url')
}
