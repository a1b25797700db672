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
  },
  {
    name: 'bauplan/task-verb-object',
    target: 'bpmn',
    // A word-list heuristic can misjudge a correct name, so it warns instead of blocking.
    defaultLevel: 'warning',
    title: { de: 'Aktivitäten heißen Objekt + Verb', en: 'Activities are named object + verb' },
  },
  {
    name: 'bauplan/task-in-lane',
    target: 'bpmn',
    // Who does a task is what lanes are for; a task outside them has no responsible role.
    defaultLevel: 'error',
    title: { de: 'Jede Aktivität liegt in einer Lane', en: 'Every activity lies in a lane' },
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
  },
  {
    name: 'bauplan/no-implicit-split',
    target: 'bpmn',
    // A hidden split changes what the process does (parallel paths), so it must be explicit.
    defaultLevel: 'error',
    title: { de: 'Keine versteckten Verzweigungen', en: 'No implicit splits' },
  },
  {
    name: 'bauplan/no-implicit-join',
    target: 'bpmn',
    // Several flows into a task behave like an exclusive merge, so the meaning stays clear;
    // an explicit gateway is the preferred style (as bpmnlint's fake-join, which warns too).
    defaultLevel: 'warning',
    title: { de: 'Keine versteckten Zusammenführungen', en: 'No implicit joins' },
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
  },
  {
    name: 'bauplan/message-flow-ends',
    target: 'bpmn',
    // A dangling message flow is a broken model, not a style question.
    defaultLevel: 'error',
    title: { de: 'Nachrichtenflüsse verbinden zwei Pools', en: 'Message flows connect two pools' },
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
  },
  {
    name: 'bauplan/leistungsschluessel',
    target: 'metadata',
    // Without a LeiKa key a procedure cannot be found in portals or routed by FIT-Connect.
    defaultLevel: 'error',
    title: { de: 'Leistungen und Leistungsschlüssel', en: 'Leistungen and Leistungsschlüssel' },
  },
  {
    name: 'bauplan/handlungsgrundlage',
    target: 'metadata',
    // Administrative action needs a legal basis; the schema demands it only from status 4 on.
    defaultLevel: 'error',
    title: { de: 'Handlungsgrundlage vorhanden', en: 'Legal basis present' },
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
