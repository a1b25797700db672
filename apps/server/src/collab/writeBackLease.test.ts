import { afterEach, describe, expect, it } from 'vitest'
import { startTcpProxy, type TcpProxy } from './redis/testing/tcpProxy'
import { RedisWriteBackLease } from './writeBackLease'

// The write-back lease against the real local Redis (CI sets REDIS_URL). Each run uses its own key
// prefix; the leases it leaves expire after their (short) TTL.
const redisUrl = process.env.REDIS_URL
if (!redisUrl) {
  console.warn(
    'Write-back lease tests SKIPPED: REDIS_URL is not set. Enable them with e.g. ' +
      'REDIS_URL=redis://127.0.0.1:6379 pnpm exec vitest run --project server src/collab/writeBackLease'
  )
}

const keyPrefix = `bauplan-test:lease:${process.pid}:${Date.now().toString(36)}:`
const opened: RedisWriteBackLease[] = []
const proxies: TcpProxy[] = []

afterEach(async () => {
  await Promise.all(opened.splice(0).map((lease) => lease.close()))
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()))
})

async function lease(
  instanceId: string,
  options: { ttlMs?: number; url?: string; onUnreachable?: (error: unknown) => void } = {}
): Promise<RedisWriteBackLease> {
  const opening = new RedisWriteBackLease({
    url: options.url ?? redisUrl ?? '',
    instanceId,
    keyPrefix,
    ttlMs: options.ttlMs ?? 60_000,
    ...(options.onUnreachable ? { onUnreachable: options.onUnreachable } : {}),
    redisOptions: { retryStrategy: () => 50 },
  })
  opened.push(opening)
  return opening.connect()
}

let docs = 0
const newDoc = () => `doc-${(docs += 1)}`

describe.skipIf(!redisUrl)('write-back lease (Redis)', () => {
  it('is held by one instance at a time; the holder renews it, the other is refused', async () => {
    const [a, b] = await Promise.all([lease('instance-a'), lease('instance-b')])
    const doc = newDoc()
    expect(await a.acquire(doc)).toBe(true)
    expect(await b.acquire(doc)).toBe(false)
    expect(await a.acquire(doc)).toBe(true)
    expect(await a.holder(doc)).toBe('instance-a')
    // Another document is free.
    expect(await b.acquire(newDoc())).toBe(true)
  })

  it('passes to another instance once released; releasing someone else’s lease does nothing', async () => {
    const [a, b] = await Promise.all([lease('instance-a'), lease('instance-b')])
    const doc = newDoc()
    expect(await a.acquire(doc)).toBe(true)
    await b.release(doc)
    expect(await a.holder(doc)).toBe('instance-a')
    await a.release(doc)
    expect(await a.holder(doc)).toBeUndefined()
    expect(await b.acquire(doc)).toBe(true)
    expect(await a.acquire(doc)).toBe(false)
  })

  it('expires after its TTL when the holder stops renewing (a holder that died)', async () => {
    const [a, b] = await Promise.all([
      lease('instance-a', { ttlMs: 200 }),
      lease('instance-b', { ttlMs: 200 }),
    ])
    const doc = newDoc()
    expect(await a.acquire(doc)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 120))
    // Renewed: the TTL starts again.
    expect(await a.acquire(doc)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(await b.acquire(doc)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(await b.acquire(doc)).toBe(true)
    expect(await b.holder(doc)).toBe('instance-b')
  })

  it('says "write" when Redis cannot be reached, and reports that once', async () => {
    const proxy = await startTcpProxy(redisUrl ?? '')
    proxies.push(proxy)
    const problems: unknown[] = []
    const a = await lease('instance-a', {
      url: proxy.url,
      onUnreachable: (error) => problems.push(error),
    })
    const b = await lease('instance-b')
    const doc = newDoc()
    expect(await b.acquire(doc)).toBe(true)
    proxy.cut()
    expect(await a.acquire(doc)).toBe(true)
    expect(await a.acquire(doc)).toBe(true)
    await a.release(doc)
    expect(problems.length).toBe(1)
    // B's lease was not touched.
    expect(await b.holder(doc)).toBe('instance-b')
  })
})
