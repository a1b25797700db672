import { describe, expect, it } from 'vitest'
import {
  compileXml,
  decision,
  decisionTable,
  definitionsXml,
  inputData,
  requires,
} from '../__fixtures__/dmnModels'
import { evaluateDecision } from '../evaluate/evaluateDecision'

/** A model with input data `score` (number) and one decision table over it. */
async function table(options: Parameters<typeof decisionTable>[0]) {
  return compileXml(
    definitionsXml(
      inputData('Input_Score', 'score', 'number') +
        inputData('Input_Group', 'group', 'string') +
        decision(
          'Decision_T',
          'T',
          decisionTable(options),
          requires('requiredInput', 'Input_Score', 'Input_Group')
        )
    )
  )
}

const overlapping = [
  ['>= 0', '"low"'],
  ['>= 50', '"high"'],
  ['>= 90', '"top"'],
]

describe('decision tables: hit policies', () => {
  it('UNIQUE returns the one matching rule and reports its index and id', async () => {
    const model = await table({
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'grade' }],
      rules: [
        ['< 50', '"fail"'],
        ['[50..100]', '"pass"'],
      ],
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { score: 70 })
    expect(evaluation.result).toBe('pass')
    expect(evaluation.outputs).toEqual({ grade: 'pass' })
    expect(evaluation.matchedRules).toEqual([
      {
        decisionId: 'Decision_T',
        decisionName: 'T',
        tableId: 'Table',
        rules: [{ ruleId: 'Rule2', index: 2 }],
      },
    ])
    expect(evaluation.errors).toEqual([])
  })

  it('UNIQUE with two matching rules is an error naming the rules, and null', async () => {
    const model = await table({
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'grade' }],
      rules: overlapping,
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { score: 60 })
    expect(evaluation.result).toBeNull()
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.hitPolicyUnique'])
    expect(evaluation.errors[0]?.message.de).toContain('Regeln 1, 2')
    expect(evaluation.errors[0]?.message.en).toContain('rules 1, 2')
  })

  it('ANY accepts several matches with equal outputs and rejects different ones', async () => {
    const model = await table({
      hitPolicy: 'ANY',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'ok' }],
      rules: [
        ['>= 50', 'true'],
        ['>= 60', 'true'],
        ['>= 90', 'false'],
      ],
    })
    expect(evaluateDecision(model, 'Decision_T', { score: 70 }).result).toBe(true)
    const conflict = evaluateDecision(model, 'Decision_T', { score: 95 })
    expect(conflict.result).toBeNull()
    expect(conflict.errors.map((e) => e.code)).toEqual(['dmn.hitPolicyAny'])
  })

  it('FIRST returns the first match in rule order and stops there', async () => {
    const model = await table({
      hitPolicy: 'FIRST',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g' }],
      rules: overlapping,
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { score: 95 })
    expect(evaluation.result).toBe('low')
    expect(evaluation.matchedRules[0]?.rules).toEqual([{ ruleId: 'Rule1', index: 1 }])
  })

  it('PRIORITY returns the output that comes first in the output values', async () => {
    const model = await table({
      hitPolicy: 'PRIORITY',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g', outputValues: '"top","high","low"' }],
      rules: overlapping,
    })
    expect(evaluateDecision(model, 'Decision_T', { score: 95 }).result).toBe('top')
    expect(evaluateDecision(model, 'Decision_T', { score: 60 }).result).toBe('high')
  })

  it('RULE ORDER lists outputs in rule order, OUTPUT ORDER by output values', async () => {
    const ruleOrder = await table({
      hitPolicy: 'RULE ORDER',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g' }],
      rules: overlapping,
    })
    expect(evaluateDecision(ruleOrder, 'Decision_T', { score: 95 }).result).toEqual([
      'low',
      'high',
      'top',
    ])
    const outputOrder = await table({
      hitPolicy: 'OUTPUT ORDER',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g', outputValues: '"top","high","low"' }],
      rules: overlapping,
    })
    expect(evaluateDecision(outputOrder, 'Decision_T', { score: 95 }).result).toEqual([
      'top',
      'high',
      'low',
    ])
  })

  it('COLLECT without aggregation lists every match; with SUM, MIN, MAX and COUNT aggregates', async () => {
    const rules = [
      ['>= 0', '10'],
      ['>= 50', '5'],
      ['>= 90', '20'],
    ]
    const collect = async (aggregation?: string) =>
      evaluateDecision(
        await table({
          hitPolicy: 'COLLECT',
          ...(aggregation ? { aggregation } : {}),
          inputs: [{ text: 'score' }],
          outputs: [{ name: 'points' }],
          rules,
        }),
        'Decision_T',
        { score: 95 }
      ).result
    expect(await collect()).toEqual([10, 5, 20])
    expect(await collect('SUM')).toBe(35)
    expect(await collect('MIN')).toBe(5)
    expect(await collect('MAX')).toBe(20)
    expect(await collect('COUNT')).toBe(3)
  })

  it('without a match: null for single-hit, [] for lists, 0 for COUNT, null for SUM', async () => {
    const none = async (hitPolicy: string, aggregation?: string) =>
      evaluateDecision(
        await table({
          hitPolicy,
          ...(aggregation ? { aggregation } : {}),
          inputs: [{ text: 'score' }],
          outputs: [{ name: 'p' }],
          rules: [['> 100', '1']],
        }),
        'Decision_T',
        { score: 5 }
      )
    const unique = await none('UNIQUE')
    expect(unique.result).toBeNull()
    expect(unique.matchedRules[0]?.rules).toEqual([])
    expect((await none('RULE ORDER')).result).toEqual([])
    expect((await none('COLLECT')).result).toEqual([])
    expect((await none('COLLECT', 'COUNT')).result).toBe(0)
    expect((await none('COLLECT', 'SUM')).result).toBeNull()
  })
})

