import type { Random } from './random'
import { timed, type Deadline } from './timing'

export interface Operation {
  label: string
  /** Report rows this operation's samples count towards, e.g. "search, text only". */
  groups: readonly string[]
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
      const { ms } = await timed(() => op.run())
      result.samples.get(op.label)?.push(ms)
      for (const name of op.groups) {
        const group = result.groups.get(name) ?? []
        group.push(ms)
        result.groups.set(name, group)
      }
    }
    result.roundsDone++
  }
  return result
}
