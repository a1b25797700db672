import { change, type InterfaceChange, type InterfaceField } from './bausteinInterface'

export interface FlatField {
  datentyp: string
  required: boolean
}

/** Nested group members become dotted paths, so a change deep inside a group is still named exactly. */
export function flatten(
  fields: readonly InterfaceField[],
  prefix = '',
  into = new Map<string, FlatField>()
): Map<string, FlatField> {
  for (const field of fields) {
    const path = prefix + field.id
    if (!into.has(path)) into.set(path, { datentyp: field.datentyp, required: field.required })
    if (field.felder) flatten(field.felder, `${path}.`, into)
  }
  return into
}

export function compareInputs(
  before: Map<string, FlatField>,
  after: Map<string, FlatField>,
  changes: InterfaceChange[]
) {
  for (const [path, old] of before) {
    const now = after.get(path)
    if (now === undefined) {
      changes.push(
        change(
          'inputRemoved',
          'minor',
          path,
          `Das Eingabefeld „${path}“ entfällt; Aufrufer dürfen es weiter senden, es wird ignoriert.`,
          `The input field "${path}" was removed; callers may keep sending it, it is ignored.`
        )
      )
    } else {
      typeChange('input', path, old, now, changes)
      if (!old.required && now.required) {
        changes.push(
          change(
            'inputMadeRequired',
            'major',
            path,
            `Das Eingabefeld „${path}“ ist jetzt Pflicht; bisherige Aufrufer, die es weglassen, werden abgewiesen.`,
            `The input field "${path}" is now required; existing callers that omit it are rejected.`
          )
        )
      } else if (old.required && !now.required) {
        changes.push(
          change(
            'inputMadeOptional',
            'minor',
            path,
            `Das Eingabefeld „${path}“ ist jetzt optional.`,
            `The input field "${path}" is now optional.`
          )
        )
      }
    }
  }
  for (const [path, now] of after) {
    if (before.has(path)) continue
    if (now.required) {
      changes.push(
        change(
          'requiredInputAdded',
          'major',
          path,
          `Das neue Pflicht-Eingabefeld „${path}“ wird von bisherigen Aufrufern nicht gesendet.`,
          `The new required input field "${path}" is not sent by existing callers.`
        )
      )
    } else {
      changes.push(
        change(
          'optionalInputAdded',
          'minor',
          path,
          `Neues optionales Eingabefeld „${path}“.`,
          `New optional input field "${path}".`
        )
      )
    }
  }
}

export function compareOutputs(
  before: Map<string, FlatField>,
  after: Map<string, FlatField>,
  changes: InterfaceChange[]
) {
  for (const [path, old] of before) {
    const now = after.get(path)
    if (now === undefined) {
      changes.push(
        change(
          'outputRemoved',
          'major',
          path,
          `Das Ausgabefeld „${path}“ entfällt; Aufrufer, die es lesen, brechen.`,
          `The output field "${path}" was removed; callers that read it break.`
        )
      )
    } else {
      typeChange('output', path, old, now, changes)
      if (old.required && !now.required) {
        changes.push(
          change(
            'outputMadeOptional',
            'major',
            path,
            `Das Ausgabefeld „${path}“ wird nicht mehr immer geliefert; Aufrufer verlassen sich darauf.`,
            `The output field "${path}" is no longer always delivered; callers rely on it.`
          )
        )
      } else if (!old.required && now.required) {
        changes.push(
          change(
            'outputMadeRequired',
            'minor',
            path,
            `Das Ausgabefeld „${path}“ wird jetzt immer geliefert.`,
            `The output field "${path}" is now always delivered.`
          )
        )
      }
    }
  }
  for (const path of after.keys()) {
    if (!before.has(path)) {
      changes.push(
        change(
          'outputAdded',
          'minor',
          path,
          `Neues Ausgabefeld „${path}“.`,
          `New output field "${path}".`
        )
      )
    }
  }
}

function typeChange(
  side: 'input' | 'output',
  path: string,
  old: FlatField,
  now: FlatField,
  changes: InterfaceChange[]
) {
  if (old.datentyp === now.datentyp) return
  const de = side === 'input' ? 'Eingabefeldes' : 'Ausgabefeldes'
  changes.push(
    change(
      `${side}TypeChanged`,
      'major',
      path,
      `Der Datentyp des ${de} „${path}“ wurde von „${old.datentyp}“ in „${now.datentyp}“ geändert.`,
      `The data type of the ${side} field "${path}" changed from "${old.datentyp}" to "${now.datentyp}".`
    )
  )
}
