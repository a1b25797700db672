import { describe, expect, it } from 'vitest'
import {
  compileXml,
  decision,
  decisionTable,
  definitionsXml,
  inputData,
  requires,
} from '../__fixtures__/dmnModels'
import { runDecisionTests } from './runDecisionTests'

const model = () =>
  compileXml(
    definitionsXml(
      inputData('Input_Day', 'day', 'date') +
        inputData('Input_Dogs', 'dogs', 'number') +
        decision(
          'Decision_Fee',
          'Fee',
          decisionTable({
            inputs: [{ text: 'dogs' }],
            outputs: [{ name: 'fee' }, { name: 'due' }],
            rules: [
              ['1', '65', 'day + duration("P14D")'],
              ['>= 2', '100 / 3', 'day'],
            ],
          }),
          requires('requiredInput', 'Input_Day', 'Input_Dogs')
        )
    )
  )

describe('runDecisionTests', () => {
  it('passes tests whose outputs match, comparing dates as ISO text and numbers with tolerance', async () => {
    const run = runDecisionTests(await model(), {
      tests: [
        {
          name: 'one dog',
          decisionId: 'Decision_Fee',
          eingaben: { dogs: 1, day: '2024-01-01' },
          erwartet: { fee: 65, due: '2024-01-15' },
        },
        {
          name: 'two dogs',
          decisionId: 'Decision_Fee',
          eingaben: { dogs: 2, day: '2024-01-01' },
          erwartet: { fee: 33.333333333333336 - 1e-12 },
        },
      ],
    })
    expect(run).toMatchObject({ passed: 2, failed: 0 })
    expect(run.results[0]?.matchedRules[0]?.rules).toEqual([{ ruleId: 'Rule1', index: 1 }])
  })

  it('fails with actual against expected, and on unknown outputs and errors', async () => {
    const run = runDecisionTests(await model(), [
      {
        name: 'wrong',
        decisionId: 'Decision_Fee',
        eingaben: { dogs: 1, day: '2024-01-01' },
        erwartet: { fee: 70 },
      },
      {
        name: 'typo',
        decisionId: 'Decision_Fee',
        eingaben: { dogs: 1, day: '2024-01-01' },
        erwartet: { gebuehr: 65 },
      },
      {
        name: 'undeclared',
        decisionId: 'Decision_Fee',
        eingaben: { dogs: 1, cats: 1 },
        erwartet: { fee: 65 },
      },
      { name: 'no decision', decisionId: 'Decision_None', eingaben: {}, erwartet: { fee: 65 } },
    ])
    expect(run).toMatchObject({ passed: 0, failed: 4 })
    const [wrong, typo, undeclared, missing] = run.results
    expect(wrong?.outputs).toEqual([{ name: 'fee', expected: 70, actual: 65, passed: false }])
    expect(typo?.errors.map((e) => e.code)).toEqual(['dmn.unknownOutput'])
    expect(typo?.errors[0]?.message.de).toContain('„gebuehr“')
    expect(undeclared?.outputs[0]?.passed).toBe(true)
    expect(undeclared?.errors.map((e) => e.code)).toEqual(['dmn.undeclaredInput'])
    expect(missing?.errors.map((e) => e.code)).toEqual(['dmn.unknownDecision'])
  })
})
