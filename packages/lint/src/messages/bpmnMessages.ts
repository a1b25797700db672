import type { LocalizedText } from '@bauplan/domain'

/**
 * Message templates of the BPMN rules, keyed by the message key a rule reports. Placeholders:
 * `{element}`, `{flow}`, `{process}` … are element descriptions (see `describeElement`); a capital
 * first letter (`{Element}`) starts a sentence. Each message says what is wrong and how to fix it.
 */
export const BPMN_MESSAGES = {
  'namedFlowNodes.missingName': {
    de: '{Element} hat keinen Namen. Benennen Sie jeden Schritt, damit das Modell ohne Erläuterung lesbar ist (Aktivitäten: Objekt + Verb, verzweigende Gateways: eine Frage).',
    en: '{Element} has no name. Name every step so that the model reads without explanation (activities: object + verb, splitting gateways: a question).',
  },
  'taskVerbObject.singleWord': {
    de: '{Element} heißt {name} – nur ein Wort. Aktivitäten heißen Objekt + Verb im Infinitiv, z. B. „Antrag prüfen“ statt „Prüfung“.',
    en: '{Element} is named {name}, a single word. Activities are named object + verb in the infinitive, e.g. "Antrag prüfen" instead of "Prüfung".',
  },
  'taskVerbObject.noVerb': {
    de: '{Element} heißt {name}, aber das letzte Wort „{word}“ ist kein kleingeschriebenes Verb im Infinitiv wie „prüfen“, „erstellen“ oder „übermitteln“. Aktivitäten heißen Objekt + Verb, z. B. „Bescheid erstellen“.',
    en: '{Element} is named {name}, but the last word "{word}" is not a lower-case infinitive verb such as "prüfen", "erstellen" or "übermitteln". Activities are named object + verb, e.g. "Bescheid erstellen".',
  },
  'taskVerbObject.participle': {
    de: '{Element} heißt {name} und endet auf das Partizip „{word}“; das beschreibt einen Zustand, wie es Ereignisse tun. Aktivitäten heißen Objekt + Verb im Infinitiv, z. B. „Antrag entgegennehmen“ statt „Antrag eingegangen“.',
    en: '{Element} is named {name} and ends in the participle "{word}", which describes a state, as events do. Activities are named object + verb in the infinitive, e.g. "Antrag entgegennehmen" instead of "Antrag eingegangen".',
  },
  'taskInLane.notInLane': {
    de: '{Element} liegt in keiner Lane, obwohl {container} Lanes hat. Ordnen Sie jede Aktivität der Lane der Rolle zu, die sie ausführt.',
    en: '{Element} is in no lane although {container} has lanes. Put every activity into the lane of the role that performs it.',
  },
  'startEndEvents.missingStart': {
    de: '{Element} hat kein Startereignis. Jeder Prozess und Teilprozess beginnt mit einem benannten Startereignis, das den Auslöser nennt.',
    en: '{Element} has no start event. Every process and sub-process begins with a named start event that states the trigger.',
  },
  'startEndEvents.missingEnd': {
    de: '{Element} hat kein Endereignis. Jeder Prozess und Teilprozess endet mit benannten Endereignissen, die das Ergebnis nennen.',
    en: '{Element} has no end event. Every process and sub-process ends in named end events that state the outcome.',
  },
  'startEndEvents.unnamedStart': {
    de: '{Element} hat keinen Namen. Ein Startereignis nennt den Auslöser, z. B. „Antrag eingegangen“.',
    en: '{Element} has no name. A start event states the trigger, e.g. "Antrag eingegangen" (application received).',
  },
  'startEndEvents.unnamedEnd': {
    de: '{Element} hat keinen Namen. Ein Endereignis nennt das Ergebnis, z. B. „Bescheid bekanntgegeben“.',
    en: '{Element} has no name. An end event states the outcome, e.g. "Bescheid bekanntgegeben" (decision notified).',
  },
  'noImplicitSplit.conditionalFlow': {
    de: '{Flow} ist ein bedingter Fluss, der an einer Aktivität beginnt (Quelle: {element}). Verzweigungen gehören in ein Gateway: Setzen Sie ein exklusives oder inklusives Gateway hinter die Aktivität und bringen Sie die Bedingung dort an.',
    en: '{Flow} is a conditional flow that starts at an activity (source: {element}). Branching belongs in a gateway: add an exclusive or inclusive gateway after the activity and put the condition there.',
  },
  'noImplicitSplit.multipleOutgoing': {
    de: '{Element} hat {count} ausgehende Sequenzflüsse ohne Bedingung; das ist eine versteckte Parallelverzweigung. Modellieren Sie sie mit einem parallelen Gateway.',
    en: '{Element} has {count} outgoing sequence flows without a condition; that is a hidden parallel split. Model it with a parallel gateway.',
  },
  'noImplicitJoin.multipleIncoming': {
    de: '{Element} hat {count} eingehende Sequenzflüsse ohne vorgeschaltetes Gateway. Führen Sie sie vorher mit einem Gateway zusammen: exklusiv, wenn nur einer der Wege ankommt, parallel, wenn alle ankommen.',
    en: '{Element} has {count} incoming sequence flows without a gateway before it. Merge them first with a gateway: exclusive when only one of the paths arrives, parallel when all of them do.',
  },
  'labelledConditionalFlows.unlabelled': {
    de: '{Flow} hat weder einen Namen noch eine Bedingung, obwohl sich {gateway} an dieser Stelle verzweigt. Beschriften Sie jeden Ausgang eines verzweigenden Gateways (z. B. „ja“ / „nein“) oder machen Sie ihn zum Standardfluss.',
    en: '{Flow} leaves {gateway} but has neither a name nor a condition. Label every outgoing flow of a splitting gateway (e.g. "ja" / "nein") or make it the default flow.',
  },
  'callActivityReference.missingBaustein': {
    de: '{Element} nennt keinen Baustein: das Attribut bauplan:baustein fehlt. Eine Aufrufaktivität ruft einen Baustein aus dem Katalog auf, z. B. urn:bauplan:baustein:sn:identitaet-pruefen.',
    en: '{Element} names no building block: the attribute bauplan:baustein is missing. A call activity calls a block from the catalogue, e.g. urn:bauplan:baustein:sn:identitaet-pruefen.',
  },
  'callActivityReference.invalidBausteinId': {
    de: '{Element}: „{baustein}“ in bauplan:baustein ist keine Baustein-ID. Erwartet wird eine URN wie urn:bauplan:baustein:sn:identitaet-pruefen.',
    en: '{Element}: "{baustein}" in bauplan:baustein is not a building-block id. Expected a URN such as urn:bauplan:baustein:sn:identitaet-pruefen.',
  },
  'callActivityReference.missingVersion': {
    de: '{Element} hat keinen Versionsbereich: das Attribut bauplan:version fehlt. Geben Sie an, welche Versionen des aufgerufenen Bausteins passen, z. B. ^1.0.0.',
    en: '{Element} has no version range: the attribute bauplan:version is missing. State which versions of the called block fit, e.g. ^1.0.0.',
  },
  'callActivityReference.invalidRange': {
    de: '{Element}: Der Versionsbereich „{range}“ in bauplan:version ist ungültig. Erlaubt sind Bereiche wie ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x oder 1.2.3.',
    en: '{Element}: the version range "{range}" in bauplan:version is invalid. Ranges such as ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x or 1.2.3 are allowed.',
  },
  'callActivityReference.unknownBlock': {
    de: '{Element} ruft den Baustein „{baustein}“ auf, den der Katalog nicht kennt. Prüfen Sie die ID in bauplan:baustein.',
    en: '{Element} calls the block "{baustein}", which the catalogue does not know. Check the id in bauplan:baustein.',
  },
  'callActivityReference.noPublishedVersion': {
    de: '{Element} ruft den Baustein „{baustein}“ auf, von dem noch keine Version veröffentlicht ist; der Bereich „{range}“ lässt sich nicht auflösen.',
    en: '{Element} calls the block "{baustein}", which has no published version yet; the range "{range}" cannot be resolved.',
  },
  'callActivityReference.noMatchingVersion': {
    de: '{Element}: Keine veröffentlichte Version des Bausteins „{baustein}“ liegt im Bereich „{range}“. Veröffentlicht: {available}.',
    en: '{Element}: no published version of the block "{baustein}" lies in the range "{range}". Published: {available}.',
  },
  'messageFlowEnds.missingSource': {
    de: '{Flow} hat keine Quelle: sourceRef fehlt oder verweist auf kein Element. Ein Nachrichtenfluss verbindet zwei Pools oder Elemente in zwei Pools.',
    en: '{Flow} has no source: sourceRef is missing or refers to no element. A message flow connects two pools or elements in two pools.',
  },
  'messageFlowEnds.missingTarget': {
    de: '{Flow} hat kein Ziel: targetRef fehlt oder verweist auf kein Element. Ein Nachrichtenfluss verbindet zwei Pools oder Elemente in zwei Pools.',
    en: '{Flow} has no target: targetRef is missing or refers to no element. A message flow connects two pools or elements in two pools.',
  },
  'messageFlowEnds.outsidePool': {
    de: '{Flow}: {end} liegt in keinem Pool. Nachrichtenflüsse verbinden Pools oder Elemente, die in Pools liegen.',
    en: '{Flow}: {end} lies in no pool. Message flows connect pools or elements that lie in pools.',
  },
  'messageFlowEnds.samePool': {
    de: '{Flow} verbindet zwei Elemente desselben Pools ({pool}). Nachrichten fließen zwischen Pools; innerhalb eines Pools verwenden Sie Sequenzflüsse.',
    en: '{Flow} connects two elements in {pool}. Messages flow between pools; within a pool use sequence flows.',
  },
  'frontOfficeLanes.backOfficeTask': {
    de: '{Element} liegt auf der Seite der Ergebnisempfänger ({side}), ist aber eine Aufgabe der Verwaltung. In einem Baustein mit Einsatzbereich „{einsatzbereich}“ gehören Service-, Skript-, Geschäftsregel- und manuelle Aufgaben in eine Lane der Behörde.',
    en: '{Element} lies on the side of the result recipients ({side}) but is a task of the administration. In a block with einsatzbereich "{einsatzbereich}", service, script, business rule and manual tasks belong in a lane of the authority.',
  },
} as const satisfies Record<string, LocalizedText>
