/**
 * Process entry: reads the configuration, builds the app, listens, and shuts down cleanly on
 * SIGINT/SIGTERM. The only file that opens a port.
 */
import { buildApp } from './app'
import { ConfigError, readConfig } from './config'

async function main(): Promise<void> {
  const config = readConfig()
  const app = await buildApp({ config, logger: true })
  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void close('SIGINT'))
  process.once('SIGTERM', () => void close('SIGTERM'))
  await app.listen({ port: config.port, host: config.host })
  console.log(`\nBauplan läuft auf / is running at http://localhost:${config.port}/\n`)
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
