import { describe, expect, it } from 'vitest'
import { openConfiguredRelay, REDIS_WITHOUT_DATABASE_WARNING } from './configuredRelay'
import { startTcpProxy } from './testing/tcpProxy'

function log() {
  const warnings: string[] = []
  return { warnings, warn: (_object: object, message: string) => warnings.push(message) }
}

describe('which relay the configuration asks for', () => {
  it('none without REDIS_URL', async () => {
    const quiet = log()
    const relay = await openConfiguredRelay(
      { redisUrl: undefined, databaseUrl: 'postgres://x' },
      quiet
    )
    expect(relay).toBeUndefined()
    expect(quiet.warnings).toEqual([])
  })

  it('ignores REDIS_URL without shared storage, with a warning in both languages', async () => {
    const warned = log()
    const relay = await openConfiguredRelay(
      { redisUrl: 'redis://127.0.0.1:6379', databaseUrl: undefined },
      warned
    )
    expect(relay).toBeUndefined()
    expect(warned.warnings).toEqual([REDIS_WITHOUT_DATABASE_WARNING])
    expect(REDIS_WITHOUT_DATABASE_WARNING).toContain('DATABASE_URL')
  })

  it('stops the start when Redis cannot be reached, naming REDIS_URL but not the password', async () => {
    // A proxy that refuses every connection: a port where nothing answers, without guessing one.
    const proxy = await startTcpProxy('redis://127.0.0.1:6379')
    proxy.cut()
    const url = proxy.url.replace('redis://', 'redis://user:geheim@')
    try {
      const error = await openConfiguredRelay(
        { redisUrl: url, databaseUrl: 'postgres://x' },
        log()
      ).then(
        () => undefined,
        (caught: unknown) => caught
      )
      expect(String(error)).toContain('REDIS_URL')
      expect(String(error)).not.toContain('geheim')
    } finally {
      await proxy.close()
    }
  })
})
