import { readlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'

/**
 * How much a derivation thread gives way (Unix niceness, 0 = like the server, 19 = least). The
 * derivations are background work — a draft's files a few seconds after an edit, a compaction —
 * while the event loop relays edits and answers requests. On a small machine (2 cores in
 * bench/collab/relayBench.ts) ten write-backs a second kept a derivation thread busy most of a
 * core, and the event loop and the SQLite append thread waited for a CPU behind it: relay
 * latency rose exactly in those seconds. At 10 the thread gets about a tenth of a busy core and
 * all of an idle one.
 */
export const DERIVATION_THREAD_NICENESS = 10

/**
 * Lowers the CPU priority of the calling thread only (not of the process). On Linux a thread is a
 * task with an id of its own (`/proc/thread-self` → `<pid>/task/<tid>`), and setpriority on that
 * id changes that thread alone. Elsewhere, or if refused, nothing changes and it says so.
 */
export function lowerThreadPriority(niceness = DERIVATION_THREAD_NICENESS): boolean {
  let threadId: number
  try {
    threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
  } catch {
    return false
  }
  if (!Number.isSafeInteger(threadId) || threadId <= 0) return false
  try {
    // Only ever lower it: a thread already nicer (the whole server started with `nice`) stays so.
    if (getPriority(threadId) < niceness) setPriority(threadId, niceness)
    return true
  } catch {
    return false
  }
}
