/**
 * Schemas of the quality gates (issue #7): decision-test results in the answers of checks, uploads,
 * submission and approval, and the rule configuration (Prüfregeln). Inline (no `$id`), so the
 * routes that carry them need no registration order.
 */
import { LINT_LEVELS } from '@bauplan/lint'
import { nullable, nullableTimestamp, ref, type JsonSchema } from './common'

const anyJson: JsonSchema = { description: 'beliebiger JSON-Wert / any JSON value' }

export const decisionTestReportSchema: JsonSchema = {
  type: 'object',
  description:
    'Ergebnisse der Entscheidungstests (entscheidungstests.json) / results of the decision tests',
  required: ['passed', 'failed', 'results'],
  properties: {
    passed: { type: 'integer', minimum: 0 },
    failed: { type: 'integer', minimum: 0 },
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'decisionId', 'passed', 'outputs', 'matchedRules', 'problems'],
        properties: {
          name: { type: 'string' },
          decisionId: { type: 'string' },
          passed: { type: 'boolean' },
          outputs: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'expected', 'actual', 'passed'],
              properties: {
                name: { type: 'string' },
                expected: anyJson,
                actual: anyJson,
                passed: { type: 'boolean' },
              },
            },
          },
          matchedRules: {
            type: 'array',
            description:
              'je Entscheidungstabelle die passenden Zeilen (ab 1) / matched rows, 1-based',
            items: {
              type: 'object',
              required: ['decisionId', 'rules'],
              properties: {
                decisionId: { type: 'string' },
                rules: { type: 'array', items: { type: 'integer', minimum: 1 } },
              },
            },
          },
          problems: { type: 'array', items: ref('Problem') },
        },
      },
    },
  },
}

/** What the quality gates add to an answer: the decision tests and the rule configuration used. */
export const qualityProperties: Record<string, JsonSchema> = {
  decisionTests: decisionTestReportSchema,
  lintConfigRevision: {
    type: 'integer',
    minimum: 0,
    description:
      'Revision der Prüfregeln, mit der geprüft wurde (0: Standard) / rule configuration revision used',
  },
}

const level: JsonSchema = { type: 'string', enum: [...LINT_LEVELS] }

const configRevisionProperties: Record<string, JsonSchema> = {
  revision: { type: 'integer', minimum: 0, description: '0: noch nie geändert / never changed' },
  rules: {
    type: 'object',
    description: 'Regelname → Stufe, alle Regeln / rule name → level, every rule',
    additionalProperties: level,
  },
  changedAt: nullableTimestamp,
  changedBy: nullable('object', {
    required: ['id', 'name'],
    properties: { id: { type: 'string' }, name: { type: 'string' } },
  }),
  comment: nullable('string'),
}
const configRevisionRequired = ['revision', 'rules', 'changedAt', 'changedBy', 'comment']

export const lintConfigRevisionSchema: JsonSchema = {
  type: 'object',
  required: configRevisionRequired,
  properties: configRevisionProperties,
}

export const lintConfigSchema: JsonSchema = {
  type: 'object',
  description:
    'Die aktuellen Prüfregeln und der Regelkatalog / the current rules and the catalogue',
  required: [...configRevisionRequired, 'catalogue'],
  properties: {
    ...configRevisionProperties,
    catalogue: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'target', 'defaultLevel', 'title', 'description'],
        properties: {
          name: { type: 'string', examples: ['bauplan/task-in-lane'] },
          target: { type: 'string', enum: ['bpmn', 'metadata'] },
          defaultLevel: level,
          title: ref('LocalizedText'),
          description: ref('LocalizedText'),
        },
      },
    },
  },
}

export const lintConfigHistorySchema: JsonSchema = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: lintConfigRevisionSchema } },
}
