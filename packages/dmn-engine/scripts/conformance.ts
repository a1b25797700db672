// Runs the DMN TCK (../shared/corpora/dmn-tck) against the engine and writes docs/conformance.md.
// Usage: pnpm --filter @bauplan/dmn-engine conformance
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderConformanceReport, runConformance, tckVersions } from '../src/index'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const tckRoot = `${repo}../shared/corpora/dmn-tck`
if (!existsSync(tckRoot)) {
  console.error(`The DMN TCK corpus is not at ${tckRoot}; nothing to run.`)
  process.exit(1)
}
const started = performance.now()
const levels = await runConformance({ tckRoot })
const durationMs = performance.now() - started
const report = renderConformanceReport(levels, {
  ...tckVersions(),
  date: new Date().toISOString().slice(0, 10),
})
writeFileSync(`${repo}docs/conformance.md`, report)
for (const level of levels) {
  const { testCases, resultNodes } = level
  console.log(
    `${level.level}: ${testCases.passed}/${testCases.total} test cases, ${resultNodes.passed}/${resultNodes.total} result nodes`
  )
}
console.log(`${(durationMs / 1000).toFixed(1)} s; wrote docs/conformance.md`)
