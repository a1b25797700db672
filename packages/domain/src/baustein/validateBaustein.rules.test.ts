import { describe, expect, it } from 'vitest'
import { broken, expectProblem, problemsOf } from './bausteinTestSupport'
import { validateBaustein } from './validateBaustein'

describe('validateBaustein: conditional rules, limits and the shape of the problem list', () => {
  it('reports missing legal bases from freigabestatus 4 on as one business rule', () => {
    const problems = problemsOf(
      broken((d) => {
        d.freigabestatus = 4
        d.handlungsgrundlagen = []
      })
    )
    expect(problems).toHaveLength(1)
    const problem = expectProblem(
      problems,
      'schema.handlungsgrundlagenRequired',
      '/handlungsgrundlagen',
      'handlungsgrundlagen'
    )
    expect(problem.message.de).toContain(
      'ab Freigabestatus 4 (methodisch freigegeben) ist mindestens eine Rechtsgrundlage anzugeben'
    )
    expect(problem.message.en).toContain('at least one legal basis')
  })

  it('allows empty legal bases up to freigabestatus 3', () => {
    const result = validateBaustein(broken((d) => (d.handlungsgrundlagen = [])))
    expect(result).toMatchObject({ ok: true, problems: [] })
  })

  it('does not pile the conditional rule on a type error of the same field', () => {
    const problems = problemsOf(
      broken((d) => {
        d.freigabestatus = 5
        d.handlungsgrundlagen = '§ 2 Abs. 2 GewAnzV'
      })
    )
    expect(problems.map((p) => p.code)).toEqual(['schema.type'])
  })

  it('phrases length, range, item-count and const limits', () => {
    const problems = problemsOf(
      broken((d) => {
        d.name = ''
        d.schlagwort = ['x'.repeat(101)]
        d.reifegrad.stufe = 8
        d.kosten[0].fix.betrag = -5
        d.kosten[0].fix.waehrung = 'DM'
        d.eingehendeDaten[0].felder = Array.from({ length: 501 }, (_, i) => ({
          id: `f${i}`,
          name: 'F',
          datentyp: 'text',
        }))
      })
    )
    expect(expectProblem(problems, 'schema.minLength', '/name', 'name').message.de).toContain(
      'darf nicht leer sein'
    )
    expect(problems.find((p) => p.pointer === '/schlagwort/0')?.message.de).toBe(
      'Eintrag Nr. 1 in „schlagwort“ darf höchstens 100 Zeichen lang sein (derzeit 101).'
    )
    expect(
      expectProblem(problems, 'schema.maximum', '/reifegrad/stufe', 'stufe').message.de
    ).toContain('höchstens 7')
    expect(
      expectProblem(problems, 'schema.minimum', '/kosten/0/fix/betrag', 'betrag').message.en
    ).toContain('at least 0, but is -5')
    expect(
      expectProblem(problems, 'schema.const', '/kosten/0/fix/waehrung', 'waehrung').message.de
    ).toContain('genau „EUR“')
    expect(
      expectProblem(problems, 'schema.maxItems', '/eingehendeDaten/0/felder', 'felder').message.de
    ).toContain('höchstens 500 Einträge')
  })

  it('returns problems deduplicated and sorted by pointer in document order', () => {
    const problems = problemsOf(
      broken((d) => {
        d.version = 'x'
        d.bausteinart = 'x'
        const felder = d.eingehendeDaten[0].felder
        while (felder.length < 10)
          felder.push({ id: `extra${felder.length}`, name: 'X', datentyp: 'text' })
        felder.push({ id: 'a', name: 'A', datentyp: 'x' })
        d.eingehendeDaten[0].felder[2].datentyp = 'x'
      })
    )
    expect(problems.map((p) => p.pointer)).toEqual([
      '/bausteinart',
      '/eingehendeDaten/0/felder/2/datentyp',
      '/eingehendeDaten/0/felder/10/datentyp',
      '/version',
    ])
  })

  it('escapes / and ~ in the pointers of unknown and missing fields (RFC 6901)', () => {
    const problems = problemsOf(
      broken((d) => {
        d['a/b'] = 1
        d.herausgeber = { 'x~y': true }
      })
    )
    expect(problems.map((p) => p.pointer)).toEqual([
      '/a~1b',
      '/herausgeber/organisationsname',
      '/herausgeber/x~0y',
    ])
    expect(problems[0]?.message.de).toContain('„a/b“')
  })

  it('refuses input that is not an object with a type problem on the document', () => {
    const problems = problemsOf([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'schema.type', pointer: '' })
    expect(problems[0]?.message.de).toContain('Der Baustein muss ein Objekt')
  })

  it('refuses absurdly deep nesting before the recursive checks run', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 10000; i++) deep = { felder: deep }
    const problems = problemsOf(broken((d) => (d.beschreibung = deep)))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.code).toBe('baustein.tooDeep')
    expect(problems[0]?.pointer).toMatch(/^\/beschreibung(\/felder)+$/)
  })
})
