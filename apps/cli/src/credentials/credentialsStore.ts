/**
 * Stored API tokens, one per server URL, in `credentials.json` (mode 0600 in a 0700 folder):
 * `$BAUPLAN_CONFIG_DIR`, else `$XDG_CONFIG_HOME/bauplan`, else `~/.config/bauplan`.
 * Only API tokens are stored, never passwords; `BAUPLAN_TOKEN` always wins over the file.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { EXIT } from '../exitCodes'
import { CliError } from '../errors'

export const CREDENTIALS_FILE = 'credentials.json'

export interface StoredCredential {
  /** The API token secret (`bpl_…`), sent as `Authorization: Bearer`. */
  token: string
  /** The token's id on the server, to revoke it at logout. */
  tokenId: string
  /** Who logged in (user name or e-mail). */
  user: string
  createdAt: string
  expiresAt: string
}

interface CredentialsFile {
  version: 1
  servers: Record<string, StoredCredential>
}

type Env = Readonly<Record<string, string | undefined>>

export function configDir(env: Env): string {
  if (env.BAUPLAN_CONFIG_DIR?.trim()) return path.resolve(env.BAUPLAN_CONFIG_DIR)
  const base = env.XDG_CONFIG_HOME?.trim()
    ? env.XDG_CONFIG_HOME
    : path.join(env.HOME?.trim() ? env.HOME : homedir(), '.config')
  return path.join(base, 'bauplan')
}

export function credentialsPath(dir: string): string {
  return path.join(dir, CREDENTIALS_FILE)
}

export async function readCredentials(dir: string): Promise<CredentialsFile> {
  let text: string
  try {
    text = await readFile(credentialsPath(dir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, servers: {} }
    throw unreadable(dir, error)
  }
  try {
    const parsed = JSON.parse(text) as Partial<CredentialsFile>
    if (parsed.version !== 1 || typeof parsed.servers !== 'object' || parsed.servers === null) {
      throw new Error('unexpected structure')
    }
    return { version: 1, servers: parsed.servers }
  } catch (error) {
    throw unreadable(dir, error)
  }
}

export async function findCredential(
  dir: string,
  server: string
): Promise<StoredCredential | undefined> {
  return (await readCredentials(dir)).servers[server]
}

export async function saveCredential(
  dir: string,
  server: string,
  credential: StoredCredential
): Promise<void> {
  const file = await readCredentials(dir)
  file.servers[server] = credential
  await writeCredentials(dir, file)
}

/** Removes the server's entry; returns what was stored, if anything. */
export async function removeCredential(
  dir: string,
  server: string
): Promise<StoredCredential | undefined> {
  const file = await readCredentials(dir)
  const removed = file.servers[server]
  if (removed === undefined) return undefined
  delete file.servers[server]
  await writeCredentials(dir, file)
  return removed
}

/**
 * Written to a temporary file created 0600 and renamed over the old one: no moment where the token
 * is readable by others, and no half-written file if the process dies.
 */
async function writeCredentials(dir: string, file: CredentialsFile): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const target = credentialsPath(dir)
  const temporary = `${target}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
  await chmod(temporary, 0o600)
  await rename(temporary, target)
}

function unreadable(dir: string, cause: unknown): CliError {
  const file = credentialsPath(dir)
  return new CliError(
    EXIT.failure,
    'credentials.unreadable',
    {
      de: `Die Zugangsdatei ${file} ist nicht lesbar (${String((cause as Error).message ?? cause)}). Löschen Sie sie und melden Sie sich neu an.`,
      en: `The credentials file ${file} is not readable (${String((cause as Error).message ?? cause)}). Delete it and log in again.`,
    },
    { cause }
  )
}
