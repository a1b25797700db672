/**
 * Which local account a login name means. The user name is tried first (demo accounts use their
 * e-mail address as user name, and a user name may contain "@"); if there is no such account and the
 * input looks like an e-mail address, the account of the user with that address. Callers must treat
 * `null` exactly like a wrong password — same answer, same rate limit, and a password check against
 * `unknownAccountHash()` — so a login never reveals whether a user name or address exists.
 */
import { hashPassword, type CatalogueStore, type LocalAccount } from '@bauplan/catalogue'
import { randomSecret } from './secrets'

/** Something@something without spaces: enough to decide whether an e-mail lookup is worth trying. */
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/

export function looksLikeEmail(login: string): boolean {
  return EMAIL_LIKE.test(login.trim())
}

export async function findLoginAccount(
  store: CatalogueStore,
  login: string
): Promise<LocalAccount | null> {
  const byName = await store.findLocalAccount(login)
  if (byName !== null || !looksLikeEmail(login)) return byName
  const user = await store.findUserByEmail(login)
  return user === null ? null : store.findLocalAccountByUserId(user.id)
}

let unknownHash: Promise<string> | undefined

/**
 * A real hash of a random secret, checked when no account matched, so an unknown name costs as long
 * as a wrong password (one scrypt run either way). Made once per process.
 */
export function unknownAccountHash(): Promise<string> {
  unknownHash ??= hashPassword(randomSecret())
  return unknownHash
}
