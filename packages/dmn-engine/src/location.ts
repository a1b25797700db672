import type { LocalizedText } from '@bauplan/domain'

/**
 * Where in a model something is: the DRG element and the path inside its boxed expression (rule,
 * column, context entry). Problems name it in both languages so an author can find the cell.
 */
export interface Location {
  element: {
    kind: 'decision' | 'inputData' | 'businessKnowledgeModel' | 'decisionService' | 'itemDefinition'
    id: string
    name: string
  }
  path: LocalizedText[]
  /** Id of the most specific element known (rule, input clause, expression), for editors. */
  elementId?: string
}

const ELEMENT_KIND: Record<Location['element']['kind'], LocalizedText> = {
  decision: { de: 'Entscheidung', en: 'decision' },
  inputData: { de: 'Eingabedatum', en: 'input data' },
  businessKnowledgeModel: { de: 'Geschäftswissensmodell', en: 'business knowledge model' },
  decisionService: { de: 'Entscheidungsdienst', en: 'decision service' },
  itemDefinition: { de: 'Datentyp', en: 'item definition' },
}

export function describeLocation(location: Location): LocalizedText {
  const kind = ELEMENT_KIND[location.element.kind]
  const name = location.element.name || location.element.id
  return {
    de: [`${kind.de} „${name}“`, ...location.path.map((part) => part.de)].join(', '),
    en: [`${kind.en} "${name}"`, ...location.path.map((part) => part.en)].join(', '),
  }
}

export function within(location: Location, part: LocalizedText, elementId?: string): Location {
  const id = elementId ?? location.elementId
  return {
    element: location.element,
    path: [...location.path, part],
    ...(id !== undefined ? { elementId: id } : {}),
  }
}

/** Parts of a path, so every caller words rules and columns the same way. */
export const pathPart = {
  rule: (index: number): LocalizedText => ({ de: `Regel ${index}`, en: `rule ${index}` }),
  inputColumn: (index: number, label: string | undefined): LocalizedText =>
    column('Eingabespalte', 'input column', index, label),
  outputColumn: (index: number, label: string | undefined): LocalizedText =>
    column('Ausgabespalte', 'output column', index, label),
  inputExpression: (index: number, label: string | undefined): LocalizedText =>
    column('Eingabeausdruck der Spalte', 'input expression of column', index, label),
  inputValues: (index: number, label: string | undefined): LocalizedText =>
    column('Eingabewerte der Spalte', 'input values of column', index, label),
  outputValues: (index: number, label: string | undefined): LocalizedText =>
    column('Ausgabewerte der Spalte', 'output values of column', index, label),
  defaultOutput: (index: number, label: string | undefined): LocalizedText =>
    column('Standardausgabe der Spalte', 'default output of column', index, label),
  contextEntry: (name: string | undefined): LocalizedText =>
    name === undefined
      ? { de: 'Ergebniseintrag des Kontexts', en: 'result entry of the context' }
      : { de: `Kontexteintrag „${name}“`, en: `context entry "${name}"` },
  listItem: (index: number): LocalizedText => ({
    de: `Listenelement ${index}`,
    en: `list item ${index}`,
  }),
  relationCell: (row: number, column: string): LocalizedText => ({
    de: `Relation Zeile ${row}, Spalte „${column}“`,
    en: `relation row ${row}, column "${column}"`,
  }),
  invocationTarget: (): LocalizedText => ({
    de: 'aufgerufene Funktion',
    en: 'invoked function',
  }),
  binding: (name: string): LocalizedText => ({
    de: `Parameterbindung „${name}“`,
    en: `parameter binding "${name}"`,
  }),
  functionBody: (): LocalizedText => ({ de: 'Funktionsrumpf', en: 'function body' }),
  allowedValues: (): LocalizedText => ({ de: 'erlaubte Werte', en: 'allowed values' }),
}

function column(de: string, en: string, index: number, label: string | undefined): LocalizedText {
  return label
    ? { de: `${de} ${index} („${label}“)`, en: `${en} ${index} ("${label}")` }
    : { de: `${de} ${index}`, en: `${en} ${index}` }
}
