import { describe, expect, it } from 'vitest'
import { routeOrthogonal } from './router'

const region = { x: 0, y: 0, width: 400, height: 300 }
const xs = [25, 50, 100, 150, 200, 250, 300, 350, 375]
const ys = [25, 50, 100, 150, 200, 250, 275]

describe('routeOrthogonal', () => {
  it('goes straight when nothing is in the way', () => {
    const path = routeOrthogonal({
      start: { x: 50, y: 150 },
      end: { x: 350, y: 150 },
      obstacles: [],
      xs,
      ys,
      region,
      used: new Set(),
    })
    expect(path).toEqual([
      { x: 50, y: 150 },
      { x: 100, y: 150 },
      { x: 150, y: 150 },
      { x: 200, y: 150 },
      { x: 250, y: 150 },
      { x: 300, y: 150 },
      { x: 350, y: 150 },
    ])
  })

  it('goes around an obstacle with orthogonal segments that never enter it', () => {
    const obstacle = { x: 170, y: 110, width: 60, height: 80 }
    const path = routeOrthogonal({
      start: { x: 50, y: 150 },
      end: { x: 350, y: 150 },
      obstacles: [obstacle],
      xs,
      ys,
      region,
      used: new Set(),
    })
    expect(path).toBeDefined()
    const points = path ?? []
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]
      const b = points[i]
      expect(a?.x === b?.x || a?.y === b?.y).toBe(true)
      const midX = ((a?.x ?? 0) + (b?.x ?? 0)) / 2
      const midY = ((a?.y ?? 0) + (b?.y ?? 0)) / 2
      const inside = midX > 170 && midX < 230 && midY > 110 && midY < 190
      expect(inside).toBe(false)
    }
  })

  it('returns undefined when the target is walled in', () => {
    const walls = [{ x: 280, y: 0, width: 10, height: 300 }]
    expect(
      routeOrthogonal({
        start: { x: 50, y: 150 },
        end: { x: 350, y: 150 },
        obstacles: walls,
        xs,
        ys,
        region,
        used: new Set(),
      })
    ).toBeUndefined()
  })
})
