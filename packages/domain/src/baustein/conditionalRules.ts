// ajv reports a failed if/then as two errors (the inner keyword plus "must match then schema"),
// which reads as noise. Each conditional of the schema is registered here with one sentence that
// states the business rule instead; a test fails when the schema gains a conditional not listed.
import type { ErrorObject } from 'ajv/dist/2020'
import type { Problem } from '../problem'
import { fieldLabel } from './fieldLabel'
import { valueAtPointer } from './jsonPointer'

export interface ConditionalRule {
  /** Schema path of the subschema that holds `if`/`then`, as ajv writes it, e.g. `#/allOf/0`. */
  schemaPath: string
  /** The `then` keyword whose failure this rule explains, e.g. `minItems`. */
  keyword: string
  toProblem(root: unknown): Problem
}

/** Names of the release states (code list urn:xoev-de:xprozess:codeliste:status). */
const freigabestatusNames: Record<number, { de: string; en: string }> = {
  4: { de: 'methodisch freigegeben', en: 'methodically approved' },
  5: { de: 'fachlich freigegeben (silber)', en: 'approved by the domain (silver)' },
  6: { de: 'fachlich freigegeben (gold)', en: 'approved by the domain (gold)' },
  7: { de: 'inaktiv', en: 'inactive' },
  8: { de: 'vorgesehen zum Löschen', en: 'marked for deletion' },
}

export const conditionalRules: readonly ConditionalRule[] = [
  {
    schemaPath: '#/allOf/0',
    keyword: 'minItems',
    toProblem(root) {
      const status = valueAtPointer(root, '/freigabestatus')
      const name = typeof status === 'number' ? freigabestatusNames[status] : undefined
      const label = fieldLabel('/handlungsgrundlagen')
      return {
        code: 'schema.handlungsgrundlagenRequired',
        severity: 'error',
        pointer: '/handlungsgrundlagen',
        message: {
          de: `${label.de}: ab Freigabestatus 4 (methodisch freigegeben) ist mindestens eine Rechtsgrundlage anzugeben; dieser Baustein hat Freigabestatus ${String(status)}${name ? ` – ${name.de}` : ''}.`,
          en: `${label.en}: from release status (freigabestatus) 4 (methodically approved) on, at least one legal basis must be given; this building block has status ${String(status)}${name ? ` – ${name.en}` : ''}.`,
        },
      }
    },
  },
]

const branchOf = (schemaPath: string): string | undefined =>
  /^(.*)\/(?:then|else)(?:\/|$)/.exec(schemaPath)?.[1]

/**
 * Replaces the errors of registered conditionals by their one-sentence problem. Errors of
 * conditionals nobody registered stay as they are (only the bare "must match then" is dropped),
 * so a new schema rule still reports something meaningful before it gets its own sentence.
 */
export function collapseConditionalErrors(
  errors: readonly ErrorObject[],
  root: unknown
): { remaining: ErrorObject[]; problems: Problem[] } {
  const remaining: ErrorObject[] = []
  const fired = new Set<ConditionalRule>()
  for (const error of errors) {
    if (error.keyword === 'if') continue
    const conditional = branchOf(error.schemaPath)
    const rule = conditional && conditionalRules.find((r) => r.schemaPath === conditional)
    if (!rule) {
      remaining.push(error)
      continue
    }
    // Other keywords in a registered branch (e.g. `type`) repeat an error the main schema reports.
    if (error.keyword === rule.keyword) fired.add(rule)
  }
  return { remaining, problems: [...fired].map((rule) => rule.toProblem(root)) }
}
