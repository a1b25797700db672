import { FeelDate } from 'feelin'
import { describe, expect, it } from 'vitest'
import {
  compileXml,
  decision,
  decisionTable,
  definitionsXml,
  inputData,
  knowledge,
  literal,
  requires,
} from '../__fixtures__/dmnModels'
import { evaluateDecision } from './evaluateDecision'
import { invokeBusinessKnowledgeModel, invokeDecisionService } from './invoke'

describe('decision requirement graphs', () => {
  const drg = definitionsXml(
    inputData('Input_Income', 'Monthly Income', 'number') +
      inputData('Input_Age', 'Age', 'number') +
      decision(
        'Decision_Yearly',
        'Yearly Income',
        literal('Monthly Income * 12'),
        requires('requiredInput', 'Input_Income')
      ) +
      decision(
        'Decision_Class',
        'Income Class',
        literal('if Yearly Income > 50000 and Age >= 18 then "high" else "normal"'),
        requires('requiredDecision', 'Decision_Yearly') + requires('requiredInput', 'Input_Age')
      )
  )

  it('evaluates required decisions first and binds results and inputs by name', async () => {
    const model = await compileXml(drg)
    const evaluation = evaluateDecision(model, 'Decision_Class', {
      'Monthly Income': 5000,
      Age: 30,
    })
    expect(evaluation.result).toBe('high')
    expect(evaluation.outputs).toEqual({ 'Income Class': 'high' })
    expect(evaluation.trace).toEqual([
      { decisionId: 'Decision_Yearly', decisionName: 'Yearly Income', result: 60000 },
      { decisionId: 'Decision_Class', decisionName: 'Income Class', result: 'high' },
    ])
    expect(evaluation.errors).toEqual([])
  })

  it('accepts the decision name as well as its id', async () => {
    const model = await compileXml(drg)
    expect(evaluateDecision(model, 'Yearly Income', { 'Monthly Income': 1 }).result).toBe(12)
  })

  it('reports an unknown decision id, listing the decisions there are', async () => {
    const model = await compileXml(drg)
    const evaluation = evaluateDecision(model, 'Decision_Nope', {})
    expect(evaluation.result).toBeNull()
    expect(evaluation.errors).toHaveLength(1)
    expect(evaluation.errors[0]).toMatchObject({ code: 'dmn.unknownDecision', severity: 'error' })
    expect(evaluation.errors[0]?.message.de).toContain('„Decision_Nope“')
    expect(evaluation.errors[0]?.message.en).toContain('Decision_Yearly, Decision_Class')
  })

  it('reports inputs the model does not declare, naming the declared ones', async () => {
    const model = await compileXml(drg)
    const evaluation = evaluateDecision(model, 'Decision_Yearly', {
      'Monthly Income': 1,
      Salary: 2,
    })
    expect(evaluation.result).toBe(12)
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.undeclaredInput'])
    expect(evaluation.errors[0]?.message.en).toContain('"Salary"')
    expect(evaluation.errors[0]?.message.en).toContain('Monthly Income')
  })

  it('takes the variables of a model without input data as its inputs (Camunda style)', async () => {
    const model = await compileXml(
      definitionsXml(
        decision(
          'Decision_Fee',
          'Fee',
          decisionTable({
            inputs: [{ text: 'dogs' }],
            outputs: [{ name: 'fee' }],
            rules: [
              ['1', '65'],
              ['>= 2', '100'],
            ],
          })
        )
      )
    )
    expect(evaluateDecision(model, 'Decision_Fee', { dogs: 2 }).outputs).toEqual({ fee: 100 })
    expect(evaluateDecision(model, 'Decision_Fee', { cats: 2 }).errors.map((e) => e.code)).toEqual([
      'dmn.undeclaredInput',
    ])
  })
})

