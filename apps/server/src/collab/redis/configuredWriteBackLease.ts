/**
 * The write-back lease of an instance that shares collaboration over Redis (scale-out): on the
 * relay's Redis, under the relay's prefix and with the relay's instance id. Without the Redis relay
 * (one instance) there is none, and the instance writes back every document it edits.
 */
import { RedisWriteBackLease } from '../writeBackLease'
import type { RelayLog } from './configuredRelay'
import { DEFAULT_CHANNEL_PREFIX, type RedisRelay } from './redisRelay'

export async function openConfiguredWriteBackLease(
  redisUrl: string | undefined,
  relay: RedisRelay | undefined,
  log: RelayLog,
  keyPrefix: string = DEFAULT_CHANNEL_PREFIX
): Promise<RedisWriteBackLease | undefined> {
  if (redisUrl === undefined || relay === undefined) return undefined
  return new RedisWriteBackLease({
    url: redisUrl,
    instanceId: relay.instanceId,
    keyPrefix,
    onUnreachable: (error) =>
      log.warn(
        { err: error },
        'write-back lease (Redis) unreachable: draft files are written without it until Redis answers'
      ),
  }).connect()
}
