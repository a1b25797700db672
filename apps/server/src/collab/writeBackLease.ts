/**
 * The write-back lease: with several server instances (scale-out), one instance at a time writes
 * a draft's files from its shared document — the one holding the document's lease in Redis, a key
 * `<prefix>writeback:<docName>` whose value is the holder's instance id and which expires after
 * `ttlMs`. Without it every instance whose clients edit a draft derived the files and wrote the
 * same version row, and their compare-and-set on the version's revision collided.
 *
 * `acquire` takes the lease when it is free or renews it when it is already ours (one script, so
 * nobody else's lease is ever extended or overwritten); `release` deletes it only when it is still
 * ours. The holder renews it at the start of each write, and a document being edited is written
 * at least every 30 s (DRAFT_FILES_MAX_DELAY_MS), so a live holder never loses it while it keeps
 * writing; a holder that died loses it after `ttlMs`.
 *
 * When Redis cannot be asked, `acquire` answers yes: two instances writing the same files is
 * duplicated work (their compare-and-set keeps the version row consistent), a write-back nobody
 * does is lost. The problem is reported once until Redis answers again.
 */
import { Redis, type RedisOptions } from 'ioredis'

/** How long a lease lasts without renewal: three times the longest gap between a holder's writes. */
export const WRITE_BACK_LEASE_TTL_MS = 90_000
/** How long a lease command may take before Redis counts as unreachable (and the write goes on). */
const COMMAND_TIMEOUT_MS = 2_000

export interface WriteBackLease {
  /** Whether this instance holds the document's lease now (taken or renewed). */
  acquire(docName: string): Promise<boolean>
  /** Gives the lease up if this instance holds it, so another instance can take it at once. */
  release(docName: string): Promise<void>
  close(): Promise<void>
}

export interface RedisWriteBackLeaseOptions {
  url: string
  /** This instance, as the lease's value (the relay's instance id). */
  instanceId: string
  /** Prefix of the keys (the relay's channel prefix): `<prefix>writeback:<docName>`. */
  keyPrefix: string
  ttlMs?: number
  /** Redis could not be asked (reported once until it answers again). */
  onUnreachable?: (error: unknown) => void
  /** Extra ioredis options (tests). */
  redisOptions?: RedisOptions
}

// Renews the lease when it is ours, else takes it when it is free.
const ACQUIRE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

// Deletes the lease only when it is still ours (it may have expired and been taken meanwhile).
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

export class RedisWriteBackLease implements WriteBackLease {
  private readonly redis: Redis
  private readonly ttlMs: number
  private unreachableReported = false

  constructor(private readonly options: RedisWriteBackLeaseOptions) {
    this.ttlMs = options.ttlMs ?? WRITE_BACK_LEASE_TTL_MS
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      // A command while disconnected fails at once instead of waiting in memory.
      enableOfflineQueue: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectionName: `bauplan-writeback-${options.instanceId}`,
      ...options.redisOptions,
    })
    // Without a listener ioredis prints every failed reconnect attempt itself.
    this.redis.on('error', (error) => this.unreachable(error))
    this.redis.on('ready', () => (this.unreachableReported = false))
  }

  /** Connects; rejects (and leaves nothing running) when Redis is unreachable. */
  async connect(): Promise<this> {
    try {
      await this.redis.connect()
    } catch (error) {
      this.redis.disconnect()
      throw error
    }
    return this
  }

  async acquire(docName: string): Promise<boolean> {
    try {
      const result = await this.redis.eval(
        ACQUIRE_SCRIPT,
        1,
        this.keyOf(docName),
        this.options.instanceId,
        String(this.ttlMs)
      )
      return result === 1
    } catch (error) {
      // Duplicated work is safe, a lost write-back is not.
      this.unreachable(error)
      return true
    }
  }

  async release(docName: string): Promise<void> {
    try {
      await this.redis.eval(RELEASE_SCRIPT, 1, this.keyOf(docName), this.options.instanceId)
    } catch (error) {
      // The lease expires after its TTL.
      this.unreachable(error)
    }
  }

  /** The holder's instance id, or undefined when nobody holds it (for tests and diagnosis). */
  async holder(docName: string): Promise<string | undefined> {
    return (await this.redis.get(this.keyOf(docName))) ?? undefined
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect())
  }

  private unreachable(error: unknown): void {
    if (this.unreachableReported) return
    this.unreachableReported = true
    this.options.onUnreachable?.(error)
  }

  private keyOf(docName: string): string {
    return `${this.options.keyPrefix}writeback:${docName}`
  }
}
