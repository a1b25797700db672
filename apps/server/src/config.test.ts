import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    const config = readConfig({}, '/srv/bauplan')
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/bauplan/data',
      databaseUrl: undefined,
      redisUrl: undefined,
      secureCookies: false,
      trustProxy: false,
      demo: false,
      allowedOrigins: [],
      catalogueName: 'Bauplan',
      publicUrl: null,
    })
  })

  it('reads how blueprint bundles name this catalogue and refuses a public URL that is not http(s)', () => {
    const config = readConfig({
      BAUPLAN_CATALOGUE_NAME: ' Bauplan Sachsen ',
      BAUPLAN_PUBLIC_URL: 'https://bauplan.sachsen.example/katalog/',
    })
    expect(config.catalogueName).toBe('Bauplan Sachsen')
    expect(config.publicUrl).toBe('https://bauplan.sachsen.example/katalog')
    expect(readConfig({ BAUPLAN_CATALOGUE_NAME: '  ', BAUPLAN_PUBLIC_URL: '' })).toMatchObject({
      catalogueName: 'Bauplan',
      publicUrl: null,
    })
    expect(() => readConfig({ BAUPLAN_PUBLIC_URL: 'bauplan.sachsen.example' })).toThrow(
      /BAUPLAN_PUBLIC_URL muss .* BAUPLAN_PUBLIC_URL must be an http\(s\) URL/
    )
    expect(() => readConfig({ BAUPLAN_PUBLIC_URL: 'ftp://bauplan.example' })).toThrow(ConfigError)
  })

  it('reads the collaboration origin allow-list and refuses entries that are not origins', () => {
    const config = readConfig({
      BAUPLAN_ALLOWED_ORIGINS: 'https://bauplan.example, http://localhost:5173',
    })
    expect(config.allowedOrigins).toEqual(['https://bauplan.example', 'http://localhost:5173'])
    expect(() => readConfig({ BAUPLAN_ALLOWED_ORIGINS: 'https://bauplan.example/app' })).toThrow(
      /BAUPLAN_ALLOWED_ORIGINS: "https:\/\/bauplan.example\/app" ist kein Origin/
    )
    expect(() => readConfig({ BAUPLAN_ALLOWED_ORIGINS: 'bauplan.example' })).toThrow(ConfigError)
  })

  it('reads every variable', () => {
    const config = readConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        BAUPLAN_DATA_DIR: '/var/lib/bauplan',
        DATABASE_URL: 'postgres://localhost/bauplan',
        REDIS_URL: 'redis://localhost:6379',
      },
      '/srv'
    )
    expect(config.port).toBe(9000)
    expect(config.host).toBe('0.0.0.0')
    expect(config.dataDir).toBe('/var/lib/bauplan')
    expect(config.databaseUrl).toBe('postgres://localhost/bauplan')
    expect(config.redisUrl).toBe('redis://localhost:6379')
  })

  it('refuses a PORT that is not a port number, naming the variable in both languages', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(ConfigError)
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT muss .* PORT must/)
  })

  it('reads the on/off switches and refuses anything but 1 or 0, naming the variable', () => {
    const config = readConfig({
      BAUPLAN_SECURE_COOKIES: '1',
      BAUPLAN_TRUST_PROXY: '1',
      BAUPLAN_DEMO: '0',
    })
    expect(config.secureCookies).toBe(true)
    expect(config.trustProxy).toBe(true)
    expect(config.demo).toBe(false)
    expect(() => readConfig({ BAUPLAN_DEMO: 'yes' })).toThrow(
      /BAUPLAN_DEMO muss .* BAUPLAN_DEMO must/
    )
  })

  it('refuses a REDIS_URL that is not redis:// or rediss://, without echoing it', () => {
    expect(readConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380' }).redisUrl).toBe(
      'rediss://:pw@cache.example:6380'
    )
    for (const bad of ['http://cache.example', 'cache.example:6379', 'redis://']) {
      expect(() => readConfig({ REDIS_URL: bad })).toThrow(/REDIS_URL muss .* REDIS_URL must/)
    }
    expect(() => readConfig({ REDIS_URL: 'https://:geheim@x' })).not.toThrow(/geheim/)
  })

  it('treats empty DATABASE_URL and REDIS_URL as unset', () => {
    const config = readConfig({ DATABASE_URL: ' ', REDIS_URL: '' })
    expect(config.databaseUrl).toBeUndefined()
    expect(config.redisUrl).toBeUndefined()
  })
})
