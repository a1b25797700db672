import { describe, expect, it } from 'vitest'
import { KeepaliveWheel } from './keepaliveWheel'

function wheelOf(slots: number) {
  const pinged: string[] = []
  const dropped: string[] = []
  const wheel = new KeepaliveWheel<string>({
    intervalMs: 30_000,
    slots,
    ping: (connection) => pinged.push(connection),
    drop: (connection) => dropped.push(connection),
  })
  return { wheel, pinged, dropped }
}

/** One whole interval: every slot once. */
function interval(wheel: KeepaliveWheel<string>, slots: number): void {
  for (let index = 0; index < slots; index++) wheel.tick()
}

describe('KeepaliveWheel', () => {
  it('spreads connections evenly over the slots, so each check pings a share of them', () => {
    const { wheel, pinged } = wheelOf(30)
    for (let index = 0; index < 600; index++) wheel.add(`c${index}`)
    expect(wheel.slotSizes()).toEqual(Array.from({ length: 30 }, () => 20))
    wheel.tick()
    expect(pinged).toHaveLength(20)
  })

  it('pings every connection exactly once per interval', () => {
    const { wheel, pinged } = wheelOf(4)
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) wheel.add(name)
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) wheel.answered(name)
    interval(wheel, 4)
    expect([...pinged].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('drops a connection that left its ping unanswered for an interval, and keeps the others', () => {
    const { wheel, pinged, dropped } = wheelOf(3)
    wheel.add('answers')
    wheel.add('silent')
    interval(wheel, 3)
    expect(dropped).toEqual([])
    wheel.answered('answers')
    interval(wheel, 3)
    expect(dropped).toEqual(['silent'])
    expect(pinged.filter((name) => name === 'answers')).toHaveLength(2)
    // Dropped means forgotten: not pinged or dropped again.
    wheel.answered('answers')
    interval(wheel, 3)
    expect(dropped).toEqual(['silent'])
    expect(wheel.slotSizes().reduce((sum, size) => sum + size, 0)).toBe(1)
  })

  it('forgets a removed connection, and a new one fills the emptiest slot', () => {
    const { wheel, pinged } = wheelOf(2)
    wheel.add('a')
    wheel.add('b')
    wheel.add('c')
    expect(wheel.slotSizes()).toEqual([2, 1])
    wheel.remove('a')
    expect(wheel.slotSizes()).toEqual([1, 1])
    interval(wheel, 2)
    expect([...pinged].sort()).toEqual(['b', 'c'])
    wheel.add('d')
    wheel.add('e')
    expect(wheel.slotSizes().sort()).toEqual([2, 2])
  })

  it('refuses a slot count that is not a whole number of at least 1', () => {
    expect(() => wheelOf(0)).toThrow(RangeError)
    expect(() => wheelOf(1.5)).toThrow(/whole number/)
  })
})
