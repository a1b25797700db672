import type { Problem } from '../problem'
import type { CheckContext } from './checkContext'
import { DRG_TYPES, type DmnDefinitions } from './model'
import { describeElement } from './walkModel'

/** The DRG elements dmn-js draws as shapes in the requirements diagram. */
const DRAWN_TYPES: ReadonlyMap<string, { de: string; en: string }> = new Map([
  [DRG_TYPES.decision, { de: 'Die Entscheidung', en: 'The decision' }],
  [DRG_TYPES.inputData, { de: 'Die Eingabedaten', en: 'The input data' }],
  [
    DRG_TYPES.businessKnowledgeModel,
    { de: 'Das Geschäftswissensmodell', en: 'The business knowledge model' },
  ],
  [DRG_TYPES.knowledgeSource, { de: 'Die Wissensquelle', en: 'The knowledge source' }],
])

/**
 * Diagram interchange (DMNDI): each drawn element needs a `DMNShape`. A missing shape is only a
 * warning, because the decision logic is complete without it and dmn-js still opens the decision
 * table; the element is just invisible in the requirements diagram.
 */
export function checkDiagram(definitions: DmnDefinitions, context: CheckContext): Problem[] {
  const drawn = (definitions.drgElement ?? []).filter((element) => DRAWN_TYPES.has(element.$type))
  if (drawn.length === 0) return []
  const diagrams = definitions.dmnDI?.diagrams ?? []
  if (diagrams.length === 0) {
    return [
      context.problem(
        'dmn.missingDiagram',
        'warning',
        definitions,
        `Das Modell hat keine Diagramminformationen (DMNDI): Das Anforderungsdiagramm ist leer, die Entscheidungstabellen lassen sich in dmn-js aber öffnen. Ordnen Sie das Diagramm im Editor an, um es zu ergänzen.`,
        `The model has no diagram interchange (DMNDI): the requirements diagram is empty, but dmn-js can still open the decision tables. Lay out the diagram in the editor to add it.`
      ),
    ]
  }
  const shown = new Set<string | undefined>()
  for (const diagram of diagrams) {
    for (const shape of diagram.diagramElements ?? []) {
      if (shape.$type === 'dmndi:DMNShape') shown.add(shape.dmnElementRef?.id)
    }
  }
  const problems: Problem[] = []
  for (const element of drawn) {
    if (element.id !== undefined && shown.has(element.id)) continue
    const kind = DRAWN_TYPES.get(element.$type) ?? { de: 'Das Element', en: 'The element' }
    const name = describeElement(element)
    problems.push(
      context.problem(
        'dmn.missingShape',
        'warning',
        element,
        `${kind.de} ${name.de} hat keine Form (DMNShape) im Diagramm und ist im Anforderungsdiagramm unsichtbar; dmn-js kann die Entscheidungslogik trotzdem öffnen.`,
        `${kind.en} ${name.en} has no shape (DMNShape) in the diagram and is invisible in the requirements diagram; dmn-js can still open its decision logic.`
      )
    )
  }
  return problems
}
