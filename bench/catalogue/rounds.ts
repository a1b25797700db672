import type { Random } from './random'
import { timedWithCpu, type Deadline } from './timing'

export interface Operation {
  label: string
  /** Report rows this operation's samples count towards, e.g. "search, text only". */
  groups: readonly string[]
  /**
   * Report rows that get the CPU time this process spent in the call instead of its wall time. Only
   * meaningful where the work runs in this process (SQLite): it is what the call costs even when
   * other programs share the machine.
   */
  cpuGroups?: readonly string[]
  run(): Promise<unknown>
}

export interface RoundsResult {
  /** Milliseconds per call, by operation label. */
  samples: Map<string, number[]>
  /** Milliseconds per call, by group. */
  groups: Map<string, number[]>
  roundsDone: number
  /** True when the deadline stopped the measurement before all rounds ran. */
  cutShort: boolean
}

/**
 * Runs every operation once per round, in a fresh shuffled order each round, so caching effects and
 * slow neighbours spread over all operations rather than always hitting the same one. Warm-up rounds
 * run the same calls untimed first: the first touch of a page or a prepared statement is not what a
 * running server sees. One call at a time — latency, not throughput.
 */
export async function runRounds(
  operations: readonly Operation[],
  options: { warmupRounds: number; rounds: number; random: Random; deadline: Deadline }
): Promise<RoundsResult> {
  const result: RoundsResult = {
    samples: new Map(operations.map((op) => [op.label, []])),
    groups: new Map(),
    roundsDone: 0,
    cutShort: false,
  }
  for (let round = 0; round < options.warmupRounds; round++) {
    for (const op of options.random.sample(operations, operations.length)) await op.run()
  }
  for (let round = 0; round < options.rounds; round++) {
    if (options.deadline.passed()) {
      result.cutShort = true
      break
    }
    for (const op of options.random.sample(operations, operations.length)) {
      const { ms, cpuMs } = await timedWithCpu(() => op.run())
      result.samples.get(op.label)?.push(ms)
      const add = (name: string, value: number) => {
        const group = result.groups.get(name) ?? []
        group.push(value)
        result.groups.set(name, group)
      }
      for (const name of op.groups) add(name, ms)
      for (const name of op.cpuGroups ?? []) add(name, cpuMs)
    }
    result.roundsDone++
  }
  return result
}
