import { afterEach, describe, expect, it } from 'vitest'
import { Form } from '@bpmn-io/form-js-viewer'
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css'
// The form definition the blueprint exporter writes for the Hundesteuer reference procedure
// (front-office/antrag.form.json). apps/web does not depend on @bauplan/blueprint, so the exported
// file is kept here; packages/blueprint's front-office test fails when it drifts from the exporter.
import definitionText from './fixtures/hundesteuer-anmelden.form.json?raw'

const definition = JSON.parse(definitionText) as { components: unknown[] }

type Submitted = { data: Record<string, unknown>; errors: Record<string, unknown> }

const containers: HTMLElement[] = []

async function render(data: Record<string, unknown> = {}) {
  const container = document.createElement('div')
  document.body.append(container)
  containers.push(container)
  const form = new Form({ container })
  const result = (await form.importSchema(definition, data)) as { warnings: unknown[] }
  return { form, container, warnings: result.warnings }
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove()
})

const valid = {
  halter: { familienname: 'Muster', vornamen: 'Erika', geburtsdatum: '1980-04-01' },
  anschrift: { strasse: 'Hauptstraße', hausnummer: '1', postleitzahl: '01468', ort: 'Moritzburg' },
  kontakt: { email: 'erika@example.org' },
  hund: {
    rasse: 'Dackel',
    geburtsdatumHund: '2024-02-01',
    haltungsbeginn: '2026-10-01',
    gefaehrlicherHund: false,
    weitereHundeImHaushalt: 0,
  },
  befreiung: { befreiungBeantragt: false },
}

describe('exported form definition (Hundesteuer) in form-js', () => {
  it('imports without warnings and renders the groups and fields of the application', async () => {
    const { container, warnings } = await render()
    expect(warnings).toEqual([])
    const text = container.textContent ?? ''
    expect(text).toContain('Hund anmelden (Hundesteuer)')
    expect(text).toContain('Hundehalterin oder Hundehalter')
    expect(text).toContain('Familienname')
    expect(text).toContain('Handelt es sich um einen gefährlichen Hund?')
    expect(container.querySelectorAll('input').length).toBeGreaterThan(10)
  })

  it('shows the exemption purpose and proof only when an exemption is requested', async () => {
    const hidden = await render(valid)
    expect(hidden.container.textContent).not.toContain('Wofür halten Sie den Hund?')
    const shown = await render({ ...valid, befreiung: { befreiungBeantragt: true } })
    expect(shown.container.textContent).toContain('Wofür halten Sie den Hund?')
    expect(shown.container.textContent).toContain('Nachweis für die Steuerbefreiung')
  })

  it('refuses an empty application and submits a complete one in the shape of the JSON Schema', async () => {
    const empty = await render()
    const refused = empty.form.submit() as Submitted
    expect(Object.keys(refused.errors)).toContain('Field_familienname')

    const complete = await render(valid)
    const submitted = complete.form.submit() as Submitted
    expect(submitted.errors).toEqual({})
    expect(submitted.data).toMatchObject({
      halter: { familienname: 'Muster', vornamen: 'Erika' },
      anschrift: { postleitzahl: '01468' },
      hund: { gefaehrlicherHund: false, weitereHundeImHaushalt: 0 },
    })
  })

  it('checks the postcode pattern from the data field', async () => {
    const { form } = await render({
      ...valid,
      anschrift: { ...valid.anschrift, postleitzahl: '1468' },
    })
    const submitted = form.submit() as Submitted
    expect(Object.keys(submitted.errors)).toEqual(['Field_postleitzahl'])
  })
})
