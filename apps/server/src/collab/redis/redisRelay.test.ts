import type { RelayListener, RelayMessage } from '@bauplan/collab'
import { afterEach, describe, expect, it } from 'vitest'
import { eventually } from '../testing/collabClients'
import { RedisRelay } from './redisRelay'
import { startTcpProxy, type TcpProxy } from './testing/tcpProxy'

// The Redis relay against the real local Redis (CI sets REDIS_URL). Each run uses its own channel
// prefix, so runs never see each other's messages; pub/sub stores nothing in Redis.
const redisUrl = process.env.REDIS_URL
if (!redisUrl) {
  console.warn(
    'Redis relay tests SKIPPED: REDIS_URL is not set. Enable them with e.g. ' +
      'REDIS_URL=redis://127.0.0.1:6379 pnpm exec vitest run --project server src/collab/redis'
  )
}

const prefix = `bauplan-test:${process.pid}:${Date.now().toString(36)}:`
const opened: RedisRelay[] = []
const proxies: TcpProxy[] = []

afterEach(async () => {
  await Promise.all(opened.splice(0).map((relay) => relay.close()))
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()))
})

interface Heard extends RelayListener {
  messages: RelayMessage[]
  missedIncoming: () => void
  incoming: number
  outgoing: number
}

function listener(): Heard {
  const heard: Heard = {
    messages: [],
    incoming: 0,
    outgoing: 0,
    message: (message) => heard.messages.push(message),
    missedIncoming: () => (heard.incoming += 1),
    missedOutgoing: () => (heard.outgoing += 1),
  }
  return heard
}

async function relay(url = redisUrl ?? ''): Promise<{ relay: RedisRelay; heard: Heard }> {
  const opened_ = await RedisRelay.open({
    url,
    channelPrefix: prefix,
    // Reconnect quickly after the proxy is restored.
    redisOptions: { retryStrategy: () => 50 },
  })
  opened.push(opened_)
  const heard = listener()
  opened_.listen(heard)
  return { relay: opened_, heard }
}

const bytes = (...values: number[]) => new Uint8Array(values)

describe.skipIf(!redisUrl)('Redis instance relay', () => {
  it('delivers a document’s messages to the instances that joined it, in order, until they leave', async () => {
    const a = await relay()
    const b = await relay()
    await b.relay.join('doc-1')
    for (const value of [1, 2, 3]) {
      a.relay.publish({
        docName: 'doc-1',
        kind: 'update',
        from: a.relay.instanceId,
        bytes: bytes(value),
      })
    }
    // Not joined by b: never delivered to it.
    a.relay.publish({ docName: 'doc-2', kind: 'update', from: a.relay.instanceId, bytes: bytes(9) })
    await eventually(() => b.heard.messages.length >= 3, 5_000, 'three messages')
    expect(b.heard.messages.map((m) => [m.docName, m.from, m.kind, [...m.bytes]])).toEqual([
      ['doc-1', a.relay.instanceId, 'update', [1]],
      ['doc-1', a.relay.instanceId, 'update', [2]],
      ['doc-1', a.relay.instanceId, 'update', [3]],
    ])
    b.relay.leave('doc-1')
    expect(b.relay.joinedDocuments()).toEqual([])
    // A marker on a document b still receives shows that the one before it was not delivered.
    await b.relay.join('doc-3')
    a.relay.publish({ docName: 'doc-1', kind: 'update', from: a.relay.instanceId, bytes: bytes(4) })
    a.relay.publish({ docName: 'doc-3', kind: 'resync', from: a.relay.instanceId, bytes: bytes() })
    await eventually(() => b.heard.messages.length >= 4, 5_000, 'the marker')
    expect(b.heard.messages.map((m) => m.docName)).toEqual(['doc-1', 'doc-1', 'doc-1', 'doc-3'])
  })

  it('after a lost connection, subscribes again and reports what may have been missed both ways', async () => {
    const proxy = await startTcpProxy(redisUrl ?? '')
    proxies.push(proxy)
    const a = await relay()
    const b = await relay(proxy.url)
    await b.relay.join('doc-1')
    proxy.cut()
    // Sent while b's subscription is gone: Redis keeps nothing for it.
    a.relay.publish({ docName: 'doc-1', kind: 'update', from: a.relay.instanceId, bytes: bytes(1) })
    proxy.restore()
    await eventually(() => b.heard.incoming === 1 && b.heard.outgoing === 1, 10_000, 'reconnect')
    // So the hub re-reads storage on missedIncoming.
    const fromA = () => b.heard.messages.filter((m) => m.from === a.relay.instanceId)
    expect(fromA()).toEqual([])
    a.relay.publish({ docName: 'doc-1', kind: 'update', from: a.relay.instanceId, bytes: bytes(3) })
    await eventually(() => fromA().length === 1, 5_000, 'delivery after reconnect')
    expect([...(fromA()[0]?.bytes ?? [])]).toEqual([3])
  })

  it('refuses to open when Redis cannot be reached', async () => {
    const proxy = await startTcpProxy(redisUrl ?? '')
    proxies.push(proxy)
    proxy.cut()
    await expect(
      RedisRelay.open({
        url: proxy.url,
        channelPrefix: prefix,
        redisOptions: { retryStrategy: () => null },
      })
    ).rejects.toThrow()
  })
})
