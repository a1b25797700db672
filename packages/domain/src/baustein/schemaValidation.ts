// Validates metadata against the JSON schema and reports every violation as a Problem.
import Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Problem } from '../problem'
import type { Baustein } from './Baustein.generated'
import { bausteinSchema } from './bausteinSchema'
import { collapseConditionalErrors } from './conditionalRules'
import { schemaErrorToProblem } from './schemaErrorToProblem'

let compiled: ValidateFunction<Baustein> | undefined

/** Compiled on first use: compiling costs tens of milliseconds that importers should not pay. */
function validator(): ValidateFunction<Baustein> {
  if (compiled === undefined) {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      // bedingung.wert may be text, number or boolean; a type list says that most plainly.
      allowUnionTypes: true,
      // Puts the offending value and the parent schema on each error, which the messages quote.
      verbose: true,
    })
    addFormats(ajv)
    compiled = ajv.compile<Baustein>(bausteinSchema)
  }
  return compiled
}

export type SchemaCheck = { valid: true; value: Baustein } | { valid: false; problems: Problem[] }

export function checkAgainstSchema(data: unknown): SchemaCheck {
  const validate = validator()
  if (validate(data)) return { valid: true, value: data }
  const { remaining, problems } = collapseConditionalErrors(validate.errors ?? [], data)
  return { valid: false, problems: [...problems, ...remaining.map(schemaErrorToProblem)] }
}
