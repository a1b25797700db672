import type { LocalizedText, Problem } from '@bauplan/domain'

/**
 * Bad input to an operation (unknown element, wrong type, duplicate id). Thrown before anything is
 * written: operations check first and then change the document in one transaction.
 */
export class OperationError extends Error {
  readonly problem: Problem
  constructor(code: string, message: LocalizedText) {
    super(message.en)
    this.name = 'OperationError'
    this.problem = { code: `collab.operation.${code}`, severity: 'error', message }
  }
}

export function unknownElement(id: string): OperationError {
  return new OperationError('unknownElement', {
    de: `Das Element „${id}“ gibt es im Modell nicht (mehr).`,
    en: `The element "${id}" does not exist in the model (any more).`,
  })
}

export function duplicateId(id: string): OperationError {
  return new OperationError('duplicateId', {
    de: `Die ID „${id}“ ist im Modell schon vergeben; jedes Element braucht eine eigene ID.`,
    en: `The id "${id}" is already taken in the model; every element needs an id of its own.`,
  })
}

export function wrongType(id: string, actual: string, expected: string): OperationError {
  return new OperationError('wrongType', {
    de: `Das Element „${id}“ ist vom Typ ${actual}; hier wird ${expected} erwartet.`,
    en: `The element "${id}" is of type ${actual}; ${expected} is expected here.`,
  })
}

export function noBpmnModel(): OperationError {
  return new OperationError('noBpmnModel', {
    de: 'Das Dokument enthält kein BPMN-Modell; es muss zuerst aus den Dateien des Entwurfs befüllt werden.',
    en: 'The document holds no BPMN model; it has to be seeded from the draft files first.',
  })
}
