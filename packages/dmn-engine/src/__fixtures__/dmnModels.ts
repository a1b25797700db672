import { parseDmn } from '@bauplan/domain'
import { compileDmn } from '../compile/compileDmn'
import type { DecisionModel } from '../model'

/** Wraps DRG elements in a DMN 1.3 `definitions` element. */
export function definitionsXml(
  body: string,
  namespace = 'https://www.omg.org/spec/DMN/20191111/MODEL/'
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${namespace}" id="Definitions_Test" name="Test" namespace="urn:test">
${body}
</definitions>`
}

/** Parses with the real parser of @bauplan/domain and compiles; fails the test on parse errors. */
export async function compileXml(xml: string): Promise<DecisionModel> {
  const parsed = await parseDmn(xml)
  if (!parsed.definitions) {
    throw new Error(
      `test model does not parse: ${parsed.problems.map((p) => p.message.en).join('; ')}`
    )
  }
  return compileDmn(parsed.definitions, { source: xml })
}

export function inputData(id: string, name: string, typeRef?: string): string {
  return `<inputData id="${id}" name="${name}"><variable name="${name}"${typeRef ? ` typeRef="${typeRef}"` : ''}/></inputData>`
}

export function requires(kind: 'requiredDecision' | 'requiredInput', ...ids: string[]): string {
  return ids
    .map((id) => `<informationRequirement><${kind} href="#${id}"/></informationRequirement>`)
    .join('')
}

export function knowledge(...ids: string[]): string {
  return ids
    .map((id) => `<knowledgeRequirement><requiredKnowledge href="#${id}"/></knowledgeRequirement>`)
    .join('')
}

/** A decision table; `rules` are rows of input entries then output entries. */
export function decisionTable(options: {
  id?: string
  hitPolicy?: string
  aggregation?: string
  inputs: Array<{ text: string; label?: string; inputValues?: string }>
  outputs: Array<{ name: string; outputValues?: string; defaultOutput?: string; typeRef?: string }>
  rules: string[][]
}): string {
  const { inputs, outputs } = options
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const head = [
    `<decisionTable id="${options.id ?? 'Table'}"${options.hitPolicy ? ` hitPolicy="${options.hitPolicy}"` : ''}${options.aggregation ? ` aggregation="${options.aggregation}"` : ''}>`,
    ...inputs.map(
      (input, i) =>
        `<input id="In${i + 1}"${input.label ? ` label="${input.label}"` : ''}><inputExpression id="InExpr${i + 1}"><text>${escape(input.text)}</text></inputExpression>${input.inputValues ? `<inputValues><text>${escape(input.inputValues)}</text></inputValues>` : ''}</input>`
    ),
    ...outputs.map(
      (output, i) =>
        `<output id="Out${i + 1}" name="${output.name}"${output.typeRef ? ` typeRef="${output.typeRef}"` : ''}>${output.outputValues ? `<outputValues><text>${escape(output.outputValues)}</text></outputValues>` : ''}${output.defaultOutput ? `<defaultOutputEntry><text>${escape(output.defaultOutput)}</text></defaultOutputEntry>` : ''}</output>`
    ),
  ]
  const rules = options.rules.map(
    (cells, r) =>
      `<rule id="Rule${r + 1}">${cells
        .map((cell, c) =>
          c < inputs.length
            ? `<inputEntry><text>${escape(cell)}</text></inputEntry>`
            : `<outputEntry><text>${escape(cell)}</text></outputEntry>`
        )
        .join('')}</rule>`
  )
  return [...head, ...rules, '</decisionTable>'].join('\n')
}

export function decision(
  id: string,
  name: string,
  logic: string,
  extra = '',
  typeRef?: string
): string {
  return `<decision id="${id}" name="${name}"><variable name="${name}"${typeRef ? ` typeRef="${typeRef}"` : ''}/>${extra}${logic}</decision>`
}

export function literal(text: string): string {
  return `<literalExpression><text>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</text></literalExpression>`
}
