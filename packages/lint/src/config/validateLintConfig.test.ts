import { describe, expect, it } from 'vitest'
import { LINT_RULE_NAMES } from '../rules/ruleCatalogue'
import { DEFAULT_LINT_CONFIG } from './lintConfig'
import { parseLintConfig, validateLintConfig } from './validateLintConfig'

function problemsOf(json: unknown) {
  const result = validateLintConfig(json)
  expect(result.ok).toBe(false)
  return result.problems
}

describe('validateLintConfig', () => {
  it('accepts a partial configuration and completes it with the defaults', () => {
    const result = validateLintConfig({ version: 1, rules: { 'bauplan/task-verb-object': 'off' } })
    expect(result).toEqual({
      ok: true,
      problems: [],
      config: {
        version: 1,
        rules: { ...DEFAULT_LINT_CONFIG.rules, 'bauplan/task-verb-object': 'off' },
      },
    })
  })

  it('accepts every rule at every level', () => {
    for (const level of ['off', 'warning', 'error']) {
      const rules = Object.fromEntries(LINT_RULE_NAMES.map((name) => [name, level]))
      expect(validateLintConfig({ version: 1, rules }).ok).toBe(true)
    }
  })

  it('names an unknown rule by its JSON pointer and suggests the closest rule', () => {
    const [problem, ...rest] = problemsOf({
      version: 1,
      rules: { 'bauplan/named-flow-node': 'error' },
    })
    expect(rest).toEqual([])
    expect(problem).toEqual({
      code: 'lintConfig.unknownRule',
      severity: 'error',
      pointer: '/rules/bauplan~1named-flow-node',
      message: {
        de: 'Die Regel „bauplan/named-flow-node“ (/rules/bauplan~1named-flow-node) gibt es nicht. Meinten Sie „bauplan/named-flow-nodes“?',
        en: 'There is no rule "bauplan/named-flow-node" (/rules/bauplan~1named-flow-node). Did you mean "bauplan/named-flow-nodes"?',
      },
    })
  })

  it('suggests the namespaced name for a rule written without "bauplan/", and nothing for a name far from any rule', () => {
    const [withoutPrefix, unrelated] = problemsOf({
      version: 1,
      rules: { 'task-in-lane': 'error', 'label-required': 'error' },
    })
    expect(withoutPrefix?.message.en).toContain('Did you mean "bauplan/task-in-lane"?')
    expect(unrelated?.message.de).toBe(
      'Die Regel „label-required“ (/rules/label-required) gibt es nicht.'
    )
  })

  it('refuses invalid levels, suggesting the level a bpmnlint or ESLint habit meant', () => {
    const problems = problemsOf({
      version: 1,
      rules: {
        'bauplan/task-in-lane': 'warn',
        'bauplan/kosten-dmn': 2,
        'bauplan/formularfelder': 'eror',
        'bauplan/start-end-events': true,
      },
    })
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['lintConfig.invalidLevel', '/rules/bauplan~1task-in-lane'],
      ['lintConfig.invalidLevel', '/rules/bauplan~1kosten-dmn'],
      ['lintConfig.invalidLevel', '/rules/bauplan~1formularfelder'],
      ['lintConfig.invalidLevel', '/rules/bauplan~1start-end-events'],
    ])
    expect(problems[0]?.message).toEqual({
      de: 'Die Stufe "warn" für die Regel „bauplan/task-in-lane“ (/rules/bauplan~1task-in-lane) ist ungültig; erlaubt sind „off“, „warning“ und „error“. Meinten Sie „warning“?',
      en: 'The level "warn" for the rule "bauplan/task-in-lane" (/rules/bauplan~1task-in-lane) is invalid; allowed are "off", "warning" and "error". Did you mean "warning"?',
    })
    expect(problems[1]?.message.en).toContain('The level 2 ')
    expect(problems[1]?.message.en).toContain('Did you mean "error"?')
    expect(problems[2]?.message.en).toContain('Did you mean "error"?')
    expect(problems[3]?.message.en).not.toContain('Did you mean')
  })

  it('refuses a wrong or missing version', () => {
    expect(problemsOf({ version: 2, rules: {} })).toEqual([
      {
        code: 'lintConfig.version',
        severity: 'error',
        pointer: '/version',
        message: {
          de: 'Die Formatversion der Regelkonfiguration (/version) muss 1 sein, nicht 2.',
          en: 'The format version of the rule configuration (/version) must be 1, not 2.',
        },
      },
    ])
    expect(problemsOf({ rules: {} })[0]?.message.en).toContain('must be 1, not nothing')
    expect(problemsOf({ version: '1' })[0]?.message.de).toContain('muss 1 sein, nicht "1"')
  })

  it('refuses what is not a configuration object, unknown settings and rules that are not an object', () => {
    expect(problemsOf([1, 2]).map((p) => [p.code, p.pointer, p.message.en])).toEqual([
      [
        'lintConfig.notObject',
        '',
        'The rule configuration must be an object with "version" and "rules", not a list.',
      ],
    ])
    expect(problemsOf(null)[0]?.message.de).toContain('nicht null')
    const problems = problemsOf({ version: 1, rule: {}, rules: ['bauplan/task-in-lane'] })
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['lintConfig.unknownProperty', '/rule'],
      ['lintConfig.rulesNotObject', '/rules'],
    ])
    expect(problems[0]?.message.en).toContain('Did you mean "rules"?')
    expect(problems[1]?.message.de).toContain('gefunden: eine Liste')
  })

  it('reports all problems of a configuration at once', () => {
    const problems = problemsOf({
      version: 0,
      rules: { 'bauplan/x': 'on', 'bauplan/task-in-lane': 'high' },
    })
    expect(problems.map((p) => p.code)).toEqual([
      'lintConfig.version',
      'lintConfig.unknownRule',
      'lintConfig.invalidLevel',
    ])
  })
})

describe('parseLintConfig', () => {
  it('reads JSON text and reports a syntax error as a problem', () => {
    expect(parseLintConfig('{"version": 1}').ok).toBe(true)
    const result = parseLintConfig('{"version": 1,}')
    expect(result.ok).toBe(false)
    expect(result.problems[0]?.code).toBe('lintConfig.syntax')
    expect(result.problems[0]?.message.de).toMatch(
      /^Die Regelkonfiguration ist kein gültiges JSON: .+/
    )
    expect(result.problems[0]?.message.en).toMatch(/^The rule configuration is not valid JSON: .+/)
  })
})
