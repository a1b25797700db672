import type { Problem } from '../problem'
import type { TextPosition } from '../xml/position'
import { BPMN_MODEL_URI } from './namespaces'

/**
 * Wording of every BPMN problem (German and English, saying which element and why) in one place.
 * Positions are added by the caller, which knows the text.
 */
export type BpmnProblem = Pick<Problem, 'code' | 'severity' | 'message' | 'elementId'>

export const bpmnProblems = {
  notBpmn: (root: string, namespace: string | undefined): BpmnProblem => ({
    code: 'bpmn.notBpmn',
    severity: 'error',
    message: {
      de: `Keine BPMN-Datei: Das Wurzelelement ist <${root}>${namespace ? ` im Namensraum ${namespace}` : ''}, erwartet wird <definitions> im Namensraum ${BPMN_MODEL_URI}.`,
      en: `Not a BPMN file: the root element is <${root}>${namespace ? ` in namespace ${namespace}` : ''}; expected <definitions> in namespace ${BPMN_MODEL_URI}.`,
    },
  }),
  unparsable: (detail: string): BpmnProblem => ({
    code: 'bpmn.unparsable',
    severity: 'error',
    message: {
      de: `Die BPMN-Datei konnte nicht gelesen werden: ${detail}`,
      en: `The BPMN file could not be read: ${detail}`,
    },
  }),
  unresolvedReference: (
    elementId: string | undefined,
    property: string,
    missingId: string
  ): BpmnProblem => ({
    code: 'bpmn.unresolvedReference',
    severity: 'error',
    elementId,
    message: {
      de: `${describe(elementId, 'de')} verweist mit ${property} auf „${missingId}“, aber kein Element hat diese ID.`,
      en: `${describe(elementId, 'en')} refers with ${property} to "${missingId}", but no element has this id.`,
    },
  }),
  duplicateId: (id: string): BpmnProblem => ({
    code: 'bpmn.duplicateId',
    severity: 'error',
    elementId: id,
    message: {
      de: `Die ID „${id}“ kommt mehrfach vor; IDs müssen im ganzen Dokument (einschließlich Diagramm) eindeutig sein.`,
      en: `The id "${id}" occurs more than once; ids must be unique in the whole document (including the diagram).`,
    },
  }),
  invalidId: (id: string): BpmnProblem => ({
    code: 'bpmn.invalidId',
    severity: 'error',
    elementId: id,
    message: {
      de: `„${id}“ ist keine gültige ID (ein XML-Name: Buchstabe oder _ am Anfang, dann Buchstaben, Ziffern, _ - .); das Element wurde nicht gelesen.`,
      en: `"${id}" is not a valid id (an XML name: a letter or _ first, then letters, digits, _ - .); the element was not read.`,
    },
  }),
  unknownElement: (element: string): BpmnProblem => ({
    code: 'bpmn.unknownElement',
    severity: 'warning',
    message: {
      de: `Das Element <${element}> ist an dieser Stelle unbekannt und wurde mit seinem Inhalt übergangen.`,
      en: `The element <${element}> is unknown at this place and was skipped with its content.`,
    },
  }),
  unknownAttribute: (elementId: string | undefined, attribute: string): BpmnProblem => ({
    code: 'bpmn.unknownAttribute',
    severity: 'warning',
    elementId,
    message: {
      de: `${describe(elementId, 'de')} hat das unbekannte Attribut ${attribute}.`,
      en: `${describe(elementId, 'en')} has the unknown attribute ${attribute}.`,
    },
  }),
  encoding: (encoding: string): BpmnProblem => ({
    code: 'bpmn.encoding',
    severity: 'warning',
    message: {
      de: `Die Datei gibt die Zeichenkodierung ${encoding} an; gelesen wird sie als UTF-8. Umlaute können falsch erscheinen, wenn sie nicht UTF-8 ist.`,
      en: `The file declares the encoding ${encoding}; it is read as UTF-8. Non-ASCII characters may be wrong if it is not UTF-8.`,
    },
  }),
  parseWarning: (detail: string): BpmnProblem => ({
    code: 'bpmn.parseWarning',
    severity: 'warning',
    message: {
      de: `Hinweis beim Lesen der BPMN-Datei: ${detail}`,
      en: `Note while reading the BPMN file: ${detail}`,
    },
  }),
  noProcess: (): BpmnProblem => ({
    code: 'bpmn.noProcess',
    severity: 'error',
    message: {
      de: 'Das Modell enthält keinen Prozess (<bpmn:process>).',
      en: 'The model contains no process (<bpmn:process>).',
    },
  }),
  missingDiagram: (): BpmnProblem => ({
    code: 'bpmn.missingDiagram',
    severity: 'error',
    message: {
      de: 'Das Modell hat kein Diagramm: Es fehlt ein BPMNDiagram mit einer BPMNPlane für die Kollaboration oder den Prozess.',
      en: 'The model has no diagram: a BPMNDiagram with a BPMNPlane for the collaboration or the process is missing.',
    },
  }),
  missingShape: (elementId: string | undefined, type: string): BpmnProblem => ({
    code: 'bpmn.missingShape',
    severity: 'error',
    elementId,
    message: {
      de: `${describe(elementId, 'de')} (${type}) hat keine Form im Diagramm (BPMNShape fehlt).`,
      en: `${describe(elementId, 'en')} (${type}) has no shape in the diagram (BPMNShape missing).`,
    },
  }),
  missingEdge: (elementId: string | undefined, type: string): BpmnProblem => ({
    code: 'bpmn.missingEdge',
    severity: 'error',
    elementId,
    message: {
      de: `${describe(elementId, 'de')} (${type}) hat keine Kante im Diagramm (BPMNEdge fehlt).`,
      en: `${describe(elementId, 'en')} (${type}) has no edge in the diagram (BPMNEdge missing).`,
    },
  }),
  flowEndMissing: (
    elementId: string | undefined,
    property: 'sourceRef' | 'targetRef'
  ): BpmnProblem => ({
    code: 'bpmn.flowEndMissing',
    severity: 'error',
    elementId,
    message:
      property === 'sourceRef'
        ? {
            de: `Der Sequenzfluss ${name(elementId, 'de')} hat keine Quelle (sourceRef fehlt); ein Sequenzfluss verbindet immer ein Element mit einem anderen.`,
            en: `The sequence flow ${name(elementId, 'en')} has no source (sourceRef missing); a sequence flow always connects one element to another.`,
          }
        : {
            de: `Der Sequenzfluss ${name(elementId, 'de')} hat kein Ziel (targetRef fehlt); ein Sequenzfluss verbindet immer ein Element mit einem anderen.`,
            en: `The sequence flow ${name(elementId, 'en')} has no target (targetRef missing); a sequence flow always connects one element to another.`,
          },
  }),
}

function name(elementId: string | undefined, locale: 'de' | 'en'): string {
  if (locale === 'de') return elementId ? `„${elementId}“` : 'ohne ID'
  return elementId ? `"${elementId}"` : 'without id'
}

function describe(elementId: string | undefined, locale: 'de' | 'en'): string {
  if (locale === 'de') return elementId ? `Das Element „${elementId}“` : 'Ein Element ohne ID'
  return elementId ? `The element "${elementId}"` : 'An element without id'
}

/** The problem at a position in the text, leaving out what is unknown. */
export function problemAt(problem: BpmnProblem, position: TextPosition | undefined): Problem {
  const located: Problem = {
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
  }
  if (problem.elementId !== undefined) located.elementId = problem.elementId
  if (position) {
    located.line = position.line
    located.column = position.column
  }
  return located
}
