/**
 * Server configuration from the environment. Every variable is documented in the README and in
 * docs/api.md; a bad value stops the start with a message naming the variable, instead of a
 * surprise later.
 */
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  /**
   * Redis shared by several instances (scale-out of collaboration); used only together with
   * `databaseUrl` (see collab/redis/configuredRelay.ts).
   */
  redisUrl: string | undefined
  /** Mark cookies `Secure` even when the request itself arrived over plain HTTP (TLS ends at a proxy). */
  secureCookies: boolean
  /** Believe X-Forwarded-For/-Proto from a reverse proxy (client IP for rate limits, https for cookies). */
  trustProxy: boolean
  /** Seed demo organisations and users with documented passwords (never in production). */
  demo: boolean
  /**
   * Origins (scheme://host[:port]) whose pages may open collaboration WebSockets. Empty: only the
   * server's own origin (the Host the upgrade request was sent to).
   */
  allowedOrigins: string[]
  /** How exported blueprint bundles name this catalogue (`provenance.origin.name`). */
  catalogueName: string
  /** Where this catalogue is reachable (`provenance.origin.url` of bundles); null when not said. */
  publicUrl: string | null
}

export class ConfigError extends Error {}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd()
): ServerConfig {
  const port = parsePort(env.PORT ?? '8080')
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(cwd, env.BAUPLAN_DATA_DIR ?? './data'),
    databaseUrl: nonEmpty(env.DATABASE_URL),
    redisUrl: parseRedisUrl(env.REDIS_URL),
    secureCookies: parseSwitch('BAUPLAN_SECURE_COOKIES', env.BAUPLAN_SECURE_COOKIES),
    trustProxy: parseSwitch('BAUPLAN_TRUST_PROXY', env.BAUPLAN_TRUST_PROXY),
    demo: parseSwitch('BAUPLAN_DEMO', env.BAUPLAN_DEMO),
    allowedOrigins: parseOrigins(env.BAUPLAN_ALLOWED_ORIGINS),
    catalogueName: nonEmpty(env.BAUPLAN_CATALOGUE_NAME)?.trim() ?? 'Bauplan',
    publicUrl: parsePublicUrl(env.BAUPLAN_PUBLIC_URL),
  }
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `PORT muss eine ganze Zahl von 0 bis 65535 sein, ist aber "${value}". / PORT must be an integer from 0 to 65535, got "${value}".`
    )
  }
  return port
}

/** On/off switches accept only `1`/`0` (or unset), so a typo such as `yes` is not silently "off". */
function parseSwitch(name: string, value: string | undefined): boolean {
  const trimmed = value?.trim() ?? ''
  if (trimmed === '' || trimmed === '0') return false
  if (trimmed === '1') return true
  throw new ConfigError(
    `${name} muss 1 (an) oder 0 (aus) sein, ist aber "${value}". / ${name} must be 1 (on) or 0 (off), got "${value}".`
  )
}

/** A comma-separated list of origins; each must be exactly `scheme://host[:port]`, no path. */
function parseOrigins(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  return entries.map((entry) => {
    let origin: string | undefined
    try {
      const url = new URL(entry)
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin
    } catch {
      origin = undefined
    }
    if (origin === undefined || origin !== entry.replace(/\/$/, '')) {
      throw new ConfigError(
        `BAUPLAN_ALLOWED_ORIGINS: "${entry}" ist kein Origin der Form https://host[:port]. / BAUPLAN_ALLOWED_ORIGINS: "${entry}" is not an origin of the form https://host[:port].`
      )
    }
    return origin
  })
}

/**
 * The catalogue's public address as bundles carry it; an http(s) URL, kept as written (without a
 * trailing slash) because it goes byte for byte into every exported manifest.
 */
function parsePublicUrl(value: string | undefined): string | null {
  const trimmed = nonEmpty(value)?.trim()
  if (trimmed === undefined) return null
  let valid = false
  try {
    const url = new URL(trimmed)
    valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
  } catch {
    valid = false
  }
  if (!valid) {
    throw new ConfigError(
      `BAUPLAN_PUBLIC_URL muss eine http(s)-Adresse sein, ist aber "${value}". / BAUPLAN_PUBLIC_URL must be an http(s) URL, got "${value}".`
    )
  }
  return trimmed.replace(/\/+$/, '')
}

/** A `redis://` or `rediss://` (TLS) URL; the value is not echoed, since it may hold a password. */
function parseRedisUrl(value: string | undefined): string | undefined {
  const trimmed = nonEmpty(value)?.trim()
  if (trimmed === undefined) return undefined
  let valid = false
  try {
    const url = new URL(trimmed)
    valid = (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== ''
  } catch {
    valid = false
  }
  if (!valid) {
    throw new ConfigError(
      'REDIS_URL muss eine Adresse der Form redis://host[:port] oder rediss://host[:port] sein. / REDIS_URL must be a URL of the form redis://host[:port] or rediss://host[:port].'
    )
  }
  return trimmed
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}
