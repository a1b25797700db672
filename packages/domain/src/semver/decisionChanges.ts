import { change, type InterfaceChange, type InterfaceDecision } from './bausteinInterface'

/** Decisions are compared by id; their inputs and outputs by variable name. */
export function compareDecisions(
  before: readonly InterfaceDecision[],
  after: readonly InterfaceDecision[],
  changes: InterfaceChange[]
) {
  const afterById = new Map(after.map((decision) => [decision.id, decision]))
  const beforeIds = new Set(before.map((decision) => decision.id))
  for (const old of before) {
    const now = afterById.get(old.id)
    if (now === undefined) {
      changes.push(
        change(
          'decisionRemoved',
          'major',
          old.id,
          `Die Entscheidung „${old.id}“ entfällt; Aufrufer, die sie auswerten, brechen.`,
          `The decision "${old.id}" was removed; callers that evaluate it break.`
        )
      )
      continue
    }
    const subject = (name: string) => `${old.id}/${name}`
    for (const name of old.outputs) {
      if (!now.outputs.includes(name)) {
        changes.push(
          change(
            'decisionOutputRemoved',
            'major',
            subject(name),
            `Das Ergebnis „${name}“ der Entscheidung „${old.id}“ entfällt.`,
            `The result "${name}" of the decision "${old.id}" was removed.`
          )
        )
      }
    }
    for (const name of now.outputs) {
      if (!old.outputs.includes(name)) {
        changes.push(
          change(
            'decisionOutputAdded',
            'minor',
            subject(name),
            `Neues Ergebnis „${name}“ der Entscheidung „${old.id}“.`,
            `New result "${name}" of the decision "${old.id}".`
          )
        )
      }
    }
    for (const name of now.inputs) {
      if (!old.inputs.includes(name)) {
        changes.push(
          change(
            'decisionInputAdded',
            'major',
            subject(name),
            `Die Entscheidung „${old.id}“ braucht die neue Eingabe „${name}“, die bisherige Aufrufer nicht liefern.`,
            `The decision "${old.id}" needs the new input "${name}", which existing callers do not supply.`
          )
        )
      }
    }
    for (const name of old.inputs) {
      if (!now.inputs.includes(name)) {
        changes.push(
          change(
            'decisionInputRemoved',
            'minor',
            subject(name),
            `Die Entscheidung „${old.id}“ braucht die Eingabe „${name}“ nicht mehr.`,
            `The decision "${old.id}" no longer needs the input "${name}".`
          )
        )
      }
    }
  }
  for (const now of after) {
    if (!beforeIds.has(now.id)) {
      changes.push(
        change(
          'decisionAdded',
          'minor',
          now.id,
          `Neue Entscheidung „${now.id}“.`,
          `New decision "${now.id}".`
        )
      )
    }
  }
}
