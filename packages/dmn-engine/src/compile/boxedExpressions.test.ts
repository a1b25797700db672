import { describe, expect, it } from 'vitest'
import {
  compileXml,
  decision,
  definitionsXml,
  inputData,
  knowledge,
  literal,
  requires,
} from '../__fixtures__/dmnModels'
import { evaluateDecision } from '../evaluate/evaluateDecision'
import { invokeBusinessKnowledgeModel, invokeDecisionService } from '../evaluate/invoke'

describe('business knowledge models and decision services', () => {
  const bkm = `<businessKnowledgeModel id="BKM_Fee" name="fee"><variable name="fee"/>
    <encapsulatedLogic><formalParameter name="base" typeRef="number"/><formalParameter name="factor" typeRef="number"/>
      ${literal('base * factor')}</encapsulatedLogic></businessKnowledgeModel>`

  it('calls a BKM by name from FEEL and through an invocation', async () => {
    const invocation = `<invocation><literalExpression><text>fee</text></literalExpression>
      <binding><parameter name="factor"/>${literal('3')}</binding>
      <binding><parameter name="base"/>${literal('10')}</binding></invocation>`
    const model = await compileXml(
      definitionsXml(
        bkm +
          decision(
            'Decision_Literal',
            'literal',
            literal('fee(2, 5) + fee(factor: 1, base: 1)'),
            knowledge('BKM_Fee')
          ) +
          decision('Decision_Invocation', 'invocation', invocation, knowledge('BKM_Fee'))
      )
    )
    expect(evaluateDecision(model, 'Decision_Literal').result).toBe(11)
    expect(evaluateDecision(model, 'Decision_Invocation').result).toBe(30)
    expect(invokeBusinessKnowledgeModel(model, 'fee', { base: 4, factor: 2 }).result).toBe(8)
  })

  it('reports a binding to a parameter the BKM does not have', async () => {
    const invocation = `<invocation><literalExpression><text>fee</text></literalExpression>
      <binding><parameter name="amount"/>${literal('3')}</binding></invocation>`
    const model = await compileXml(
      definitionsXml(bkm + decision('Decision_I', 'i', invocation, knowledge('BKM_Fee')))
    )
    const evaluation = evaluateDecision(model, 'Decision_I')
    expect(evaluation.result).toBeNull()
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.unknownParameter'])
  })

  it('invokes a decision service with its input data and input decisions', async () => {
    const model = await compileXml(
      definitionsXml(
        inputData('Input_A', 'a', 'number') +
          decision('Decision_B', 'b', literal('100')) +
          decision(
            'Decision_Sum',
            'sum',
            literal('a + b'),
            requires('requiredInput', 'Input_A') + requires('requiredDecision', 'Decision_B')
          ) +
          `<decisionService id="Service_Sum" name="sumService"><variable name="sumService"/>
            <outputDecision href="#Decision_Sum"/><inputDecision href="#Decision_B"/><inputData href="#Input_A"/></decisionService>` +
          decision('Decision_Call', 'call', literal('sumService(1, 2)'), knowledge('Service_Sum'))
      )
    )
    expect(invokeDecisionService(model, 'sumService', { a: 5, b: 7 }).result).toBe(12)
    // From FEEL the parameters are the input data, then the input decisions.
    expect(evaluateDecision(model, 'Decision_Call').result).toBe(3)
  })
})

describe('boxed expressions', () => {
  it('evaluates contexts entry by entry, with a result entry', async () => {
    const context = `<context>
      <contextEntry><variable name="rate"/>${literal('0.2')}</contextEntry>
      <contextEntry><variable name="gross"/>${literal('100 * (1 + rate)')}</contextEntry>
      <contextEntry>${literal('gross - 100')}</contextEntry></context>`
    const model = await compileXml(definitionsXml(decision('Decision_C', 'c', context)))
    expect(evaluateDecision(model, 'Decision_C').result).toBeCloseTo(20)
  })

  it('evaluates lists, relations and boxed function definitions', async () => {
    const list = `<list>${literal('1')}${literal('1 + 1')}</list>`
    const relation = `<relation><column name="name"/><column name="price"/>
      <row>${literal('"widget"')}${literal('25')}</row><row>${literal('"sprocket"')}${literal('15')}</row></relation>`
    const fn = `<context><contextEntry><variable name="double"/><functionDefinition><formalParameter name="x"/>${literal('x * 2')}</functionDefinition></contextEntry>
      <contextEntry>${literal('double(21)')}</contextEntry></context>`
    const model = await compileXml(
      definitionsXml(
        decision('Decision_L', 'l', list) +
          decision('Decision_R', 'r', relation) +
          decision('Decision_F', 'f', fn)
      )
    )
    expect(evaluateDecision(model, 'Decision_L').result).toEqual([1, 2])
    expect(evaluateDecision(model, 'Decision_R').result).toEqual([
      { name: 'widget', price: 25 },
      { name: 'sprocket', price: 15 },
    ])
    expect(evaluateDecision(model, 'Decision_F').result).toBe(42)
  })

  it('reads DMN 1.5 boxed conditionals, iterators and filters from the source', async () => {
    const model = await compileXml(
      definitionsXml(
        decision(
          'Decision_If',
          'if',
          `<conditional><if>${literal('1 < 2')}</if><then>${literal('"yes"')}</then><else>${literal('"no"')}</else></conditional>`
        ) +
          decision(
            'Decision_For',
            'for',
            `<for iteratorVariable="n"><in>${literal('[1,2,3]')}</in><return>${literal('n * n')}</return></for>`
          ) +
          decision(
            'Decision_Some',
            'some',
            `<some iteratorVariable="n"><in>${literal('[1,2,3]')}</in><satisfies>${literal('n > 2')}</satisfies></some>`
          ) +
          decision(
            'Decision_Filter',
            'filter',
            `<filter><in>${literal('[1,5,10]')}</in><match>${literal('item > 3')}</match></filter>`
          ),
        'https://www.omg.org/spec/DMN/20230324/MODEL/'
      )
    )
    expect(evaluateDecision(model, 'Decision_If').result).toBe('yes')
    expect(evaluateDecision(model, 'Decision_For').result).toEqual([1, 4, 9])
    expect(evaluateDecision(model, 'Decision_Some').result).toBe(true)
    expect(evaluateDecision(model, 'Decision_Filter').result).toEqual([5, 10])
  })
})
