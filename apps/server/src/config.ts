/**
 * Server configuration from the environment. Every variable is documented in the README; a bad
 * value stops the start with a message naming the variable, instead of a surprise later.
 */
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  redisUrl: string | undefined
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
    redisUrl: nonEmpty(env.REDIS_URL),
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

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}
