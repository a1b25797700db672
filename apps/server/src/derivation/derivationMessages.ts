import type { DerivationTaskName } from './derivationTasks'

/** Main thread → worker: run `task` with `input`, answer with the same `id`. */
export interface DerivationRequest {
  id: number
  task: DerivationTaskName
  input: unknown
}

/** Worker → main thread. An error crosses as its name, message and code (not its class). */
export type DerivationReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } }
