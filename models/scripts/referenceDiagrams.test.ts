import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBpmn } from './bpmnLayout'
import { layoutViolations, readDiagram } from './bpmnLayout/testing/diagramChecks'
import { MODELS_DIR, findSpecFiles, loadSpec } from './specFiles'

const specFiles = findSpecFiles()

describe('reference diagrams generated from models/scripts/specs', () => {
  it('has specs to check', () => {
    expect(specFiles.length).toBeGreaterThan(0)
  })

  for (const file of specFiles) {
    const shown = relative(MODELS_DIR, file.bpmnPath)
    describe(shown, () => {
      it('is committed and up to date with its spec (run models/scripts/buildModels.ts)', async () => {
        expect(existsSync(file.bpmnPath)).toBe(true)
        const xml = buildBpmn(await loadSpec(file))
        expect(readFileSync(file.bpmnPath, 'utf8')).toBe(xml)
      })

      it('keeps every layout rule', async () => {
        const xml = buildBpmn(await loadSpec(file))
        expect(layoutViolations(await readDiagram(xml))).toEqual([])
      })
    })
  }
})
