import { describe, expect, it } from 'vitest'
import { moddleWarningToProblem } from './moddleWarnings'
import { scanDmnSource } from './sourceIndex'

const source = scanDmnSource('<definitions id="d">\n  <decision id="D1" />\n</definitions>')

describe('moddleWarningToProblem', () => {
  it('converts moddle 0-based positions to 1-based ones', () => {
    const problem = moddleWarningToProblem(
      {
        message:
          'unparsable content <x:y/> detected\n\tline: 1\n\tcolumn: 2\n\tnested error: unrecognized element <x:y>',
      },
      source,
      'a.dmn'
    )
    expect(problem).toMatchObject({ code: 'dmn.unknownElement', line: 2, column: 3, file: 'a.dmn' })
    expect(problem.message.en).toContain('<x:y>')
  })

  it('places an unresolved reference at the referring element when it has an id', () => {
    const problem = moddleWarningToProblem(
      {
        message: 'unresolved reference <X>',
        element: { $type: 'dmn:Decision', id: 'D1' },
        property: 'dmn:foo',
      },
      source
    )
    expect(problem).toMatchObject({
      code: 'dmn.unresolvedReference',
      elementId: 'D1',
      line: 2,
      column: 13,
    })
    expect(problem.message.de).toContain('in dmn:foo auf „X“')
  })

  it('names the element type when the referring element has no id', () => {
    const problem = moddleWarningToProblem(
      { message: 'unresolved reference <X>', element: { $type: 'dmndi:DMNEdge' } },
      source
    )
    expect(problem.elementId).toBeUndefined()
    expect(problem.message.en).toContain('<dmndi:DMNEdge>')
  })

  it('passes any other warning through as dmn.parseWarning in both languages', () => {
    const problem = moddleWarningToProblem({ message: 'something new' }, source)
    expect(problem).toMatchObject({ code: 'dmn.parseWarning', severity: 'warning' })
    expect(problem.message.de).toBe('Der DMN-Parser meldet: something new')
    expect(problem.message.en).toBe('The DMN parser reports: something new')
  })
})
