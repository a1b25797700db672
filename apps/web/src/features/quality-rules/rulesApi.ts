/**
 * The curators' rule configuration over the API (`/api/pruefregeln`, docs/api.md § Prüfregeln).
 * Kept in this feature instead of the shell's BauplanApi so the quality gates stay in one place;
 * it goes through the same ApiClient (CSRF, language, problem documents).
 */
import type { LocalizedText } from '@bauplan/domain'
import type { BauplanApi } from '../../lib/api/bauplanApi'

export type RuleLevel = 'off' | 'warning' | 'error'
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'warning', 'error']

export interface RuleCatalogueEntry {
  name: string
  target: 'bpmn' | 'metadata'
  defaultLevel: RuleLevel
  title: LocalizedText
  description?: LocalizedText
}

export interface RuleAuthor {
  id: string
  name: string
}

export interface RuleConfigurationRevision {
  /** 0 while nobody changed the defaults (no revision stored yet). */
  revision: number
  rules: Record<string, RuleLevel>
  changedAt: string | null
  changedBy: RuleAuthor | null
  comment: string | null
}

export interface RuleConfiguration extends RuleConfigurationRevision {
  catalogue: RuleCatalogueEntry[]
}

export interface RuleConfigurationChange {
  basedOnRevision: number
  rules: Record<string, RuleLevel>
  comment?: string
}

export const rulePaths = {
  current: '/api/pruefregeln',
  history: '/api/pruefregeln/verlauf',
} as const

type Signal = { signal?: AbortSignal }

export function getRuleConfiguration(
  api: BauplanApi,
  options: Signal = {}
): Promise<RuleConfiguration> {
  return api.client.get(rulePaths.current, options)
}

/** 409 when someone saved in between (basedOnRevision is stale), 422 for unknown rules or levels, 403 for non-curators. */
export function saveRuleConfiguration(
  api: BauplanApi,
  change: RuleConfigurationChange
): Promise<RuleConfiguration> {
  return api.client.put(rulePaths.current, { body: change })
}

export async function getRuleHistory(
  api: BauplanApi,
  options: Signal = {}
): Promise<RuleConfigurationRevision[]> {
  const page = await api.client.get<{ items: RuleConfigurationRevision[] }>(
    rulePaths.history,
    options
  )
  return page.items
}
