/**
 * Catalogue benchmark (issue "Versioned catalogue", section Performance): seeds a synthetic catalogue
 * of N blocks × 3 versions into SQLite or PostgreSQL, then measures search, listing and publishing
 * latency. Method and recorded results: docs/benchmarks.md. Not a test — it asserts nothing; it
 * reports. It stops by itself: no new work after --budget-minutes, and a hard stop shortly after.
 */
import { writeFileSync } from 'node:fs'
import { postgresBackend, sqliteBackend, type Backend } from './backends'
import { renderMarkdown } from './benchResult'
import { parseOptions, type BenchOptions } from './options'
import { runBench } from './runBench'
import { deadlineIn } from './timing'

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)

function openBackend(options: BenchOptions): Backend {
  if (options.backend === 'sqlite') return sqliteBackend()
  const url = process.env.DATABASE_URL
  if (url === undefined || url === '') {
    throw new Error(
      '--backend postgres needs DATABASE_URL, e.g. postgres://root@127.0.0.1:5432/test'
    )
  }
  return postgresBackend(url)
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const budgetMs = options.budgetMinutes * 60_000
  const deadline = deadlineIn(budgetMs)
  // If something hangs (a lock, a dead connection), the process still ends: five minutes after the
  // budget, whatever it is doing.
  setTimeout(
    () => {
      log('hard time limit reached; stopping (the database may be left behind, see above)')
      process.exit(3)
    },
    budgetMs + 5 * 60_000
  ).unref()

  const backend = openBackend(options)
  log(`backend ${backend.name}, database ${backend.location}`)
  try {
    const result = await runBench(backend, options, deadline, log)
    process.stdout.write(renderMarkdown(result))
    if (options.jsonFile !== undefined) {
      writeFileSync(options.jsonFile, `${JSON.stringify(result, null, 2)}\n`)
      log(`results written to ${options.jsonFile}`)
    }
  } finally {
    await backend.dispose(options.keep)
    log(options.keep ? `kept ${backend.location}` : `removed ${backend.location}`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
