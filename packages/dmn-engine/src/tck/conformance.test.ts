import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderConformanceReport, tckVersions } from './conformanceReport'
import { runConformance, type LevelOutcome } from './runConformance'

// <repo>/packages/dmn-engine/src/tck → <repo>/../shared/corpora/dmn-tck
const repo = fileURLToPath(new URL('../../../../', import.meta.url))
const tckRoot = `${repo}../shared/corpora/dmn-tck`

describe.skipIf(!existsSync(tckRoot))(
  'DMN TCK conformance (skipped when ../shared/corpora/dmn-tck is absent)',
  () => {
    let levels: LevelOutcome[] = []
    let durationMs = 0

    beforeAll(async () => {
      const started = performance.now()
      levels = await runConformance({ tckRoot })
      durationMs = performance.now() - started
      const report = renderConformanceReport(levels, {
        ...tckVersions(),
        date: new Date().toISOString().slice(0, 10),
      })
      // Rewrite the report only when a result changed, not for a new date alone, so a test run
      // leaves the working tree clean.
      const file = `${repo}docs/conformance.md`
      const withoutDate = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, '')
      const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
      if (withoutDate(current) !== withoutDate(report)) writeFileSync(file, report)
    }, 120_000)

    const level = (name: string): LevelOutcome => {
      const found = levels.find((outcome) => outcome.level === name)
      if (!found) throw new Error(`${name} was not run`)
      return found
    }

    it('passes every test case of compliance level 2 (116)', () => {
      const outcome = level('compliance-level-2')
      const failed = outcome.folders.flatMap((folder) =>
        folder.testCases.filter((t) => !t.passed).map((t) => `${folder.folder} ${t.id}`)
      )
      expect(failed).toEqual([])
      expect(outcome.testCases.total).toBe(116)
      expect(outcome.resultNodes).toEqual({ total: 126, passed: 126 })
    })

    it('passes more than 95 % of the compliance level 3 test cases', () => {
      const { testCases } = level('compliance-level-3')
      expect(testCases.total).toBeGreaterThan(1400)
      expect(testCases.passed / testCases.total).toBeGreaterThan(0.95)
    })

    it('runs both levels in well under 30 seconds', () => {
      expect(durationMs).toBeLessThan(30_000)
    })
  }
)
