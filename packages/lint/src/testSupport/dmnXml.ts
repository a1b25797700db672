// Inline DMN for tests, read with the domain's parseDmn and readDmnFacts as checkBausteinFolder does.
import { parseDmn, readDmnFacts, type DmnFileFacts } from '@bauplan/domain'

export interface TestDecision {
  id: string
  name: string
  /** Input expressions of the decision table. */
  inputs: string[]
  /** Output types; several make a multi-output table. */
  outputTypes?: string[]
}

export function dmnXml(decisions: readonly TestDecision[]): string {
  const decisionXml = decisions
    .map(({ id, name, inputs, outputTypes = ['number'] }) => {
      const inputXml = inputs
        .map(
          (expression, index) =>
            `<input id="${id}_In${index}" label="Eingabe ${index}"><inputExpression id="${id}_Expr${index}" typeRef="string"><text>${expression}</text></inputExpression></input>`
        )
        .join('')
      const outputXml = outputTypes
        .map(
          (typeRef, index) =>
            `<output id="${id}_Out${index}" name="ergebnis${index}" typeRef="${typeRef}" />`
        )
        .join('')
      return `<decision id="${id}" name="${name}"><decisionTable id="${id}_Table" hitPolicy="FIRST">${inputXml}${outputXml}</decisionTable></decision>`
    })
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Test" name="Test" namespace="urn:test">${decisionXml}</definitions>`
}

export async function dmnFacts(
  file: string,
  decisions: readonly TestDecision[]
): Promise<DmnFileFacts> {
  const parsed = await parseDmn(dmnXml(decisions), { file })
  if (!parsed.definitions)
    throw new Error(`test DMN did not parse: ${JSON.stringify(parsed.problems)}`)
  return { file, facts: readDmnFacts(parsed.definitions) }
}
