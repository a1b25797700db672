import { checkBpmn, hasErrors, parseBpmn } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { catalogueOfReferenceModels } from '../editor/testing/catalogueOfReferenceModels'
import { referenceBpmn } from '../editor/testing/referenceModels'
import type {
  Canvas,
  CommandStack,
  DiagramElement,
  ElementFactory,
  ElementRegistry,
  Modeling,
} from './bpmnServices'
import { readReference } from './callActivityReference'
import { createBpmnModeler } from './createBpmnModeler'
import { ProcessModeler, type ProcessModelerHandle } from './ProcessModeler'

function freshContainer(): { container: HTMLElement; properties: HTMLElement } {
  const container = document.createElement('div')
  container.style.height = '600px'
  const properties = document.createElement('div')
  document.body.append(container, properties)
  return { container, properties }
}

async function mountModeler(
  xml: string,
  props: Partial<Parameters<typeof ProcessModeler>[0]> = {}
) {
  let handle: ProcessModelerHandle | undefined
  const screen = await render(
    <LocaleProvider initial="de">
      <div style={{ height: 700 }}>
        <ProcessModeler initialXml={xml} onReady={(h) => (handle = h)} {...props} />
      </div>
    </LocaleProvider>
  )
  await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
  return { screen, handle: handle as ProcessModelerHandle }
}

/** Where new flow nodes go: the pool whose process is modelled, or the process itself. */
function processContainer({ modeler }: ProcessModelerHandle): DiagramElement {
  const pool = modeler
    .get<ElementRegistry>('elementRegistry')
    .filter(
      (e) => e.type === 'bpmn:Participant' && e.businessObject.get('processRef') !== undefined
    )[0]
  return pool ?? modeler.get<Canvas>('canvas').getRootElement()
}

describe('process modeler', () => {
  const models = Object.entries(referenceBpmn)

  it('finds the reference models', () => {
    expect(models.length).toBeGreaterThanOrEqual(20)
  })

  it.each(models)(
    'imports %s without warnings and keeps bauplan attributes on export',
    async (_, xml) => {
      const { container, properties } = freshContainer()
      const modeler = createBpmnModeler({
        container,
        propertiesParent: properties,
        getLocale: () => 'de',
        calledBlock: { openBlock: () => undefined },
      })
      try {
        const { warnings } = await modeler.importXML(xml)
        expect(warnings).toEqual([])
        const elements = modeler.get<ElementRegistry>('elementRegistry').getAll()
        expect(elements.length).toBeGreaterThan(3)
        const { xml: exported = '' } = await modeler.saveXML({ format: true })
        const linked = xml.match(/bauplan:baustein="[^"]+"/g) ?? []
        for (const attribute of linked) expect(exported).toContain(attribute)
        const parsed = await parseBpmn(exported)
        expect(parsed.definitions).toBeDefined()
        expect(hasErrors([...parsed.problems, ...checkBpmn(parsed.definitions!, exported)])).toBe(
          false
        )
      } finally {
        modeler.destroy()
        container.remove()
        properties.remove()
      }
    }
  )

  it('shows the bpmn.io watermark and German palette labels', async () => {
    const { screen } = await mountModeler(
      referenceBpmn['bausteine/identitaet-pruefen/identitaet-pruefen.bpmn']!
    )
    const watermark = screen.container.querySelector('.bjs-powered-by')
    expect(watermark).not.toBeNull()
    await expect.element(watermark as HTMLElement).toBeVisible()
    await expect
      .element(screen.getByRole('button', { name: 'Aufgabe erstellen' }))
      .toBeInTheDocument()
  })

  it('marks itself ready only once the diagram is imported and the properties panel mounted', async () => {
    const { screen } = await mountModeler(
      referenceBpmn['bausteine/identitaet-pruefen/identitaet-pruefen.bpmn']!
    )
    const root = screen.container.querySelector('.bauplan-process-modeler')
    expect(root?.getAttribute('data-ready')).toBe('true')
    expect(root?.querySelectorAll('.djs-shape').length).toBeGreaterThan(3)
    expect(root?.querySelector('.bio-properties-panel')).not.toBeNull()
  })

  it('is not ready while an import fails', async () => {
    const screen = await render(
      <LocaleProvider initial="de">
        <ProcessModeler initialXml="<kein-bpmn/>" />
      </LocaleProvider>
    )
    await expect.element(screen.getByRole('alert')).toBeVisible()
    const root = screen.container.querySelector('.bauplan-process-modeler')
    expect(root?.getAttribute('data-ready')).toBe('false')
  })

  it('adds a task through the modeling API and exports XML that passes the domain checks', async () => {
    let changes = 0
    const { handle } = await mountModeler(
      referenceBpmn['bausteine/identitaet-pruefen/identitaet-pruefen.bpmn']!,
      { onChange: () => changes++ }
    )
    const { modeler } = handle
    const task = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' })
    const created = modeler
      .get<Modeling>('modeling')
      .createShape(task, { x: 400, y: 400 }, processContainer(handle))
    created.businessObject.name = 'Neue Aufgabe'
    expect(changes).toBeGreaterThan(0)
    const xml = await handle.getXml()
    expect(xml).toContain(`id="${created.id}"`)
    const parsed = await parseBpmn(xml)
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(checkBpmn(parsed.definitions!, xml).filter((p) => p.severity === 'error')).toEqual([])
  })
})

