import type { Baustein } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceFolder } from '../editor/testing/referenceModels'
import type {
  Canvas,
  DiagramElement,
  ElementFactory,
  ElementRegistry,
  Modeling,
} from './bpmnServices'
import { onLintCompleted, type LintIssue, type LiveLintSetup } from './liveLint'
import { ProcessModeler, type ProcessModelerHandle } from './ProcessModeler'

const FOLDER = referenceFolder('bausteine/identitaet-pruefen')
const XML = FOLDER['identitaet-pruefen.bpmn']!
const METADATA = JSON.parse(FOLDER['baustein.json']!) as Baustein

async function mount(lint: LiveLintSetup, locale: 'de' | 'en' = 'de') {
  const runs: LintIssue[][] = []
  let handle: ProcessModelerHandle | undefined
  const screen = await render(
    <LocaleProvider initial={locale}>
      <div style={{ height: 700 }}>
        <ProcessModeler
          initialXml={XML}
          lint={lint}
          onReady={(h) => {
            handle = h
            if (h) onLintCompleted(h.modeler, (issues) => runs.push(issues))
          }}
        />
      </div>
    </LocaleProvider>
  )
  await expect.poll(() => runs.length, { timeout: 10_000 }).toBeGreaterThan(0)
  return { screen, handle: handle!, runs }
}

function addUnnamedTask({ modeler }: ProcessModelerHandle): DiagramElement {
  const lane = modeler
    .get<ElementRegistry>('elementRegistry')
    .filter((e) => e.type === 'bpmn:Lane')[0]
  const pool = modeler
    .get<ElementRegistry>('elementRegistry')
    .filter((e) => e.type === 'bpmn:Participant')[0]
  const parent = lane ?? pool ?? modeler.get<Canvas>('canvas').getRootElement()
  const task = modeler.get<ElementFactory>('elementFactory').createShape({ type: 'bpmn:Task' })
  return modeler.get<Modeling>('modeling').createShape(task, { x: 600, y: 300 }, parent)
}

describe('live lint markers', () => {
  it('marks a new unnamed task on the canvas with the German message of the Bauplan rule', async () => {
    const { screen, handle, runs } = await mount({ config: {}, metadata: METADATA })
    // The reference block passes its own default rules: no error markers after the import.
    expect(runs.at(-1)!.filter((issue) => issue.category === 'error')).toEqual([])
    const task = addUnnamedTask(handle)
    await expect
      .poll(() =>
        runs
          .at(-1)!
          .filter((issue) => issue.id === task.id)
          .map((issue) => issue.rule)
      )
      .toContain('bauplan/named-flow-nodes')
    const issue = runs
      .at(-1)!
      .find((i) => i.id === task.id && i.rule === 'bauplan/named-flow-nodes')!
    expect(issue.category).toBe('error')
    expect(issue.message).toMatch(/Aufgabe|Aktivität|Schritt/)
    const marker = screen.container.querySelector(
      `[data-container-id="${task.id}"] .bjsl-icon-error`
    )
    expect(marker).not.toBeNull()
    expect(screen.container.querySelector('.bjs-powered-by')).not.toBeNull()
  })

  it('uses the catalogue’s levels: a rule switched off reports nothing, a raised one is an error', async () => {
    const { handle, runs } = await mount({
      config: { rules: { 'bauplan/named-flow-nodes': 'off', 'bauplan/task-verb-object': 'error' } },
      metadata: METADATA,
    })
    const task = addUnnamedTask(handle)
    // A name without a verb: task-verb-object (a warning by default) now reports an error.
    handle.modeler.get<Modeling>('modeling').updateProperties(task, { name: 'Antrag' })
    await expect
      .poll(() =>
        runs
          .at(-1)!
          .filter((issue) => issue.id === task.id)
          .map((issue) => issue.rule)
      )
      .toContain('bauplan/task-verb-object')
    const issues = runs.at(-1)!.filter((issue) => issue.id === task.id)
    expect(issues.find((issue) => issue.rule === 'bauplan/task-verb-object')?.category).toBe(
      'error'
    )
    expect(issues.map((issue) => issue.rule)).not.toContain('bauplan/named-flow-nodes')
  })
})
