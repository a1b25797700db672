import type { Problem } from '../problem'
import { isValidRange } from '../semver/range'
import {
  isBausteinId,
  type CallActivityReferenceInput,
  type LocatedBausteinRef,
  type ReferenceProblemOptions,
} from './bausteinRef'

/**
 * Reads the references to other blocks from the call activities of a process. A call activity
 * without any `bauplan` attribute is an ordinary BPMN call and is not a reference. One with only one
 * of the two attributes, a malformed id or an invalid range is reported and left out, so every
 * returned reference is well-formed and can be resolved.
 */
export function collectReferences(
  facts: { callActivities: readonly CallActivityReferenceInput[] },
  options: ReferenceProblemOptions = {}
): { references: LocatedBausteinRef[]; problems: Problem[] } {
  const references: LocatedBausteinRef[] = []
  const problems: Problem[] = []
  for (const activity of facts.callActivities) {
    const id = activity.bausteinRef?.id?.trim() ?? ''
    const range = activity.bausteinRef?.versionRange?.trim() ?? ''
    if (id === '' && range === '') continue
    const label = describeActivity(activity)
    const problem = (code: string, de: string, en: string): Problem => ({
      code,
      severity: 'error',
      message: { de, en },
      elementId: activity.id,
      ...(options.file !== undefined ? { file: options.file } : {}),
    })
    const before = problems.length
    if (id === '') {
      problems.push(
        problem(
          'ref.missingId',
          `Der Aufruf ${label.de} hat eine Versionsangabe (bauplan:version="${range}"), aber kein bauplan:baustein: Es ist unklar, welcher Baustein gemeint ist.`,
          `The call activity ${label.en} has a version range (bauplan:version="${range}") but no bauplan:baustein: it is unclear which block is meant.`
        )
      )
    } else if (!isBausteinId(id)) {
      problems.push(
        problem(
          'ref.invalidId',
          `Der Aufruf ${label.de} verweist auf „${id}“; das ist keine Baustein-ID (erwartet wird eine URN wie urn:bauplan:baustein:sn:identitaet-pruefen).`,
          `The call activity ${label.en} refers to "${id}", which is not a block id (expected a URN such as urn:bauplan:baustein:sn:identitaet-pruefen).`
        )
      )
    }
    if (range === '') {
      if (id !== '') {
        problems.push(
          problem(
            'ref.missingRange',
            `Der Aufruf ${label.de} verweist auf den Baustein „${id}“, aber ohne bauplan:version: Ohne Versionsbereich (z. B. ^1.0.0) kann keine Version gewählt werden.`,
            `The call activity ${label.en} refers to the block "${id}" but has no bauplan:version: without a version range (e.g. ^1.0.0) no version can be chosen.`
          )
        )
      }
    } else if (!isValidRange(range)) {
      problems.push(
        problem(
          'ref.invalidRange',
          `Der Versionsbereich „${range}“ am Aufruf ${label.de} ist ungültig: erlaubt sind Bereiche wie ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x oder 1.2.3, ohne Vorabversionen.`,
          `The version range "${range}" on the call activity ${label.en} is invalid: ranges such as ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x or 1.2.3 are allowed, without pre-releases.`
        )
      )
    }
    if (problems.length === before) {
      references.push({ id, versionRange: range, elementId: activity.id })
      if (activity.calledElement === undefined || activity.calledElement.trim() === '') {
        problems.push({
          code: 'ref.missingCalledElement',
          severity: 'warning',
          message: {
            de: `Der Aufruf ${label.de} verweist auf den Baustein „${id}“, hat aber kein calledElement: Process-Engines wissen dann nicht, welchen Prozess sie starten sollen (erwartet wird die processId des Bausteins).`,
            en: `The call activity ${label.en} refers to the block "${id}" but has no calledElement: process engines then do not know which process to start (expected: the block's processId).`,
          },
          elementId: activity.id,
          ...(options.file !== undefined ? { file: options.file } : {}),
        })
      }
    }
  }
  return { references, problems }
}

function describeActivity(activity: CallActivityReferenceInput): { de: string; en: string } {
  const name = activity.name?.trim()
  if (name) return { de: `„${name}“ (${activity.id})`, en: `"${name}" (${activity.id})` }
  return { de: `„${activity.id}“`, en: `"${activity.id}"` }
}
