import type { LocalizedText } from '@bauplan/domain'

/**
 * How messages name a BPMN element type, with the article, so a message can say "die Aufgabe …" or
 * "das Startereignis …" without knowing the grammatical gender of each type.
 */
const TYPE_LABELS: Readonly<Record<string, LocalizedText>> = {
  'bpmn:Task': { de: 'die Aufgabe', en: 'the task' },
  'bpmn:UserTask': { de: 'die Benutzeraufgabe', en: 'the user task' },
  'bpmn:ServiceTask': { de: 'die Serviceaufgabe', en: 'the service task' },
  'bpmn:ScriptTask': { de: 'die Skriptaufgabe', en: 'the script task' },
  'bpmn:BusinessRuleTask': { de: 'die Geschäftsregelaufgabe', en: 'the business rule task' },
  'bpmn:ManualTask': { de: 'die manuelle Aufgabe', en: 'the manual task' },
  'bpmn:SendTask': { de: 'die Sendeaufgabe', en: 'the send task' },
  'bpmn:ReceiveTask': { de: 'die Empfangsaufgabe', en: 'the receive task' },
  'bpmn:CallActivity': { de: 'die Aufrufaktivität', en: 'the call activity' },
  'bpmn:SubProcess': { de: 'der Teilprozess', en: 'the sub-process' },
  'bpmn:AdHocSubProcess': { de: 'der Ad-hoc-Teilprozess', en: 'the ad-hoc sub-process' },
  'bpmn:Transaction': { de: 'die Transaktion', en: 'the transaction' },
  'bpmn:StartEvent': { de: 'das Startereignis', en: 'the start event' },
  'bpmn:EndEvent': { de: 'das Endereignis', en: 'the end event' },
  'bpmn:IntermediateCatchEvent': { de: 'das Zwischenereignis', en: 'the intermediate event' },
  'bpmn:IntermediateThrowEvent': { de: 'das Zwischenereignis', en: 'the intermediate event' },
  'bpmn:BoundaryEvent': { de: 'das angeheftete Ereignis', en: 'the boundary event' },
  'bpmn:ExclusiveGateway': { de: 'das exklusive Gateway', en: 'the exclusive gateway' },
  'bpmn:InclusiveGateway': { de: 'das inklusive Gateway', en: 'the inclusive gateway' },
  'bpmn:ParallelGateway': { de: 'das parallele Gateway', en: 'the parallel gateway' },
  'bpmn:EventBasedGateway': { de: 'das ereignisbasierte Gateway', en: 'the event-based gateway' },
  'bpmn:ComplexGateway': { de: 'das komplexe Gateway', en: 'the complex gateway' },
  'bpmn:Process': { de: 'der Prozess', en: 'the process' },
  'bpmn:Participant': { de: 'der Pool', en: 'the pool' },
  'bpmn:Lane': { de: 'die Lane', en: 'the lane' },
  'bpmn:SequenceFlow': { de: 'der Sequenzfluss', en: 'the sequence flow' },
  'bpmn:MessageFlow': { de: 'der Nachrichtenfluss', en: 'the message flow' },
}

export function typeLabel(type: string): LocalizedText {
  const label = TYPE_LABELS[type]
  if (label) return label
  const local = type.slice(type.indexOf(':') + 1)
  return { de: `das Element vom Typ ${local}`, en: `the ${local} element` }
}

export interface DescribableElement {
  $type: string
  id?: string
  name?: unknown
}

/**
 * The element as a message names it: type, name and id, e.g. `die Aufgabe „Antrag prüfen“
 * (Activity_1)`; an unnamed element by type and id only. The id is always there because it is what
 * the editor and the XML let a reader find.
 */
export function describeElement(element: DescribableElement): LocalizedText {
  const label = typeLabel(element.$type)
  const name = typeof element.name === 'string' ? element.name.trim() : ''
  const id = element.id ?? '?'
  if (name === '') return { de: `${label.de} ${id}`, en: `${label.en} ${id}` }
  return { de: `${label.de} „${name}“ (${id})`, en: `${label.en} "${name}" (${id})` }
}
