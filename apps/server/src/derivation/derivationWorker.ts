/**
 * The body of a derivation worker thread: answers each request with its task's result (see
 * derivationTasks.ts). Started through derivationWorkerBoot.mjs, which loads TypeScript.
 */
import { parentPort } from 'node:worker_threads'
import type { DerivationReply, DerivationRequest } from './derivationMessages'
import { DERIVATION_TASKS } from './derivationTasks'
import { lowerThreadPriority } from './lowerThreadPriority'

const port = parentPort
if (!port) throw new Error('derivationWorker.ts runs only as a worker thread')
// Background work: the event loop and the append thread go first when the CPUs are busy.
lowerThreadPriority()

port.on('message', (request: DerivationRequest) => {
  void answer(request).then((reply) => port.postMessage(reply))
})

async function answer({ id, task, input }: DerivationRequest): Promise<DerivationReply> {
  try {
    const run = DERIVATION_TASKS[task] as (input: unknown) => Promise<unknown>
    if (typeof run !== 'function') throw new TypeError(`unknown derivation task "${String(task)}"`)
    return { id, ok: true, value: await run(input) }
  } catch (error) {
    const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown }
    return {
      id,
      ok: false,
      error: {
        name: typeof name === 'string' ? name : 'Error',
        message: typeof message === 'string' ? message : String(error),
        ...(typeof code === 'string' ? { code } : {}),
      },
    }
  }
}
