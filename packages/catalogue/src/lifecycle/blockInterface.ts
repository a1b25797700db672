import type { Baustein, BausteinInterface, Datenfeld, DmnFileFacts } from '@bauplan/domain'

type InterfaceField = BausteinInterface['inputs'][number]

/**
 * XDatenfelder `anzahl` is `min:max`; a field is required when its minimum is at least 1. A field
 * without `anzahl` counts as required (1:1, the XDatenfelder default), so leaving the multiplicity out
 * can never hide a new mandatory input from the version rule.
 */
function isRequired(field: Datenfeld): boolean {
  const min = Number((field.anzahl ?? '1:1').split(':')[0])
  return Number.isFinite(min) && min >= 1
}

function fieldOf(field: Datenfeld): InterfaceField {
  return {
    id: field.id,
    datentyp: field.datentyp,
    required: isRequired(field),
    ...(field.felder ? { felder: field.felder.map(fieldOf) } : {}),
  }
}

function fieldsOf(groups: Baustein['eingehendeDaten']): InterfaceField[] {
  return (groups ?? []).flatMap((group) => (group.felder ?? []).map(fieldOf))
}

/**
 * What callers see of a block (the input of the domain version rule `requiredBump`): the process id
 * from `artefakte.bpmn`, the data fields of `eingehendeDaten`/`ausgehendeDaten`, and every decision of
 * its DMN files with the variables its inputs read (input expressions) and the names it outputs.
 */
export function blockInterfaceOf(
  metadata: Baustein,
  dmn: readonly DmnFileFacts[]
): BausteinInterface {
  return {
    processId: metadata.artefakte.bpmn.processId,
    inputs: fieldsOf(metadata.eingehendeDaten),
    outputs: fieldsOf(metadata.ausgehendeDaten),
    decisions: dmn.flatMap(({ facts }) =>
      facts.decisions.map((decision) => ({
        id: decision.id,
        inputs: decision.inputs
          .map((input) => input.expression ?? input.label ?? input.id ?? '')
          .filter((name) => name !== ''),
        outputs: decision.outputs
          .map((output) => output.name ?? output.label ?? output.id ?? '')
          .filter((name) => name !== ''),
      }))
    ),
  }
}
