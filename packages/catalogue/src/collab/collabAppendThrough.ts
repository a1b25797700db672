import { requireAppendInput } from './collabAppendGroup'
import type { CollabGroupWriter } from './collabGroupRetry'
import type { CollabAppendOutcome, CollabAppendResult, NewCollabUpdate } from './collabRecords'

/**
 * An append-group writer that hands the group to somewhere else (the SQLite append thread): the
 * malformed appends are refused here first, with the same InvalidInputError the inline path gives,
 * and only the others are sent; the outcomes come back in the order of `inputs`.
 */
export function appendCollabGroupThrough(write: CollabGroupWriter): CollabGroupWriter {
  return async (inputs) => {
    const outcomes: (CollabAppendOutcome | undefined)[] = inputs.map((input) => {
      try {
        requireAppendInput(input)
        return undefined
      } catch (error) {
        return { ok: false, error }
      }
    })
    const toWrite = inputs.filter((_, index) => outcomes[index] === undefined)
    if (toWrite.length === 0) return outcomes as CollabAppendOutcome[]
    const written = await write(toWrite)
    let position = 0
    return outcomes.map(
      (outcome) =>
        outcome ??
        written[position++] ?? {
          ok: false,
          error: new TypeError('the group write returned no outcome'),
        }
    )
  }
}

/** The store's two append operations on top of a group writer. */
export function collabAppendOps(writeGroup: CollabGroupWriter) {
  return {
    async appendCollabUpdate(input: NewCollabUpdate): Promise<CollabAppendResult> {
      const [outcome] = await writeGroup([input])
      if (outcome === undefined) throw new TypeError('an append group of one returned no outcome')
      if (!outcome.ok) throw outcome.error
      return outcome.result
    },
    appendCollabUpdates: (inputs: readonly NewCollabUpdate[]): Promise<CollabAppendOutcome[]> =>
      inputs.length === 0 ? Promise.resolve([]) : writeGroup(inputs),
  }
}
