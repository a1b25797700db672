import type { LintRuleName } from '../ruleCatalogue'
import { formularfelder } from './formularfelder'
import { handlungsgrundlage } from './handlungsgrundlage'
import { kostenDmn } from './kostenDmn'
import { leistungsschluessel } from './leistungsschluessel'
import type { MetadataRuleFactory } from './metadataRule'

/** The metadata rules of the set, by their full name. */
export const METADATA_RULE_FACTORIES = {
  'bauplan/leistungsschluessel': leistungsschluessel,
  'bauplan/handlungsgrundlage': handlungsgrundlage,
  'bauplan/kosten-dmn': kostenDmn,
  'bauplan/formularfelder': formularfelder,
} as const satisfies Partial<Record<LintRuleName, MetadataRuleFactory>>

export type MetadataRuleName = keyof typeof METADATA_RULE_FACTORIES
