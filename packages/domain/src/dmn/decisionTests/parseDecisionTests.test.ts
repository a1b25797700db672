import { describe, expect, it } from 'vitest'
import { parseDecisionTests } from './parseDecisionTests'

const valid = {
  tests: [
    {
      name: 'Zweiter gefährlicher Hund',
      decisionId: 'Decision_Steuersatz',
      eingaben: { gefaehrlicherHund: true, laufendeNummer: 2 },
      erwartet: { jahressteuer: 600 },
    },
  ],
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code)

describe('parseDecisionTests', () => {
  it('reads a valid file', () => {
    const { tests, problems } = parseDecisionTests(JSON.stringify(valid, null, 2))
    expect(problems).toEqual([])
    expect(tests).toEqual(valid.tests)
  })

  it('accepts an empty list and a $schema field', () => {
    expect(parseDecisionTests('{"$schema": "x", "tests": []}')).toEqual({ tests: [], problems: [] })
  })

  it('refuses a file over 1 MiB before parsing it', () => {
    const text = JSON.stringify({ tests: [], padding: 'x'.repeat(1024 * 1024) })
    const { tests, problems } = parseDecisionTests(text)
    expect(tests).toBeUndefined()
    expect(problems).toMatchObject([
      { code: 'decisionTest.tooLarge', file: 'entscheidungstests.json', pointer: '' },
    ])
  })

  it('counts UTF-8 bytes, not characters, for the size limit', () => {
    // 600,000 "ä" are 600,000 characters but 1,200,000 bytes.
    const { problems } = parseDecisionTests(`{"tests": [], "x": "${'ä'.repeat(600_000)}"}`)
    expect(codes(problems)).toEqual(['decisionTest.tooLarge'])
  })

  it('refuses hostile nesting before parsing', () => {
    const { problems } = parseDecisionTests(
      `{"tests": [{"eingaben": {"x": ${'['.repeat(100)}${']'.repeat(100)}}}]}`
    )
    expect(codes(problems)).toEqual(['decisionTest.tooDeep'])
  })

  it('reports JSON syntax errors with line and column', () => {
    const { tests, problems } = parseDecisionTests('{\n  "tests": [],\n}', { file: 'tests.json' })
    expect(tests).toBeUndefined()
    expect(problems).toMatchObject([
      {
        code: 'decisionTest.invalidJson',
        severity: 'error',
        file: 'tests.json',
        line: 3,
        column: 1,
      },
    ])
  })

  it('requires an object with a tests list', () => {
    expect(codes(parseDecisionTests('[]').problems)).toEqual(['decisionTest.notAnObject'])
    expect(codes(parseDecisionTests('{}').problems)).toEqual(['decisionTest.missingTests'])
    expect(codes(parseDecisionTests('{"tests": {}}').problems)).toEqual([
      'decisionTest.missingTests',
    ])
  })

  it('refuses more than 1,000 tests', () => {
    const test = valid.tests[0]
    const { problems } = parseDecisionTests(
      JSON.stringify({ tests: Array.from({ length: 1001 }, () => test) })
    )
    expect(problems).toMatchObject([{ code: 'decisionTest.tooMany', pointer: '/tests' }])
    const ok = parseDecisionTests(
      JSON.stringify({
        tests: Array.from({ length: 1000 }, (_, i) => ({ ...test, name: `Test ${i}` })),
      })
    )
    expect(ok.problems).toEqual([])
    expect(ok.tests).toHaveLength(1000)
  })

  it('reports every malformed test with a pointer, and returns no tests then', () => {
    const text = JSON.stringify({
      tests: [
        valid.tests[0],
        'kein Objekt',
        { name: '', decisionId: 7, eingaben: [], erwartet: null },
        { ...valid.tests[0], name: 'Extra', inputs: {} },
      ],
      version: 1,
    })
    const { tests, problems } = parseDecisionTests(text)
    expect(tests).toBeUndefined()
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['decisionTest.unknownProperty', '/version'],
      ['decisionTest.invalidTest', '/tests/1'],
      ['decisionTest.invalidField', '/tests/2/name'],
      ['decisionTest.invalidField', '/tests/2/decisionId'],
      ['decisionTest.invalidField', '/tests/2/eingaben'],
      ['decisionTest.invalidField', '/tests/2/erwartet'],
      ['decisionTest.unknownProperty', '/tests/3/inputs'],
    ])
    expect(problems[6]?.message.en).toContain('allowed are: name, decisionId, eingaben, erwartet')
    expect(problems[2]?.message.de).toContain('Test Nr. 3')
  })

  it('warns about duplicate names and tests that expect nothing, but still returns the tests', () => {
    const test = valid.tests[0]
    const { tests, problems } = parseDecisionTests(
      JSON.stringify({ tests: [test, test, { ...test, name: 'Leer', erwartet: {} }] })
    )
    expect(tests).toHaveLength(3)
    expect(problems.map((p) => [p.code, p.severity, p.pointer])).toEqual([
      ['decisionTest.duplicateName', 'warning', '/tests/1/name'],
      ['decisionTest.nothingExpected', 'warning', '/tests/2/erwartet'],
    ])
  })

  it('escapes pointer segments', () => {
    const { problems } = parseDecisionTests(JSON.stringify({ tests: [], 'a/b~c': 1 }))
    expect(problems[0]?.pointer).toBe('/a~1b~0c')
  })
})
