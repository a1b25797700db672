// Guards the hand-written explanations against schema changes: every pattern, format and
// conditional in the schema must have its own sentence, and every example in those sentences
// must really be accepted by the pattern it explains.
import { describe, expect, it } from 'vitest'
import { bausteinSchema } from './bausteinSchema'
import { conditionalRules } from './conditionalRules'
import { patternExplanations } from './patternExplanations'
import { formatExplanation } from './valueDescriptions'

/** Every subschema with its path in ajv's schemaPath notation (`#/allOf/0`). */
function subschemas(
  node: unknown,
  path = '#'
): { path: string; schema: Record<string, unknown> }[] {
  if (typeof node !== 'object' || node === null) return []
  const children = Object.entries(node).flatMap(([key, child]) =>
    subschemas(child, `${path}/${key}`)
  )
  return Array.isArray(node)
    ? children
    : [{ path, schema: node as Record<string, unknown> }, ...children]
}

const all = subschemas(bausteinSchema)
// A 64-character checksum example would drown the message; the words say enough.
const withoutExample = new Set(['^[0-9a-f]{64}$'])

const patterns = [
  ...new Set(all.map(({ schema }) => schema.pattern).filter((p) => typeof p === 'string')),
]

describe('schema coverage of the hand-written messages', () => {
  it.each(patterns)('explains the pattern %s in both languages', (pattern) => {
    const explanation = patternExplanations.get(pattern)
    expect(explanation, `add a sentence for ${pattern} to patternExplanations.ts`).toBeDefined()
    if (withoutExample.has(pattern)) return
    const regex = new RegExp(pattern, 'u')
    for (const text of [explanation?.de ?? '', explanation?.en ?? '']) {
      const example = /(?:z\. B\.|e\.g\.) (\S+?)(?=[ ,)]|$)/.exec(text)?.[1]
      expect(example, `no example in: ${text}`).toBeDefined()
      expect(regex.test(example ?? ''), `example ${example} does not match ${pattern}`).toBe(true)
    }
  })

  it('has no explanation left for a pattern the schema no longer uses', () => {
    expect([...patternExplanations.keys()].filter((p) => !patterns.includes(p))).toEqual([])
  })

  it('phrases every format the schema uses', () => {
    const formats = new Set(
      all.map(({ schema }) => schema.format).filter((f) => typeof f === 'string')
    )
    for (const format of formats) {
      expect(formatExplanation(format).de, format).not.toContain('im Format „')
    }
    expect(formats).toEqual(new Set(['date', 'date-time', 'uri', 'regex']))
  })

  it('has a one-sentence rule for every conditional in the schema', () => {
    const conditionals = all.filter(({ schema }) => 'if' in schema).map(({ path }) => path)
    expect(conditionals).toEqual(conditionalRules.map((rule) => rule.schemaPath))
  })

  it('registers the handlungsgrundlagen rule at the conditional it describes', () => {
    const conditional = all.find(({ path }) => path === '#/allOf/0')?.schema
    expect(conditional).toMatchObject({
      if: { properties: { freigabestatus: { minimum: 4 } } },
      then: { properties: { handlungsgrundlagen: { minItems: 1 } } },
    })
  })
})
