/**
 * Whether this server instance shares collaboration with others (scale-out), from its
 * configuration: with REDIS_URL and DATABASE_URL, the Redis relay; otherwise none.
 *
 * REDIS_URL without DATABASE_URL is ignored with a warning, not refused: each instance would keep
 * its documents in its own embedded SQLite file, and an update relayed from another instance
 * would be shown but stored nowhere here — so instances must not share over Redis without shared
 * storage. Ignoring (rather than refusing to start) keeps a single-machine installation running
 * when REDIS_URL is set in its environment for other reasons (CI sets it for every suite).
 */
import type { ServerConfig } from '../../config'
import { RedisRelay } from './redisRelay'

export const REDIS_WITHOUT_DATABASE_WARNING =
  'REDIS_URL wird ignoriert: Mehrere Instanzen brauchen einen gemeinsamen Speicher (DATABASE_URL); mit der eingebetteten SQLite-Datei arbeitet diese Instanz allein. / ' +
  'REDIS_URL is ignored: several instances need shared storage (DATABASE_URL); with the embedded SQLite file this instance works alone.'

export interface RelayLog {
  warn(object: object, message: string): void
}

export async function openConfiguredRelay(
  config: Pick<ServerConfig, 'redisUrl' | 'databaseUrl'>,
  log: RelayLog,
  channelPrefix?: string
): Promise<RedisRelay | undefined> {
  if (config.redisUrl === undefined) return undefined
  if (config.databaseUrl === undefined) {
    log.warn({}, REDIS_WITHOUT_DATABASE_WARNING)
    return undefined
  }
  try {
    return await RedisRelay.open({
      url: config.redisUrl,
      ...(channelPrefix !== undefined ? { channelPrefix } : {}),
      onError: (error, context) =>
        log.warn({ err: error, context }, 'collaboration relay (Redis) problem'),
    })
  } catch (error) {
    // The URL may carry a password: only its host is named.
    throw new Error(
      `REDIS_URL: Redis unter ${hostOf(config.redisUrl)} ist nicht erreichbar; ohne Redis teilen die Instanzen ihre Zusammenarbeit nicht. / ` +
        `REDIS_URL: Redis at ${hostOf(config.redisUrl)} cannot be reached; without it the instances would not share collaboration.`,
      { cause: error }
    )
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return '(unlesbare URL / unreadable URL)'
  }
}
