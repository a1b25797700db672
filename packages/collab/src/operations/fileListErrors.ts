import type { Problem } from '@bauplan/domain'
import { OperationError } from './operationError'

/** Why `addFile` or `removeFile` refused: German and English, naming the file. */

export function invalidFileName(file: string): OperationError {
  return new OperationError('invalidFileName', {
    de: `Der Dateiname „${file}“ ist nicht erlaubt: nur Buchstaben A–Z, Ziffern, Punkt, Binde- und Unterstrich, ohne Unterordner, höchstens 100 Zeichen.`,
    en: `The file name "${file}" is not allowed: only letters A–Z, digits, dot, hyphen and underscore, no sub-folders, at most 100 characters.`,
  })
}

export function fileExists(file: string): OperationError {
  return new OperationError('fileExists', {
    de: `Der Entwurf hat schon eine Datei „${file}“; wählen Sie einen anderen Namen.`,
    en: `The draft already has a file "${file}"; choose another name.`,
  })
}

export function secondBpmn(file: string, existing: string): OperationError {
  return new OperationError('secondBpmn', {
    de: `„${file}“ kann nicht hinzugefügt werden: Ein Baustein hat genau ein BPMN-Modell, und der Entwurf hat schon „${existing}“.`,
    en: `"${file}" cannot be added: a building block has exactly one BPMN model, and the draft already has "${existing}".`,
  })
}

export function unreadableFile(file: string, reasons: readonly Problem[]): OperationError {
  const de = reasons.map((problem) => problem.message.de).join(' ')
  const en = reasons.map((problem) => problem.message.en).join(' ')
  return new OperationError('unreadableFile', {
    de: `„${file}“ kann nicht hinzugefügt werden, weil die Datei nicht lesbar ist: ${de}`,
    en: `"${file}" cannot be added because the file cannot be read: ${en}`,
  })
}

export function unknownFile(file: string): OperationError {
  return new OperationError('unknownFile', {
    de: `Der Entwurf hat keine Datei „${file}“ (mehr).`,
    en: `The draft has no file "${file}" (any more).`,
  })
}

export function requiredFile(file: string, what: { de: string; en: string }): OperationError {
  return new OperationError('requiredFile', {
    de: `„${file}“ kann nicht entfernt werden: ${what.de} gehört zu jedem Baustein.`,
    en: `"${file}" cannot be removed: ${what.en} belongs to every building block.`,
  })
}
