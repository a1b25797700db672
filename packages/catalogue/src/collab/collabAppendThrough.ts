import type { CollabGroupWriter } from './collabGroupRetry'
import type { CollabAppendOutcome, CollabAppendResult, NewCollabUpdate } from './collabRecords'

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
