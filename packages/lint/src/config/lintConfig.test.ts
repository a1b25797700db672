import { describe, expect, it } from 'vitest'
import { LINT_RULES, LINT_RULE_NAMES } from '../rules/ruleCatalogue'
import { BPMN_RULE_FACTORIES } from '../rules/bpmn/bpmnRules'
import { METADATA_RULE_FACTORIES } from '../rules/metadata/metadataRules'
import { DEFAULT_LINT_CONFIG, resolveConfig } from './lintConfig'
import { lintConfigSchema } from './lintConfigSchema'

describe('the rule list and the configuration', () => {
  it('has an implementation for every listed rule, of the kind the list says, and no other', () => {
    const bpmn = LINT_RULES.filter((rule) => rule.target === 'bpmn').map((rule) => rule.name)
    const metadata = LINT_RULES.filter((rule) => rule.target === 'metadata').map(
      (rule) => rule.name
    )
    expect(Object.keys(BPMN_RULE_FACTORIES)).toEqual(bpmn)
    expect(Object.keys(METADATA_RULE_FACTORIES)).toEqual(metadata)
  })

  it('documents these defaults', () => {
    expect(DEFAULT_LINT_CONFIG).toEqual({
      version: 1,
      rules: {
        'bauplan/named-flow-nodes': 'error',
        'bauplan/task-verb-object': 'warning',
        'bauplan/task-in-lane': 'error',
        'bauplan/start-end-events': 'error',
        'bauplan/no-implicit-split': 'error',
        'bauplan/no-implicit-join': 'warning',
        'bauplan/labelled-conditional-flows': 'error',
        'bauplan/call-activity-reference': 'error',
        'bauplan/message-flow-ends': 'error',
        'bauplan/front-office-lanes': 'error',
        'bauplan/leistungsschluessel': 'error',
        'bauplan/handlungsgrundlage': 'error',
        'bauplan/kosten-dmn': 'warning',
        'bauplan/formularfelder': 'error',
      },
    })
  })

  it('resolves a partial configuration over the defaults and drops names that are not rules', () => {
    const resolved = resolveConfig({
      rules: { 'bauplan/kosten-dmn': 'error', ...({ 'bauplan/removed-rule': 'error' } as object) },
    })
    expect(resolved.rules['bauplan/kosten-dmn']).toBe('error')
    expect(resolved.rules['bauplan/task-in-lane']).toBe('error')
    expect(Object.keys(resolved.rules)).toEqual(LINT_RULE_NAMES)
    expect(resolveConfig()).toEqual(DEFAULT_LINT_CONFIG)
  })

  it('has a JSON Schema that lists exactly the rules, their levels, titles and defaults', () => {
    const rules = lintConfigSchema.properties.rules.properties as Record<
      string,
      { title: string; enum: string[]; default: string }
    >
    expect(Object.keys(rules)).toEqual(LINT_RULE_NAMES)
    for (const rule of LINT_RULES) {
      expect(rules[rule.name]).toEqual({
        title: rule.title.de,
        enum: ['off', 'warning', 'error'],
        default: rule.defaultLevel,
      })
    }
    expect(lintConfigSchema.additionalProperties).toBe(false)
    expect(lintConfigSchema.properties.rules.additionalProperties).toBe(false)
  })
})
