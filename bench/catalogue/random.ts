/**
 * A small seeded pseudo-random generator (mulberry32), so the same `--seed` always produces the same
 * catalogue and the same query order: two runs differ only in the machine, never in the data.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by relative weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** `count` distinct items (fewer if there are not enough), in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** A new generator derived from this one, so sub-streams do not shift when one changes. */
  fork(label: string): Random
}

function hashLabel(label: string): number {
  // FNV-1a, enough to spread labels over 32 bits.
  let hash = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((sum, w) => sum + w, 0)
      let r = next() * total
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0
        if (r < 0) return items[i] as T
      }
      return items[items.length - 1] as T
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items]
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
      }
      return pool.slice(0, Math.min(count, pool.length))
    },
    fork: (label) => createRandom((seed ^ hashLabel(label)) >>> 0),
  }
  return random
}