describe('decision tables: inputs and outputs', () => {
  it('uses the default output entry when no rule matches', async () => {
    const model = await table({
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g', defaultOutput: '"unknown"' }],
      rules: [['> 100', '"bonus"']],
    })
    expect(evaluateDecision(model, 'Decision_T', { score: 5 }).result).toBe('unknown')
  })

  it('gives a context for several output columns, and outputs by column name', async () => {
    const model = await table({
      inputs: [{ text: 'score' }, { text: 'group' }],
      outputs: [{ name: 'grade' }, { name: 'points' }],
      rules: [
        ['< 50', '-', '"fail"', '0'],
        ['>= 50', '"A","B"', '"pass"', 'score * 2'],
        ['>= 50', 'not("A","B")', '"pass"', 'score'],
      ],
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { score: 60, group: 'B' })
    expect(evaluation.result).toEqual({ grade: 'pass', points: 120 })
    expect(evaluation.outputs).toEqual({ grade: 'pass', points: 120 })
    expect(evaluateDecision(model, 'Decision_T', { score: 60, group: 'C' }).result).toEqual({
      grade: 'pass',
      points: 60,
    })
  })

  it('rejects an input outside the input values with an error and null', async () => {
    const model = await table({
      inputs: [{ text: 'group', label: 'Gruppe', inputValues: '"A","B"' }],
      outputs: [{ name: 'g' }],
      rules: [['-', '1']],
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { group: 'Z' })
    expect(evaluation.result).toBeNull()
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.valueNotAllowed'])
    expect(evaluation.errors[0]?.message.de).toContain('„Gruppe“')
  })

  it('rejects an output outside the output values', async () => {
    const model = await table({
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g', outputValues: '"low","high"' }],
      rules: [['-', '"medium"']],
    })
    const evaluation = evaluateDecision(model, 'Decision_T', { score: 1 })
    expect(evaluation.result).toBeNull()
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.valueNotAllowed'])
  })

  it('evaluates output entries as expressions over the inputs', async () => {
    const model = await table({
      hitPolicy: 'FIRST',
      inputs: [{ text: 'score' }],
      outputs: [{ name: 'g' }],
      rules: [['>= 0', 'if score > 10 then "big" else "small"']],
    })
    expect(evaluateDecision(model, 'Decision_T', { score: 11 }).result).toBe('big')
    expect(evaluateDecision(model, 'Decision_T', { score: 3 }).result).toBe('small')
  })
})
