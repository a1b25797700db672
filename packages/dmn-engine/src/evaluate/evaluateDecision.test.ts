import { FeelDate } from 'feelin'
import { describe, expect, it } from 'vitest'
import {
  compileXml,
  decision,
  decisionTable,
  definitionsXml,
  inputData,
  literal,
  requires,
} from '../__fixtures__/dmnModels'
import { evaluateDecision } from './evaluateDecision'

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

  it('names the item definition whose allowed values do not parse', async () => {
    const model = await compileXml(
      definitionsXml(
        `<itemDefinition name="tCode"><typeRef>string</typeRef><allowedValues><text>"a", "b</text></allowedValues></itemDefinition>`
      )
    )
    expect(model.problems.map((p) => p.code)).toEqual(['dmn.feelSyntax'])
    expect(model.problems[0]?.message.de).toMatch(
      /^Datentyp „tCode“, erlaubte Werte: Der FEEL-Test/
    )
  })

  it('words FEEL warnings in both languages', async () => {
    const model = await compileXml(
      definitionsXml(decision('Decision_W', 'w', literal('missing + 1')))
    )
    const evaluation = evaluateDecision(model, 'Decision_W')
    expect(evaluation.result).toBeNull()
    expect(evaluation.warnings[0]?.code).toBe('feel.NO_VARIABLE_FOUND')
    expect(evaluation.warnings[0]?.message.de).toContain('„missing“ hat keinen Wert')
    expect(evaluation.warnings[0]?.message.en).toContain("Variable 'missing' not found")
  })
})
