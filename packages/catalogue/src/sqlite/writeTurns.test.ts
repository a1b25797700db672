import { describe, expect, it } from 'vitest'
import { WriteTurns } from './writeTurns'

/** A piece of work that ends when the test says so. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('WriteTurns', () => {
  it('lets several shared holders overlap, but an exclusive one waits for all of them', async () => {
    const turns = new WriteTurns()
    const log: string[] = []
    const a = gate()
    const b = gate()
    const first = turns.shared(async () => (log.push('a'), await a.opened))
    const second = turns.shared(async () => (log.push('b'), await b.opened))
    const write = turns.exclusive(() => log.push('write'))
    await turn()
    expect(log).toEqual(['a', 'b'])
    a.open()
    await first
    await turn()
    expect(log).toEqual(['a', 'b'])
    b.open()
    await Promise.all([second, write])
    expect(log).toEqual(['a', 'b', 'write'])
  })

  it('holds back shared holders that come after a waiting exclusive one (no starvation)', async () => {
    const turns = new WriteTurns()
    const log: string[] = []
    const a = gate()
    const first = turns.shared(async () => (log.push('a'), await a.opened))
    const write = turns.exclusive(async () => {
      log.push('write')
      await turn()
      log.push('write done')
    })
    const later = turns.shared(async () => log.push('later'))
    await turn()
    expect(log).toEqual(['a'])
    a.open()
    await Promise.all([first, write, later])
    expect(log).toEqual(['a', 'write', 'write done', 'later'])
  })

  it('runs exclusive holders one at a time and passes on results and errors', async () => {
    const turns = new WriteTurns()
    let inside = 0
    let most = 0
    const work = async (value: number) => {
      inside++
      most = Math.max(most, inside)
      await turn()
      inside--
      if (value === 2) throw new Error('zwei')
      return value
    }
    const results = await Promise.allSettled([1, 2, 3].map((v) => turns.exclusive(() => work(v))))
    expect(most).toBe(1)
    expect(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))
    ).toEqual([1, 'zwei', 3])
    // A synchronous throw releases the turn too.
    await expect(
      turns.exclusive(() => {
        throw new Error('sofort')
      })
    ).rejects.toThrow('sofort')
    expect(await turns.shared(async () => 'frei')).toBe('frei')
  })
})
