import { describe, expect, it } from 'vitest'
import { broken, expectProblem, problemsOf } from './bausteinTestSupport'
import { validateBaustein } from './validateBaustein'

const felder = '/eingehendeDaten/0/felder'

describe('validateBaustein: rules beyond the schema', () => {
  it('finds a duplicate data field id inside a nested group and names the first occurrence', () => {
    const problems = problemsOf(
      broken((d) =>
        d.eingehendeDaten[0].felder[5].felder.push({
          id: 'vornamen',
          name: 'Vorname',
          datentyp: 'text',
        })
      )
    )
    const problem = expectProblem(
      problems,
      'datenfeld.duplicateId',
      `${felder}/5/felder/4/id`,
      'id'
    )
    expect(problem.message.de).toContain('„vornamen“')
    expect(problem.message.de).toContain('zuerst bei eingehendeDaten Nr. 1 › felder Nr. 2')
    expect(problem.message.en).toContain('first at eingehendeDaten no. 1 › felder no. 2')
    expect(problems).toHaveLength(1)
  })

  it('allows the same data field id in two different daten entries', () => {
    const result = validateBaustein(
      broken((d) =>
        d.ausgehendeDaten[0].felder.push({
          id: 'familienname',
          name: 'Familienname',
          datentyp: 'text',
        })
      )
    )
    expect(result).toMatchObject({ ok: true, problems: [] })
  })

  it('refuses a condition on a field that does not exist in the same daten entry', () => {
    const problems = problemsOf(
      broken((d) => (d.eingehendeDaten[0].felder[4].bedingung.feld = 'identifizierungart'))
    )
    const problem = expectProblem(
      problems,
      'datenfeld.bedingungUnknownField',
      `${felder}/4/bedingung/feld`,
      'feld'
    )
    expect(problem.message.de).toContain('Meinten Sie „identifizierungsart“?')
  })

  it('refuses a condition on a field of another daten entry', () => {
    const problems = problemsOf(
      broken(
        (d) => (d.ausgehendeDaten[0].felder[0].bedingung = { feld: 'familienname', wert: 'x' })
      )
    )
    expectProblem(
      problems,
      'datenfeld.bedingungUnknownField',
      '/ausgehendeDaten/0/felder/0/bedingung/feld',
      'feld'
    )
  })

  it('refuses a field that depends on itself', () => {
    const problems = problemsOf(
      broken((d) => (d.eingehendeDaten[0].felder[4].bedingung.feld = 'ausweiskopie'))
    )
    expectProblem(problems, 'datenfeld.bedingungSelf', `${felder}/4/bedingung/feld`, 'feld')
  })

  it('warns, without failing, when a condition value is none of the select codes', () => {
    const result = validateBaustein(
      broken((d) => (d.eingehendeDaten[0].felder[4].bedingung.wert = 'Ausweiskopie'))
    )
    expect(result.ok).toBe(true)
    const problem = expectProblem(
      result.problems,
      'datenfeld.bedingungWertUnknown',
      `${felder}/4/bedingung/wert`,
      'wert',
      'warning'
    )
    expect(problem.message.de).toContain('eid, ausweiskopie')
  })

  it('requires felder for datentyp obj', () => {
    const problems = problemsOf(broken((d) => delete d.eingehendeDaten[0].felder[5].felder))
    expectProblem(problems, 'datenfeld.groupWithoutFelder', `${felder}/5/felder`, 'felder')
  })

  it('allows felder only for datentyp obj', () => {
    const problems = problemsOf(broken((d) => (d.eingehendeDaten[0].felder[5].datentyp = 'text')))
    const problem = expectProblem(
      problems,
      'datenfeld.felderWithoutGroup',
      `${felder}/5/felder`,
      'felder'
    )
    expect(problem.message.de).toContain('datentyp „text“')
  })

  it('allows werte only with feldart select', () => {
    const problems = problemsOf(broken((d) => (d.eingehendeDaten[0].felder[3].feldart = 'input')))
    expectProblem(problems, 'datenfeld.werteWithoutSelect', `${felder}/3/werte`, 'werte')
  })

  it('requires werte or a codelisteReferenz for a select', () => {
    const problems = problemsOf(broken((d) => delete d.eingehendeDaten[0].felder[3].werte))
    expectProblem(problems, 'datenfeld.selectWithoutWerte', `${felder}/3/feldart`, 'feldart')
  })

  it('accepts a select whose choices come from a code list', () => {
    const result = validateBaustein(
      broken((d) => {
        const feld = d.eingehendeDaten[0].felder[3]
        delete feld.werte
        delete d.eingehendeDaten[0].felder[4].bedingung
        feld.codelisteReferenz = {
          canonicalIdentification: 'urn:de:bauplan:codeliste:identifizierungsart',
        }
      })
    )
    expect(result).toMatchObject({ ok: true, problems: [] })
  })

  it('refuses duplicate codes among the choices of a select', () => {
    const problems = problemsOf(
      broken((d) => (d.eingehendeDaten[0].felder[3].werte[1].code = 'eid'))
    )
    expectProblem(problems, 'datenfeld.duplicateWertCode', `${felder}/3/werte/1/code`, 'code')
  })

  it('refuses praezisierung with minLength above maxLength and minValue above maxValue', () => {
    const problems = problemsOf(
      broken((d) => {
        d.eingehendeDaten[0].felder[0].praezisierung = { minLength: 10, maxLength: 5 }
        d.eingehendeDaten[0].felder[1].praezisierung = { minValue: 3, maxValue: 1.5 }
      })
    )
    const length = expectProblem(
      problems,
      'datenfeld.praezisierungLengthRange',
      `${felder}/0/praezisierung/minLength`,
      'minLength'
    )
    expect(length.message.de).toContain('Mindestlänge 10 ist größer als die Höchstlänge 5')
    const value = expectProblem(
      problems,
      'datenfeld.praezisierungValueRange',
      `${felder}/1/praezisierung/minValue`,
      'minValue'
    )
    expect(value.message.en).toContain('minimum value 3 is greater than the maximum value 1.5')
  })

  it('refuses an anzahl whose minimum exceeds its maximum', () => {
    const problems = problemsOf(broken((d) => (d.eingehendeDaten[0].felder[0].anzahl = '3:1')))
    expectProblem(problems, 'datenfeld.anzahlRange', `${felder}/0/anzahl`, 'anzahl')
  })

  it('warns that mediaType is ignored on a field that is not a file', () => {
    const result = validateBaustein(
      broken((d) => (d.eingehendeDaten[0].felder[0].mediaType = ['application/pdf']))
    )
    expect(result.ok).toBe(true)
    expectProblem(
      result.problems,
      'datenfeld.fileAttributeIgnored',
      `${felder}/0/mediaType`,
      'mediaType',
      'warning'
    )
  })

  it('refuses gueltigBis before gueltigAb', () => {
    const problems = problemsOf(broken((d) => (d.gueltigBis = '2025-03-31')))
    const problem = expectProblem(
      problems,
      'baustein.gueltigkeitRange',
      '/gueltigBis',
      'gueltigBis'
    )
    expect(problem.message.de).toContain('2025-03-31')
    expect(problem.message.de).toContain('2025-04-01')
  })

  it('accepts a validity of a single day', () => {
    expect(validateBaustein(broken((d) => (d.gueltigBis = d.gueltigAb))).ok).toBe(true)
  })

  it('refuses a variable fee whose lower bound exceeds its upper bound', () => {
    const problems = problemsOf(
      broken((d) => (d.kosten = [{ variabel: { untergrenze: 60, obergrenze: 20 } }]))
    )
    expectProblem(problems, 'kosten.variabelRange', '/kosten/0/variabel/untergrenze', 'untergrenze')
  })

  it('requires a fee to name fix, variabel or dmnDecisionRef', () => {
    const problems = problemsOf(
      broken((d) => (d.kosten = [{ beschreibung: 'Gebühr nach Satzung' }]))
    )
    const problem = expectProblem(problems, 'kosten.amountMissing', '/kosten/0', 'kosten')
    expect(problem.message.de).toContain('dmnDecisionRef')
  })

  it('accepts a fee computed by a DMN decision', () => {
    const result = validateBaustein(
      broken((d) => (d.kosten = [{ dmnDecisionRef: 'Decision_Gebuehr' }]))
    )
    expect(result).toMatchObject({ ok: true, problems: [] })
  })

  it('refuses a fee that is both fixed and variable', () => {
    const problems = problemsOf(
      broken((d) => (d.kosten[0].variabel = { untergrenze: 0, obergrenze: 10 }))
    )
    expectProblem(problems, 'kosten.fixAndVariabel', '/kosten/0/variabel', 'variabel')
  })

  it('refuses a relation that points at the building block itself', () => {
    const problems = problemsOf(broken((d) => (d.relationen[0].objekt.id = d.id)))
    const problem = expectProblem(problems, 'relation.self', '/relationen/0/objekt/id', 'id')
    expect(problem.message.de).toContain('urn:bauplan:baustein:sn:identitaet-pruefen')
  })

  it('refuses a retention period that is both limited and unlimited', () => {
    const problems = problemsOf(
      broken((d) => (d.eakte.aufbewahrungsdauer = { anzahlJahre: 10, unbefristet: true }))
    )
    expectProblem(
      problems,
      'eakte.aufbewahrungsdauerConflict',
      '/eakte/aufbewahrungsdauer/unbefristet',
      'unbefristet'
    )
  })

  it('accepts anzahlJahre together with unbefristet false', () => {
    const result = validateBaustein(
      broken((d) => (d.eakte.aufbewahrungsdauer = { anzahlJahre: 10, unbefristet: false }))
    )
    expect(result.ok).toBe(true)
  })

  it('runs the semantic rules only once the schema is satisfied', () => {
    const problems = problemsOf(
      broken((d) => {
        d.version = '1'
        d.gueltigBis = '2000-01-01'
      })
    )
    expect(problems.map((p) => p.code)).toEqual(['schema.pattern'])
  })
})
