/**
 * The `/api/pruefregeln` contract (docs/api.md § Prüfregeln) answered from memory, for component
 * tests: revisions count up, a stale `basedOnRevision` gets 409, an unknown level 422 with a
 * pointer per rule, and the catalogue is the real rule list of @bauplan/lint.
 */
import { LINT_RULES } from '@bauplan/lint'
import { problemResponse, type FakeServer } from '../../../lib/testing/fakeServer'
import type {
  RuleCatalogueEntry,
  RuleConfiguration,
  RuleConfigurationRevision,
  RuleLevel,
} from '../rulesApi'

export const RULE_CATALOGUE: RuleCatalogueEntry[] = LINT_RULES.map((rule) => ({
  name: rule.name,
  target: rule.target,
  defaultLevel: rule.defaultLevel,
  title: rule.title,
}))

export function ruleConfigurationRoutes(
  server: FakeServer,
  author = { id: 'u1', name: 'Kim Kurator' }
) {
  const revisions: RuleConfigurationRevision[] = []
  const current = (): RuleConfiguration => ({
    ...(revisions.at(-1) ?? {
      revision: 0,
      rules: {},
      changedAt: null,
      changedBy: null,
      comment: null,
    }),
    catalogue: RULE_CATALOGUE,
  })
  /** Someone else saves (for the 409 test). */
  const saveAsOther = (rules: Record<string, RuleLevel>) =>
    revisions.push({
      revision: current().revision + 1,
      rules,
      changedAt: '2026-11-27T07:00:00.000Z',
      changedBy: { id: 'u2', name: 'Alex Andere' },
      comment: 'parallel',
    })
  server
    .on('GET', '/api/pruefregeln', () => ({ json: current() }))
    .on('GET', '/api/pruefregeln/verlauf', () => ({ json: { items: [...revisions].reverse() } }))
    .on('PUT', '/api/pruefregeln', (request) => {
      const body = request.body as {
        basedOnRevision: number
        rules: Record<string, string>
        comment?: string
      }
      if (body.basedOnRevision !== current().revision) {
        return problemResponse(
          409,
          'lintConfig.stale',
          'Die Konfiguration wurde inzwischen geändert.'
        )
      }
      const bad = Object.entries(body.rules).filter(
        ([, level]) => !['off', 'warning', 'error'].includes(level)
      )
      if (bad.length > 0) {
        return problemResponse(
          422,
          'lifecycle.invalid',
          'Die Konfiguration ist ungültig.',
          bad.map(([rule, level]) => ({
            code: 'lintConfig.invalidLevel',
            severity: 'error',
            pointer: `/rules/${rule.replace(/~/g, '~0').replace(/\//g, '~1')}`,
            message: {
              de: `„${level}“ ist keine Stufe (erlaubt: off, warning, error).`,
              en: `"${level}" is not a level (allowed: off, warning, error).`,
            },
          }))
        )
      }
      revisions.push({
        revision: current().revision + 1,
        rules: body.rules as Record<string, RuleLevel>,
        changedAt: '2026-11-27T08:00:00.000Z',
        changedBy: author,
        comment: body.comment ?? null,
      })
      return { json: current() }
    })
  return { current, saveAsOther, revisions }
}
