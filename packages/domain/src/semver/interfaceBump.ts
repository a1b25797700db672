import type { BumpKind } from './version'
import { change, type BausteinInterface, type InterfaceChange } from './bausteinInterface'
import { compareInputs, compareOutputs, flatten } from './fieldChanges'
import { compareDecisions } from './decisionChanges'

/**
 * Lists every change between two interfaces with the bump it needs. The principle: **major** if an
 * existing caller can break (it loses something it reads, or must now supply something it does not
 * send, or a type changes under it); **minor** if the interface changes but every existing caller
 * keeps working (additions, relaxations, inputs the block no longer needs: callers may keep sending
 * them); no entry at all if the interface is unchanged (the release is then a patch).
 */
export function interfaceChanges(
  previous: BausteinInterface,
  next: BausteinInterface
): InterfaceChange[] {
  const changes: InterfaceChange[] = []
  if (previous.processId !== next.processId) {
    changes.push(
      change(
        'processIdChanged',
        'major',
        next.processId,
        `Die Prozess-ID wurde von „${previous.processId}“ in „${next.processId}“ geändert; Aufrufe über die alte ID schlagen fehl.`,
        `The process id changed from "${previous.processId}" to "${next.processId}"; calls using the old id fail.`
      )
    )
  }
  compareInputs(flatten(previous.inputs), flatten(next.inputs), changes)
  compareOutputs(flatten(previous.outputs), flatten(next.outputs), changes)
  compareDecisions(previous.decisions, next.decisions, changes)
  return changes
}

/** The smallest bump that covers every change: major beats minor beats patch. */
export function requiredBump(previous: BausteinInterface, next: BausteinInterface): BumpKind {
  const changes = interfaceChanges(previous, next)
  if (changes.some((change) => change.bump === 'major')) return 'major'
  if (changes.some((change) => change.bump === 'minor')) return 'minor'
  return 'patch'
}
