/**
 * The instance relay over Redis pub/sub: one publishing and one subscribing connection per server
 * instance, one channel per document (`<prefix><docName>`).
 *
 * Why a channel per document and not one channel for all: an instance then receives only the
 * traffic of documents it has loaded — awareness (cursor moves) is most of it — and Redis, not
 * every instance, does the filtering. The cost is a SUBSCRIBE when a document loads and an
 * UNSUBSCRIBE when it unloads, which is small next to loading the document.
 *
 * Redis pub/sub delivers at most once and only while connected. What the relay does about it:
 * - `join` resolves only after Redis confirmed the SUBSCRIBE, and the hub joins before it reads
 *   storage, so nothing published after the read started is missed;
 * - after the subscriber reconnects, it subscribes to every joined document again and then tells
 *   the hub (`missedIncoming`), which re-reads those documents from storage;
 * - after the publisher reconnects, or when a publish failed, the hub is told (`missedOutgoing`) and
 *   asks the other instances to re-read storage.
 * Neither connection queues commands while disconnected (no unbounded memory during an outage): a
 * publish then fails at once, and a join fails, so the document's connection is refused (1011) and
 * the client retries.
 */
import { randomUUID } from 'node:crypto'
import type { InstanceRelay, RelayListener, RelayMessage } from '@bauplan/collab'
import { Redis, type RedisOptions } from 'ioredis'
import { decodeRelayEnvelope, encodeRelayEnvelope } from './relayEnvelope'

/** Default prefix of the documents' channels; tests use their own per run. */
export const DEFAULT_CHANNEL_PREFIX = 'bauplan:collab:'
/** How long a SUBSCRIBE or PUBLISH may take before it counts as failed. */
const COMMAND_TIMEOUT_MS = 5_000

export interface RedisRelayOptions {
  url: string
  channelPrefix?: string
  /** Problems of the connections and of messages that could not be read, for the server's log. */
  onError?: (error: unknown, context: string) => void
  /** Extra ioredis options (tests: a quick reconnect). */
  redisOptions?: RedisOptions
}

export class RedisRelay implements InstanceRelay {
  readonly instanceId = randomUUID()
  private readonly prefix: string
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly joined = new Set<string>()
  private listener: RelayListener | undefined
  private readonly onError: (error: unknown, context: string) => void
  private publishFailed = false
  private closing = false

  /** Connects both connections; rejects (and leaves nothing running) when Redis is unreachable. */
  static async open(options: RedisRelayOptions): Promise<RedisRelay> {
    const relay = new RedisRelay(options)
    try {
      await Promise.all([relay.publisher.connect(), relay.subscriber.connect()])
    } catch (error) {
      relay.publisher.disconnect()
      relay.subscriber.disconnect()
      throw error
    }
    relay.watchReconnects()
    return relay
  }

  private constructor(options: RedisRelayOptions) {
    this.prefix = options.channelPrefix ?? DEFAULT_CHANNEL_PREFIX
    this.onError = options.onError ?? (() => undefined)
    const connection = (role: string): RedisOptions => ({
      lazyConnect: true,
      enableOfflineQueue: false,
      // Subscriptions are renewed by the relay itself, so it knows when they are back.
      autoResubscribe: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectionName: `bauplan-relay-${role}-${this.instanceId}`,
      ...options.redisOptions,
    })
    this.publisher = new Redis(options.url, connection('pub'))
    this.subscriber = new Redis(options.url, connection('sub'))
    for (const [role, redis] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      // Without a listener ioredis prints every failed reconnect attempt itself.
      let reported = false
      redis.on('error', (error) => {
        if (!reported && !this.closing) this.onError(error, `redis ${role}`)
        reported = true
      })
      redis.on('ready', () => (reported = false))
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => {
      this.receive(channel.toString('utf8'), data)
    })
  }

  async join(docName: string): Promise<void> {
    this.joined.add(docName)
    try {
      await this.subscriber.subscribe(this.channelOf(docName))
    } catch (error) {
      this.joined.delete(docName)
      throw error
    }
  }

  leave(docName: string): void {
    if (!this.joined.delete(docName)) return
    if (this.subscriber.status !== 'ready') return
    this.subscriber.unsubscribe(this.channelOf(docName)).catch((error: unknown) => {
      this.onError(error, `unsubscribe ${docName}`)
    })
  }

  publish(message: RelayMessage): void {
    let data: Buffer
    try {
      data = encodeRelayEnvelope(message)
    } catch (error) {
      return this.onError(error, `publish ${message.docName}`)
    }
    this.publisher.publish(this.channelOf(message.docName), data).then(
      () => {
        // The first publish that works again after one that failed (e.g. timed out while the
        // connection stayed up): the others are asked to re-read what they may have missed.
        if (!this.publishFailed) return
        this.publishFailed = false
        this.listener?.missedOutgoing()
      },
      (error: unknown) => {
        this.publishFailed = true
        if (!this.closing) this.onError(error, `publish ${message.docName}`)
      }
    )
  }

  listen(listener: RelayListener): void {
    this.listener = listener
  }

  /** Documents this instance receives (for tests and metrics). */
  joinedDocuments(): string[] {
    return [...this.joined].sort()
  }

  /** Sends what is still queued, then closes both connections. */
  async close(): Promise<void> {
    this.closing = true
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }

  private watchReconnects(): void {
    this.subscriber.on('ready', () => {
      const channels = [...this.joined].map((docName) => this.channelOf(docName))
      const renewed =
        channels.length > 0 ? this.subscriber.subscribe(...channels) : Promise.resolve()
      renewed.then(
        () => this.listener?.missedIncoming(),
        (error: unknown) => {
          // The connection dropped again; the next 'ready' tries again.
          this.onError(error, 'resubscribe')
        }
      )
    })
    // Anything published just before the connection dropped may not have reached Redis.
    this.publisher.on('ready', () => {
      this.publishFailed = false
      this.listener?.missedOutgoing()
    })
  }

  private receive(channel: string, data: Buffer): void {
    if (!channel.startsWith(this.prefix)) return
    const docName = channel.slice(this.prefix.length)
    if (!this.joined.has(docName)) return
    const message = decodeRelayEnvelope(docName, data)
    if (message instanceof Error) return this.onError(message, `message on ${channel}`)
    this.listener?.message(message)
  }

  private channelOf(docName: string): string {
    return `${this.prefix}${docName}`
  }
}
