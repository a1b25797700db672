/**
 * Process entry: reads the configuration, builds the app (which opens and migrates the store,
 * makes sure an admin exists, seeds models/ once and, with BAUPLAN_DEMO=1, the demo accounts),
 * listens, and shuts down cleanly on SIGINT/SIGTERM. The only file that opens a port.
 */
import { buildApp } from './app'
import { ConfigError, readConfig } from './config'

async function main(): Promise<void> {
  const config = readConfig()
  const app = await buildApp({
    config,
    logger: true,
    // The one-time admin password goes to stdout exactly once, outside the JSON log lines.
    startup: { demo: config.demo, print: (text) => process.stdout.write(`\n${text}\n\n`) },
  })
  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down')
    await app.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void close('SIGINT'))
  process.once('SIGTERM', () => void close('SIGTERM'))
  await app.listen({ port: config.port, host: config.host })
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  console.log(`\nBauplan läuft auf / is running at http://${shown}:${config.port}/\n`)
  if (config.demo) {
    console.log(
      'Demo-Modus: Demo-Konten sind angelegt (siehe docs/api.md). / Demo mode: demo accounts exist (see docs/api.md).\n'
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
