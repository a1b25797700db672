/**
 * Random secrets handed to clients: session ids, CSRF tokens and API tokens. 32 random bytes make
 * them unguessable, which is also why a plain sha256 suffices to store them (see @bauplan/catalogue
 * hashToken); only the hash ever reaches the database.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { hashToken } from '@bauplan/catalogue'

const SECRET_BYTES = 32

/** The prefix makes leaked tokens recognisable to secret scanners and to people. */
export const API_TOKEN_PREFIX = 'bpl_'
export const API_TOKEN_PATTERN = /^bpl_[A-Za-z0-9_-]{43}$/

export function randomSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url')
}

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomSecret()}`
}

/** Whether `secret` hashes to `expectedHash`, compared in constant time. */
export function secretMatchesHash(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashToken(secret), 'utf8')
  const expected = Buffer.from(expectedHash, 'utf8')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
