import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkBpmn } from './checkBpmn'
import { diSnapshot } from './diSnapshot'
import type { ModdleElement } from './moddleElement'
import { parseBpmn } from './parseBpmn'
import { semanticSnapshot } from './semanticSnapshot'
import { serializeBpmn } from './serializeBpmn'

// The OMG BPMN MIWG reference models, read-only in the shared folder next to the repository.
const corpus = new URL('../../../../../shared/corpora/bpmn-miwg/', import.meta.url)
const present = existsSync(corpus)
const files = present
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.bpmn'))
      .sort()
  : []

/**
 * B.1.0 and B.2.0 contain a process (`WFP-0-`) that only a collapsed call activity calls: no pool
 * shows it and no diagram draws it. checkBpmn requires every flow node and flow to be drawn (a
 * building block must not hide content), so these files fail that rule, and only that rule.
 */
const UNDRAWN_PROCESS = 'WFP-0-'

async function read(xml: string): Promise<ModdleElement> {
  const { definitions, problems } = await parseBpmn(xml)
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
  if (!definitions) throw new Error('did not parse')
  return definitions
}

describe.skipIf(!present)(
  'BPMN MIWG interchange (skipped: ../shared/corpora/bpmn-miwg is absent)',
  () => {
    it('finds all eight reference models', () => {
      expect(files).toEqual([
        'A.1.0.bpmn',
        'A.2.0.bpmn',
        'A.2.1.bpmn',
        'A.3.0.bpmn',
        'A.4.0.bpmn',
        'A.4.1.bpmn',
        'B.1.0.bpmn',
        'B.2.0.bpmn',
      ])
    })

    it.each(files)('%s: parse → serialise → parse keeps semantics and diagram', async (file) => {
      const original = await read(readFileSync(new URL(file, corpus), 'utf8'))
      const written = await serializeBpmn(original)
      const reread = await read(written)
      const semantic = semanticSnapshot(original)
      // A snapshot that sees nothing would make the comparison pass trivially.
      expect(semantic.length).toBeGreaterThan(10)
      expect(semanticSnapshot(reread)).toStrictEqual(semantic)
      const drawing = diSnapshot(original)
      expect(drawing.shapes.length).toBeGreaterThan(3)
      expect(drawing.edges.length).toBeGreaterThan(1)
      expect(diSnapshot(reread)).toStrictEqual(drawing)
      // Writing the re-read model again gives the same text: the round trip is stable.
      expect(await serializeBpmn(reread)).toBe(written)
    })

    it.each(files)(
      '%s: passes checkBpmn (B.1.0, B.2.0: except the undrawn called process)',
      async (file) => {
        const xml = readFileSync(new URL(file, corpus), 'utf8')
        const definitions = await read(xml)
        const problems = checkBpmn(definitions, xml)
        const undrawn = semanticSnapshot(definitions)
          .filter((entry) => entry.parentId === UNDRAWN_PROCESS)
          .map((entry) => entry.id)
        if (!file.startsWith('B.')) {
          expect(undrawn).toEqual([])
          expect(problems).toEqual([])
          return
        }
        // Exactly the nodes and flows of the undrawn process are reported, each at its element.
        expect(undrawn).toHaveLength(5)
        expect(problems.map((problem) => problem.elementId).sort()).toEqual([...undrawn].sort())
        for (const problem of problems) {
          expect(['bpmn.missingShape', 'bpmn.missingEdge']).toContain(problem.code)
          expect(problem.line).toBe(lineOf(xml, `id="${problem.elementId}"`))
        }
      }
    )
  }
)

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length
}
