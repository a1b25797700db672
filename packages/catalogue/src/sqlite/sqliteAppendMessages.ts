import type { TransferredError, TransferredOutcome } from '../collab/collabOutcomeTransfer'
import type { NewCollabUpdate } from '../collab/collabRecords'

/** What the append thread is started with. */
export interface AppendThreadData {
  file: string
  busyTimeoutMs: number
}

/** One append group for the thread; `at` is the store clock's time, so both threads agree on it. */
export interface AppendRequest {
  id: number
  inputs: NewCollabUpdate[]
  at: string
}

/**
 * The group's outcomes, or why the thread could not write it at all (nothing stored). `commit`
 * numbers the thread's transactions: groups that queued while the thread was writing share one.
 */
export type AppendReply = { id: number; commit: number } & (
  { outcomes: TransferredOutcome[] } | { failure: TransferredError }
)