describe('types of inputs and results', () => {
  it('reads a JSON string as a date for an input of type date', async () => {
    const model = await compileXml(
      definitionsXml(
        inputData('Input_Day', 'day', 'date') +
          decision(
            'Decision_Next',
            'next',
            literal('day + duration("P1D")'),
            requires('requiredInput', 'Input_Day')
          )
      )
    )
    const evaluation = evaluateDecision(model, 'Decision_Next', { day: '2024-02-28' })
    expect(evaluation.result).toBeInstanceOf(FeelDate)
    expect(String(evaluation.result)).toBe('2024-02-29')
  })

  it('replaces a value outside the allowed values of its item definition by null, with an error', async () => {
    const model = await compileXml(
      definitionsXml(
        `<itemDefinition name="tStatus"><typeRef>string</typeRef><allowedValues><text>"open","closed"</text></allowedValues></itemDefinition>` +
          inputData('Input_Status', 'status', 'tStatus') +
          decision(
            'Decision_Echo',
            'echo',
            literal('status'),
            requires('requiredInput', 'Input_Status')
          )
      )
    )
    expect(evaluateDecision(model, 'Decision_Echo', { status: 'open' }).result).toBe('open')
    const wrong = evaluateDecision(model, 'Decision_Echo', { status: 'lost' })
    expect(wrong.result).toBeNull()
    expect(wrong.errors.map((e) => e.code)).toEqual(['dmn.typeMismatch'])
  })

  it('checks a decision result against its type and structures against their components', async () => {
    const model = await compileXml(
      definitionsXml(
        `<itemDefinition name="tPerson"><itemComponent name="name"><typeRef>string</typeRef></itemComponent><itemComponent name="age"><typeRef>number</typeRef></itemComponent></itemDefinition>` +
          decision('Decision_Ok', 'ok', literal('{name: "Ada", age: 36}'), '', 'tPerson') +
          decision('Decision_Bad', 'bad', literal('{name: "Ada", age: "old"}'), '', 'tPerson') +
          decision('Decision_Number', 'number', literal('"42"'), '', 'number')
      )
    )
    expect(evaluateDecision(model, 'Decision_Ok').result).toEqual({ name: 'Ada', age: 36 })
    expect(evaluateDecision(model, 'Decision_Bad').result).toBeNull()
    expect(evaluateDecision(model, 'Decision_Number').errors[0]?.message.en).toContain(
      '"42" is not a number'
    )
  })
})

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

describe('FEEL that does not parse', () => {
  it('names the decision, the rule and the input column, in German and English', async () => {
    const model = await compileXml(
      definitionsXml(
        decision(
          'Decision_Fee',
          'Gebühr',
          decisionTable({
            inputs: [{ text: 'dogs', label: 'Anzahl Hunde' }],
            outputs: [{ name: 'fee' }],
            rules: [
              ['1', '65'],
              ['>= 2 )', '100'],
            ],
          })
        )
      )
    )
    expect(model.problems).toHaveLength(1)
    const problem = model.problems[0]!
    expect(problem).toMatchObject({ code: 'dmn.feelSyntax', severity: 'error', elementId: 'Rule2' })
    expect(problem.message.de).toBe(
      'Entscheidung „Gebühr“, Regel 2, Eingabespalte 1 („Anzahl Hunde“): Der FEEL-Test „>= 2 )“ ist ungültig: unerwartetes „)“ an Position 6.'
    )
    expect(problem.message.en).toBe(
      'Decision "Gebühr", rule 2, input column 1 ("Anzahl Hunde"): the FEEL unary test ">= 2 )" does not parse: unexpected ")" at position 6.'
    )
    // The rest of the table still works; the bad cell never matches and is reported on evaluation.
    const evaluation = evaluateDecision(model, 'Decision_Fee', { dogs: 1 })
    expect(evaluation.result).toBe(65)
    expect(evaluation.errors.map((e) => e.code)).toEqual(['dmn.feelSyntax'])
  })

  it('names the output column of a bad output entry', async () => {
    const model = await compileXml(
      definitionsXml(
        decision(
          'Decision_Fee',
          'Fee',
          decisionTable({
            inputs: [{ text: 'dogs' }],
            outputs: [{ name: 'fee' }],
            rules: [['-', '65 +']],
          })
        )
      )
    )
    expect(model.problems[0]?.message.en).toBe(
      'Decision "Fee", rule 1, output column 1 ("fee"): the FEEL expression "65 +" does not parse: it ends too early (position 5).'
    )
  })
})
