import type { LocalizedText } from '@bauplan/domain'

export type LintLevel = 'off' | 'warning' | 'error'

/** What a rule looks at: the BPMN model (run through bpmnlint) or the metadata and DMN facts. */
export type LintRuleTarget = 'bpmn' | 'metadata'

export interface LintRuleInfo {
  name: string
  target: LintRuleTarget
  defaultLevel: LintLevel
  /** Short title for the configuration screen. */
  title: LocalizedText
  /** What the rule checks and why, one or two sentences for the configuration screen. */
  description: LocalizedText
}

/**
 * Every rule with its default level. The defaults follow one principle: `error` where a violation
 * makes the model ambiguous, breaks a reference or misses what the law or the catalogue requires;
 * `warning` where the rule is a heuristic or a style the method prefers but exceptions are
 * legitimate. The reasons per rule are in the comments and in the package README.
 */
export const LINT_RULES = [
  {
    name: 'bauplan/named-flow-nodes',
    target: 'bpmn',
    // An unnamed step cannot be reviewed, exported to XProzess or shown to a citizen.
    defaultLevel: 'error',
    title: { de: 'Jeder Schritt ist benannt', en: 'Every flow node is named' },
    description: {
      de: 'Aktivitäten, Ereignisse und Gateways tragen einen Namen. Ein unbenannter Schritt kann weder geprüft noch nach XProzess exportiert werden.',
      en: 'Activities, events and gateways carry a name. An unnamed step can be neither reviewed nor exported to XProzess.',
    },
  },
  {
    name: 'bauplan/task-verb-object',
    target: 'bpmn',
    // A word-list heuristic can misjudge a correct name, so it warns instead of blocking.
    defaultLevel: 'warning',
    title: { de: 'Aktivitäten heißen Objekt + Verb', en: 'Activities are named object + verb' },
    description: {
      de: 'Aktivitäten heißen nach dem Muster Objekt + Verb im Infinitiv („Antrag prüfen“). Die Prüfung stützt sich auf eine Wortliste und kann irren.',
      en: 'Activities are named object + verb in the infinitive ("Antrag prüfen"). The check relies on a word list and can be wrong.',
    },
  },
  {
    name: 'bauplan/task-in-lane',
    target: 'bpmn',
    // Who does a task is what lanes are for; a task outside them has no responsible role.
    defaultLevel: 'error',
    title: { de: 'Jede Aktivität liegt in einer Lane', en: 'Every activity lies in a lane' },
    description: {
      de: 'Jede Aktivität liegt in einer Lane, damit klar ist, welche Rolle sie ausführt.',
      en: 'Every activity lies in a lane, so it is clear which role performs it.',
    },
  },
  {
    name: 'bauplan/start-end-events',
    target: 'bpmn',
    // Trigger and outcome are the interface of a block; without them it cannot be called.
    defaultLevel: 'error',
    title: {
      de: 'Start- und Endereignisse vorhanden und benannt',
      en: 'Start and end events present and named',
    },
    description: {
      de: 'Jeder Prozess hat mindestens ein benanntes Start- und Endereignis; sie bilden die Schnittstelle des Bausteins.',
      en: 'Every process has at least one named start and end event; they form the interface of the block.',
    },
  },
  {
    name: 'bauplan/no-implicit-split',
    target: 'bpmn',
    // A hidden split changes what the process does (parallel paths), so it must be explicit.
    defaultLevel: 'error',
    title: { de: 'Keine versteckten Verzweigungen', en: 'No implicit splits' },
    description: {
      de: 'Eine Aktivität mit mehreren ausgehenden Flüssen verzweigt versteckt parallel; Verzweigungen laufen über ein Gateway.',
      en: 'An activity with several outgoing flows splits into parallel paths without saying so; splits go through a gateway.',
    },
  },
  {
    name: 'bauplan/no-implicit-join',
    target: 'bpmn',
    // Several flows into a task behave like an exclusive merge, so the meaning stays clear;
    // an explicit gateway is the preferred style (as bpmnlint's fake-join, which warns too).
    defaultLevel: 'warning',
    title: { de: 'Keine versteckten Zusammenführungen', en: 'No implicit joins' },
    description: {
      de: 'Mehrere Flüsse, die direkt in eine Aktivität münden, werden besser über ein zusammenführendes Gateway geführt.',
      en: 'Several flows leading straight into an activity are better merged by a gateway first.',
    },
  },
  {
    name: 'bauplan/labelled-conditional-flows',
    target: 'bpmn',
    // An unlabelled exit of a decision point leaves open which case takes it.
    defaultLevel: 'error',
    title: {
      de: 'Ausgänge von Verzweigungen sind beschriftet',
      en: 'Outgoing flows of splitting gateways are labelled',
    },
    description: {
      de: 'Die Ausgänge verzweigender Gateways sind beschriftet, damit klar ist, welcher Fall welchen Weg nimmt.',
      en: 'The outgoing flows of splitting gateways are labelled, so it is clear which case takes which path.',
    },
  },
  {
    name: 'bauplan/call-activity-reference',
    target: 'bpmn',
    // A call that does not resolve cannot be exported or executed.
    defaultLevel: 'error',
    title: {
      de: 'Aufrufe nennen Baustein und Versionsbereich',
      en: 'Call activities name a block and a version range',
    },
    description: {
      de: 'Aufrufaktivitäten nennen einen Baustein (URN) und einen Versionsbereich; im Katalog muss eine veröffentlichte Version dazu passen.',
      en: 'Call activities name a block (URN) and a version range; in the catalogue a published version must match them.',
    },
  },
  {
    name: 'bauplan/message-flow-ends',
    target: 'bpmn',
    // A dangling message flow is a broken model, not a style question.
    defaultLevel: 'error',
    title: { de: 'Nachrichtenflüsse verbinden zwei Pools', en: 'Message flows connect two pools' },
    description: {
      de: 'Nachrichtenflüsse verbinden Elemente zweier verschiedener Pools; ein loses Ende ist ein Modellfehler.',
      en: 'Message flows connect elements of two different pools; a loose end is a modelling error.',
    },
  },
  {
    name: 'bauplan/front-office-lanes',
    target: 'bpmn',
    // Assigning the authority's work to the citizen misstates who is responsible.
    defaultLevel: 'error',
    title: {
      de: 'Keine Verwaltungsaufgaben auf der Bürgerseite',
      en: 'No back-office tasks on the citizen side',
    },
    description: {
      de: 'Auf der Seite der Antragstellenden (Bürger, Unternehmen) stehen keine Aufgaben der Verwaltung.',
      en: 'No tasks of the administration appear on the side of the applicants (citizens, businesses).',
    },
  },
  {
    name: 'bauplan/leistungsschluessel',
    target: 'metadata',
    // Without a LeiKa key a procedure cannot be found in portals or routed by FIT-Connect.
    defaultLevel: 'error',
    title: { de: 'Leistungen und Leistungsschlüssel', en: 'Leistungen and Leistungsschlüssel' },
    description: {
      de: 'Stamm- und Referenzprozesse nennen ihre Leistungen mit Leistungsschlüssel aus dem LeiKa, damit Portale und FIT-Connect sie finden; jeder Schlüssel steht nur einmal da. Im Entwurf (Freigabestatus bis 3) ist ein fehlender Schlüssel nur ein Hinweis.',
      en: 'Stamm- and Referenzprozesse name their services with a LeiKa Leistungsschlüssel, so portals and FIT-Connect can find them; each key is listed once. In draft status (freigabestatus up to 3) a missing key is only a reminder.',
    },
  },
  {
    name: 'bauplan/handlungsgrundlage',
    target: 'metadata',
    // Administrative action needs a legal basis; the schema demands it only from status 4 on.
    defaultLevel: 'error',
    title: { de: 'Handlungsgrundlage vorhanden', en: 'Legal basis present' },
    description: {
      de: 'Der Baustein nennt mindestens eine Handlungsgrundlage (Rechtsgrundlage) mit Namen. Ein generischer Prozessbaustein ohne eigene erhält nur einen Hinweis: Für ihn gilt die des aufrufenden Verfahrens.',
      en: "The block names at least one legal basis (Handlungsgrundlage) with a name. A generic Prozessbaustein without one only gets a reminder: the calling procedure's legal basis applies to it.",
    },
  },
  {
    name: 'bauplan/kosten-dmn',
    target: 'metadata',
    // Variable fees can depend on local fee law a block cannot encode, so this warns.
    defaultLevel: 'warning',
    title: {
      de: 'Gebühren verweisen auf eine DMN-Entscheidung',
      en: 'Fees refer to a DMN decision',
    },
    description: {
      de: 'Variable Gebühren verweisen auf die DMN-Entscheidung, die sie berechnet.',
      en: 'Variable fees refer to the DMN decision that calculates them.',
    },
  },
  {
    name: 'bauplan/formularfelder',
    target: 'metadata',
    // A decision reading a field the form never asks cannot be evaluated.
    defaultLevel: 'error',
    title: {
      de: 'Felder der Entscheidungen gibt es im Formular',
      en: 'Fields read by decisions exist in the form',
    },
    description: {
      de: 'Jedes Feld, das eine Entscheidung liest, kommt im Formular (den Datenfeldern) des Bausteins vor.',
      en: 'Every field a decision reads occurs in the form (the data fields) of the block.',
    },
  },
] as const satisfies readonly LintRuleInfo[]

export type LintRuleName = (typeof LINT_RULES)[number]['name']

export const LINT_RULE_NAMES: readonly LintRuleName[] = LINT_RULES.map((rule) => rule.name)

export function isLintRuleName(name: string): name is LintRuleName {
  return (LINT_RULE_NAMES as readonly string[]).includes(name)
}

/** The namespace bpmnlint sees: `bauplan/x` resolves to package `bpmnlint-plugin-bauplan`, rule `x`. */
export const BPMNLINT_PLUGIN_PACKAGE = 'bpmnlint-plugin-bauplan'
export const RULE_PREFIX = 'bauplan/'
