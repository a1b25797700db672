import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

/** Writes a group in one transaction: refusals come back as outcomes, a database failure throws. */
export type CollabGroupWriter = (
  inputs: readonly NewCollabUpdate[]
) => Promise<CollabAppendOutcome[]>

/**
 * Writes `inputs` as one group; if that transaction fails as a whole (a database error, not a
 * refusal: those are outcomes), writes each append again alone, one after another in input order, so
 * one append the database cannot take does not fail the up to 255 others of its group. An append
 * that fails alone too gets that error as its outcome.
 *
 * Nothing of the failed group is stored (its transaction rolled back), so the retries store each
 * update once — unless the failure was a lost connection during COMMIT, which may have committed:
 * then an update can be stored twice, which a Yjs document absorbs (applying an update again
 * changes nothing).
 */
export async function writeGroupOrEachAlone(
  inputs: readonly NewCollabUpdate[],
  writeGroup: CollabGroupWriter
): Promise<CollabAppendOutcome[]> {
  try {
    return await writeGroup(inputs)
  } catch (error) {
    if (inputs.length === 1) return [{ ok: false, error }]
  }
  const outcomes: CollabAppendOutcome[] = []
  for (const input of inputs) {
    try {
      const [outcome] = await writeGroup([input])
      outcomes.push(outcome ?? { ok: false, error: new TypeError('a group of one had no outcome') })
    } catch (error) {
      outcomes.push({ ok: false, error })
    }
  }
  return outcomes
}
