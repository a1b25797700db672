import { FeelDate, FeelDuration } from 'feelin'
import { describe, expect, it } from 'vitest'
import { sameValue } from './compareValues'
import { failureCause } from './failureCause'
import { toFeelValue } from './tckValues'
import { readTckTestFile, type TckValue } from './testFile'

const file = `<?xml version="1.0" encoding="UTF-8"?>
<testCases xmlns="http://www.omg.org/spec/DMN/20160719/testcase"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <modelName>0010-multi-output-U.dmn</modelName>
  <testCase id="001">
    <inputNode name="Age"><value xsi:type="xsd:decimal">18</value></inputNode>
    <inputNode name="Applicant">
      <component name="name"><value xsi:type="xsd:string">Ada</value></component>
      <component name="since"><value xsi:type="xsd:date">2020-01-31</value></component>
    </inputNode>
    <inputNode name="Scores"><list><item><value xsi:type="xsd:double">1.5</value></item><item><value xsi:nil="true"/></item></list></inputNode>
    <resultNode name="Approval" type="decision"><expected><value xsi:type="xsd:string">Approved</value></expected></resultNode>
    <resultNode name="Broken" errorResult="true"><expected><value xsi:nil="true"/></expected></resultNode>
  </testCase>
  <testCase id="002" type="decisionService" invocableName="service">
    <resultNode name="d"><expected><value xsi:type="xsd:duration">P1Y</value></expected></resultNode>
  </testCase>
</testCases>`

describe('TCK test files', () => {
  it('reads test cases, inputs and expected results with their value encodings', () => {
    const read = readTckTestFile(file)
    expect(read.modelName).toBe('0010-multi-output-U.dmn')
    expect(read.testCases.map((t) => [t.id, t.type, t.invocableName])).toEqual([
      ['001', 'decision', undefined],
      ['002', 'decisionService', 'service'],
    ])
    const [first] = read.testCases
    const inputs = Object.fromEntries(
      first!.inputs.map((input) => [input.name, toFeelValue(input.value)])
    )
    expect(inputs.Age).toBe(18)
    expect(inputs.Scores).toEqual([1.5, null])
    const applicant = inputs.Applicant as Record<string, unknown>
    expect(applicant.name).toBe('Ada')
    expect(applicant.since).toBeInstanceOf(FeelDate)
    expect(first!.results.map((r) => [r.name, r.errorResult])).toEqual([
      ['Approval', false],
      ['Broken', true],
    ])
    expect(toFeelValue(read.testCases[1]!.results[0]!.expected)).toBeInstanceOf(FeelDuration)
  })
})

describe('comparing results with TCK expectations', () => {
  const scalar = (xsdType: string, text: string): TckValue => ({ kind: 'scalar', xsdType, text })

  it('compares numbers within 1e-8, relative above 1', () => {
    expect(sameValue(scalar('decimal', '0.36787944'), Math.exp(-1))).toBe(true)
    expect(sameValue(scalar('decimal', '0.3'), 0.1 + 0.2)).toBe(true)
    expect(sameValue(scalar('decimal', '1E+20'), 1.0000000001e20)).toBe(true)
    expect(sameValue(scalar('decimal', '0.3'), 0.31)).toBe(false)
    expect(sameValue(scalar('decimal', '1'), '1')).toBe(false)
  })

  it('compares dates, times and durations by value and zone, not by spelling', () => {
    const feel = (text: string) => toFeelValue(scalar('duration', text))
    expect(sameValue(scalar('duration', 'P1Y'), feel('P12M'))).toBe(true)
    expect(sameValue(scalar('duration', 'P1Y'), feel('P13M'))).toBe(false)
    expect(
      sameValue(
        scalar('dateTime', '2020-01-01T10:00:00Z'),
        toFeelValue(scalar('dateTime', '2020-01-01T10:00:00+00:00'))
      )
    ).toBe(true)
    expect(
      sameValue(
        scalar('dateTime', '2020-01-01T10:00:00Z'),
        toFeelValue(scalar('dateTime', '2020-01-01T11:00:00+01:00'))
      )
    ).toBe(false)
  })

  it('compares lists item by item and contexts with the same entry names', () => {
    const list: TckValue = { kind: 'list', items: [scalar('string', 'a'), { kind: 'null' }] }
    expect(sameValue(list, ['a', null])).toBe(true)
    expect(sameValue(list, ['a'])).toBe(false)
    const context: TckValue = {
      kind: 'context',
      entries: [{ name: 'x', value: scalar('boolean', 'true') }],
    }
    expect(sameValue(context, { x: true })).toBe(true)
    expect(sameValue(context, { x: true, y: 1 })).toBe(false)
    expect(sameValue({ kind: 'null' }, undefined)).toBe(true)
  })

  it('names the cause of a failure so failures group', () => {
    const problem = (code: string, en: string, severity: 'error' | 'warning' = 'error') => ({
      code,
      severity,
      message: { de: en, en },
    })
    expect(
      failureCause(
        [
          problem(
            'dmn.unsupportedExpression',
            'D: unsupported boxed expression: dmn:Foo; the result is null.'
          ),
        ],
        []
      )
    ).toBe('unsupported boxed expression: dmn:Foo')
    expect(
      failureCause(
        [],
        [
          problem(
            'feel.NO_VARIABLE_FOUND',
            'FEEL warning in "x": Variable \'string join\' not found',
            'warning'
          ),
        ]
      )
    ).toBe('FEEL function not implemented: string join')
    expect(failureCause([problem('dmn.hitPolicyUnique', '…')], [])).toBe(
      'wrong result (dmn.hitPolicyUnique)'
    )
    expect(failureCause([], [])).toBe('wrong result')
  })
})
