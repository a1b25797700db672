import { describe, expect, it } from 'vitest'
import { referenceProcedure } from '../parts/testSupport'
import { citizenSteps } from './citizenSteps'

describe('citizen steps', () => {
  it('follow the process: submit, then the called front-office blocks, then the decision', async () => {
    const steps = citizenSteps(await referenceProcedure('hundesteuer-anmelden'))
    expect(steps[0]).toMatchObject({ nummer: 1, art: 'einreichen', bezeichnung: 'Hundeanmeldung' })
    // "Antrag entgegennehmen" is drawn without citizen messages in the procedure: its own steps appear.
    expect(
      steps.some((step) => step.baustein.id === 'urn:bauplan:baustein:sn:antrag-entgegennehmen')
    ).toBe(true)
    // "Unterlagen nachfordern" has its own messages in the procedure: the procedure's names are used.
    expect(
      steps.some((step) => step.baustein.id === 'urn:bauplan:baustein:sn:unterlagen-nachfordern')
    ).toBe(false)
    expect(steps.at(-1)).toMatchObject({
      art: 'erhalten',
      bezeichnung: 'Steuerbescheid und Steuermarke',
    })
    expect(steps.map((step) => step.nummer)).toEqual(steps.map((_, index) => index + 1))
  })

  it('never expands back-office blocks', async () => {
    const steps = citizenSteps(await referenceProcedure('gewerbe-anmelden'))
    expect(steps.some((step) => step.baustein.id.endsWith(':daten-uebermitteln'))).toBe(false)
  })
})
