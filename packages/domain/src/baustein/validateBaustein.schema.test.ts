import { describe, expect, it } from 'vitest'
import { broken, expectProblem, problemsOf } from './bausteinTestSupport'
import { exampleBaustein } from './exampleBaustein'
import { validateBaustein } from './validateBaustein'

describe('validateBaustein: schema', () => {
  it('accepts a complete, realistic building block without any problem', () => {
    const result = validateBaustein(exampleBaustein())
    expect(result.problems).toEqual([])
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.name).toBe('Identität prüfen')
  })

  it('points at the missing property itself when a required field is absent', () => {
    const problems = problemsOf(broken((d) => delete d.herausgeber.organisationsname))
    const problem = expectProblem(
      problems,
      'schema.required',
      '/herausgeber/organisationsname',
      'organisationsname'
    )
    expect(problem.message.de).toContain('Pflichtangabe')
    expect(problem.message.en).toContain('required')
    expect(problems).toHaveLength(1)
  })

  it('points at an unknown field and suggests the known name it resembles', () => {
    const problems = problemsOf(broken((d) => (d.letzteÄnderung = '2025-03-10T09:30:00Z')))
    const problem = expectProblem(
      problems,
      'schema.additionalProperties',
      '/letzteÄnderung',
      'letzteÄnderung'
    )
    expect(problem.message.de).toContain('Meinten Sie „letzteAenderung“?')
    expect(problem.message.en).toContain('Did you mean "letzteAenderung"?')
  })

  it('lists the allowed fields of a small object when an unknown field resembles none', () => {
    const problems = problemsOf(broken((d) => (d.herausgeber.telefon = '0351 4880')))
    const problem = expectProblem(
      problems,
      'schema.additionalProperties',
      '/herausgeber/telefon',
      'telefon'
    )
    expect(problem.message.de).toContain('organisationsname, url, nutzungsbestimmungen')
  })

  it('explains a bad Leistungsschlüssel as 14 digits starting with 99', () => {
    const problems = problemsOf(
      broken((d) => (d.leistungen[0].leistungsschluessel = '9905001210400'))
    )
    const problem = expectProblem(
      problems,
      'schema.pattern',
      '/leistungen/0/leistungsschluessel',
      'leistungsschluessel'
    )
    expect(problem.message.de).toContain('14 Ziffern, beginnend mit 99')
    expect(problem.message.en).toContain('14 digits starting with 99')
  })

  it('explains a bad version as Major.Minor.Patch', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.version = '1.0'))),
      'schema.pattern',
      '/version',
      'version'
    )
    expect(problem.message.de).toContain('Major.Minor.Patch, z. B. 1.2.0')
  })

  it('explains a bad id as a URN', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.id = 'Identität prüfen'))),
      'schema.pattern',
      '/id',
      'id'
    )
    expect(problem.message.de).toContain('URN')
    expect(problem.message.en).toContain('URN')
  })

  it('lists the allowed values of an enum and suggests a near one', () => {
    const problems = problemsOf(broken((d) => (d.einsatzbereich = 'backofice')))
    const problem = expectProblem(problems, 'schema.enum', '/einsatzbereich', 'einsatzbereich')
    expect(problem.message.de).toContain('Erlaubt sind: frontoffice, backoffice, beide')
    expect(problem.message.de).toContain('Meinten Sie „backoffice“?')
  })

  it('tells that a numeric code was written as text', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.freigabestatus = '3'))),
      'schema.enum',
      '/freigabestatus',
      'freigabestatus'
    )
    expect(problem.message.de).toContain('als Zahl ohne Anführungszeichen')
    expect(problem.message.en).toContain('as a number without quotes')
  })

  it('explains a bad date with its expected form', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.gueltigAb = '01.04.2025'))),
      'schema.format',
      '/gueltigAb',
      'gueltigAb'
    )
    expect(problem.message.de).toContain('JJJJ-MM-TT')
    expect(problem.message.en).toContain('YYYY-MM-DD')
  })

  it('rejects a calendar date that does not exist', () => {
    expectProblem(
      problemsOf(broken((d) => (d.statusGesetztAm = '2025-02-30'))),
      'schema.format',
      '/statusGesetztAm',
      'statusGesetztAm'
    )
  })

  it('rejects a date-time without time zone and a relative URI', () => {
    const problems = problemsOf(
      broken((d) => {
        d.letzteAenderung = '2025-03-10T09:30:00'
        d.herausgeber.url = 'www.dresden.de'
      })
    )
    expectProblem(problems, 'schema.format', '/herausgeber/url', 'url')
    expect(
      expectProblem(problems, 'schema.format', '/letzteAenderung', 'letzteAenderung').message.de
    ).toContain('Zeitzone')
  })

  it('explains a bad ISO 8601 duration with examples', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.fristen[0].dauer = '14 Tage'))),
      'schema.pattern',
      '/fristen/0/dauer',
      'dauer'
    )
    expect(problem.message.de).toContain('z. B. P3D')
  })

  it('explains file names, XML ids, Lebenslagen, Regionalschlüssel and regular expressions', () => {
    const problems = problemsOf(
      broken((d) => {
        d.artefakte.bpmn.datei = 'Identität prüfen.bpmn'
        d.artefakte.bpmn.processId = '1 Prozess'
        d.ozg.lebenslagen = ['201010']
        d.verwaltungspolitischeKodierung[0].regionalschluessel = '14612'
        d.eingehendeDaten[0].felder[0].praezisierung.pattern = '^[0-9'
      })
    )
    const message = (pointer: string, field: string): string =>
      expectProblem(
        problems,
        pointer.endsWith('pattern') ? 'schema.format' : 'schema.pattern',
        pointer,
        field
      ).message.de
    expect(message('/artefakte/bpmn/datei', 'datei')).toContain(
      'Dateiname ohne Ordner, der auf .bpmn endet'
    )
    expect(message('/artefakte/bpmn/processId', 'processId')).toContain('XML-ID')
    expect(problems.find((p) => p.pointer === '/ozg/lebenslagen/0')?.message.de).toContain(
      'genau 7 Ziffern'
    )
    expect(
      message('/verwaltungspolitischeKodierung/0/regionalschluessel', 'regionalschluessel')
    ).toContain('genau 12 Ziffern')
    expect(message('/eingehendeDaten/0/felder/0/praezisierung/pattern', 'pattern')).toContain(
      'regulärer Ausdruck'
    )
    expect(problems).toHaveLength(5)
  })

  it('names expected and actual type on a type error', () => {
    const problem = expectProblem(
      problemsOf(broken((d) => (d.reifegrad.stufe = '3'))),
      'schema.type',
      '/reifegrad/stufe',
      'stufe'
    )
    expect(problem.message.de).toContain('muss eine ganze Zahl sein, ist aber ein Text („3“)')
    expect(problem.message.en).toContain('must be a whole number, but is a text ("3")')
  })

  it('points into nested data fields of arrays', () => {
    const problems = problemsOf(broken((d) => (d.eingehendeDaten[0].felder[2].datentyp = 'string')))
    const problem = expectProblem(
      problems,
      'schema.enum',
      '/eingehendeDaten/0/felder/2/datentyp',
      'datentyp'
    )
    expect(problem.message.de).toContain('eingehendeDaten Nr. 1 › felder Nr. 3')
    expect(problem.message.en).toContain('eingehendeDaten no. 1 › felder no. 3')
  })
})
