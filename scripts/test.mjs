// The README's test command: installs, runs every test suite, and ends with one summary line.
import { readFileSync, rmSync } from 'node:fs'
import { install, runPnpm } from './pnpm.mjs'

install()

const resultsFile = '.vitest-results.json'
rmSync(resultsFile, { force: true })
const code = runPnpm([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
])

let passed = 0
let failed = 0
let skipped = 0
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)
  skipped = results.numPendingTests + results.numTodoTests
} catch {
  failed += 1 // no report at all is a failure, never a silent pass
}
if (code !== 0 && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
