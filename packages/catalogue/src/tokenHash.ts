import { createHash } from 'node:crypto'

declare const tokenHashBrand: unique symbol

/**
 * The sha256 (hex) of a secret such as a session id, CSRF token or API token. The store only accepts
 * this branded type for secrets, so passing a raw secret where a hash belongs is a type error and the
 * database never sees a secret.
 */
export type TokenHash = string & { readonly [tokenHashBrand]: true }

/**
 * Hashes a secret for storage and lookup. A plain sha256 is enough here because these secrets are long
 * random values (not passwords), so they cannot be guessed from their hash.
 */
export function hashToken(secret: string): TokenHash {
  return createHash('sha256').update(secret, 'utf8').digest('hex') as TokenHash
}