describe('call-activity picker', () => {
  const xml = referenceBpmn['verfahren/gewerbe-anmelden/gewerbe-anmelden.bpmn']!

  async function withNewCallActivity() {
    const searchApi = catalogueOfReferenceModels()
    const opened: string[] = []
    const mounted = await mountModeler(xml, {
      searchApi,
      onOpenBlock: (reference) => opened.push(reference.blockId),
    })
    const { modeler } = mounted.handle
    const parent = processContainer(mounted.handle)
    const shape = modeler
      .get<ElementFactory>('elementFactory')
      .createShape({ type: 'bpmn:CallActivity' })
    const activity: DiagramElement = modeler
      .get<Modeling>('modeling')
      .createShape(shape, { x: 300, y: 500 }, parent)
    expect(mounted.handle.selectElement(activity.id)).toBe(true)
    return { ...mounted, activity, searchApi, opened }
  }

  it('links a published block (three attributes in one command) and undo reverts them', async () => {
    const { screen, handle, activity } = await withNewCallActivity()
    await expect
      .element(screen.getByRole('heading', { name: 'Aufgerufener Baustein' }))
      .toBeVisible()
    await screen.getByLabelText('Katalog durchsuchen').fill('Register')
    await screen.getByRole('button', { name: 'Suchen' }).click()
    await screen.getByRole('button', { name: 'Daten aus Register abrufen verknüpfen' }).click()
    await expect
      .poll(() => readReference(activity))
      .toEqual({
        calledElement: 'Process_RegisterAbfragen',
        blockId: 'urn:bauplan:baustein:sn:register-abfragen',
        versionRange: '^1.0.0',
      })
    await expect
      .element(screen.getByText('urn:bauplan:baustein:sn:register-abfragen'))
      .toBeVisible()

    handle.modeler.get<CommandStack>('commandStack').undo()
    expect(readReference(activity)).toEqual({})
    await expect.element(screen.getByText('Noch kein Baustein verknüpft.')).toBeVisible()
  })

  it('validates the version range and applies a valid one; "Baustein öffnen" calls back', async () => {
    const { screen, activity, opened } = await withNewCallActivity()
    await screen.getByLabelText('Katalog durchsuchen').fill('Identität')
    await screen.getByRole('button', { name: 'Suchen' }).click()
    await screen.getByRole('button', { name: 'Identität prüfen verknüpfen' }).click()
    const range = screen.getByLabelText('Versionsbereich (z. B. ^1.2.0)')
    await expect.element(range).toHaveValue('^1.0.0')
    await range.fill('^1.0.0-beta')
    await expect.element(range).toHaveAttribute('aria-invalid', 'true')
    await expect.element(screen.getByText(/Ungültiger Versionsbereich/)).toBeVisible()
    await expect
      .element(screen.getByRole('button', { name: 'Versionsbereich übernehmen' }))
      .toBeDisabled()
    await range.fill('~1.0.0')
    await screen.getByRole('button', { name: 'Versionsbereich übernehmen' }).click()
    expect(readReference(activity).versionRange).toBe('~1.0.0')

    await screen.getByRole('button', { name: 'Baustein öffnen' }).click()
    expect(opened).toEqual(['urn:bauplan:baustein:sn:identitaet-pruefen'])
  })
})
