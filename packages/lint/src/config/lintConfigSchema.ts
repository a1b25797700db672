import { LINT_RULES } from '../rules/ruleCatalogue'
import { LINT_LEVELS } from './lintConfig'

export const LINT_CONFIG_SCHEMA_ID = 'urn:bauplan:schema:lint-config:v1'

/**
 * JSON Schema (2020-12) of a rule configuration, built from the rule list so that it cannot drift
 * from the rules. Each rule carries its German title and its default, which lets a form generator
 * (as the workbench uses for metadata) render the configuration screen from the schema alone.
 * `validateLintConfig` checks the same constraints and explains violations in both languages.
 */
export const lintConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: LINT_CONFIG_SCHEMA_ID,
  title: 'Regelkonfiguration',
  description:
    'Stufe jeder Modellierungsregel eines Katalogs: off (aus), warning (Warnung) oder error (Fehler; blockiert das Veröffentlichen). Fehlende Regeln behalten ihre Standardstufe.',
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { const: 1, description: 'Formatversion dieser Konfiguration.' },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        LINT_RULES.map((rule) => [
          rule.name,
          { title: rule.title.de, enum: [...LINT_LEVELS], default: rule.defaultLevel },
        ])
      ),
    },
  },
} as const
