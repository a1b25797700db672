/**
 * Orthogonal edge routing: a shortest path search (A*) over the grid lines between shapes, where a
 * bend costs extra and segments already used by earlier edges cost a little more, so edges come out
 * as few-bend Manhattan lines that never pass through a shape and spread over free gutters.
 */
import type { Bounds, Point } from './geometry'
import { segmentCrossesBox, strictlyInside } from './geometry'

/** Distance edges keep from shapes they pass (except where they leave or enter their own shapes). */
const CLEARANCE = 4
const BEND_COST = 40
const SHARED_SEGMENT_COST = 25
/** Meeting another edge at a grid point (crossing or touching it) costs a little, so edges keep apart. */
const SHARED_POINT_COST = 15

export interface RouteRequest {
  /** Centre of the source (the path is clipped to the source border afterwards). */
  start: Point
  end: Point
  /** The edge's own source and target shapes: it may run inside them, straight to their centres. */
  startBox?: Bounds
  endBox?: Bounds
  obstacles: Bounds[]
  xs: number[]
  ys: number[]
  /** The path stays strictly inside this box (the pool, or the whole diagram for message flows). */
  region: Bounds
  /** Segment keys (`segmentKey`) and points (`x,y`) used by edges routed before; reusing them costs extra. */
  used: Set<string>
  /** Extra cost of leaving the start moving right, down, left, up (index 0–3). */
  exitCost?: readonly number[]
  /** Extra cost of arriving at the end moving right, down, left, up (index 0–3). */
  entryCost?: readonly number[]
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}

export function segmentKey(a: Point, b: Point): string {
  const [p, q] = a.x < b.x || (a.x === b.x && a.y < b.y) ? [a, b] : [b, a]
  return `${p.x},${p.y},${q.x},${q.y}`
}

/** Binary min-heap on (cost, insertion order), so ties resolve the same way every run. */
class Queue {
  private items: { f: number; seq: number; state: number }[] = []
  private seq = 0
  get size(): number {
    return this.items.length
  }
  push(f: number, state: number): void {
    const items = this.items
    items.push({ f, seq: this.seq++, state })
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }
  pop(): number {
    const items = this.items
    const top = items[0]?.state ?? -1
    const last = items.pop()
    if (items.length > 0 && last) {
      items[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < items.length && this.less(l, m)) m = l
        if (r < items.length && this.less(r, m)) m = r
        if (m === i) break
        this.swap(i, m)
        i = m
      }
    }
    return top
  }
  private less(a: number, b: number): boolean {
    const x = this.items[a]
    const y = this.items[b]
    if (!x || !y) return false
    return x.f < y.f || (x.f === y.f && x.seq < y.seq)
  }
  private swap(a: number, b: number): void {
    const t = this.items[a]
    const u = this.items[b]
    if (!t || !u) return
    this.items[a] = u
    this.items[b] = t
  }
}

/** Directions: 0 right, 1 down, 2 left, 3 up. */
const DX = [1, 0, -1, 0]
const DY = [0, 1, 0, -1]

/** Finds an orthogonal path from `start` to `end`, or undefined when every way is blocked. */
export function routeOrthogonal(req: RouteRequest): Point[] | undefined {
  const { region } = req
  const inRegionX = (x: number): boolean => x > region.x && x < region.x + region.width
  const inRegionY = (y: number): boolean => y > region.y && y < region.y + region.height
  const xs = uniqueSorted([...req.xs, req.start.x, req.end.x].filter(inRegionX))
  const ys = uniqueSorted([...req.ys, req.start.y, req.end.y].filter(inRegionY))
  const nx = xs.length
  const ny = ys.length
  const startIndex = ys.indexOf(req.start.y) * nx + xs.indexOf(req.start.x)
  const endIndex = ys.indexOf(req.end.y) * nx + xs.indexOf(req.end.x)
  if (startIndex < 0 || endIndex < 0) return undefined
  const point = (index: number): Point => ({
    x: xs[index % nx] as number,
    y: ys[Math.floor(index / nx)] as number,
  })
  const inflated = req.obstacles.map((b) => ({
    x: b.x - CLEARANCE,
    y: b.y - CLEARANCE,
    width: b.width + 2 * CLEARANCE,
    height: b.height + 2 * CLEARANCE,
  }))
  const blocked = (from: number, to: number): boolean => {
    const a = point(from)
    const b = point(to)
    // Leaving or entering the edge's own shape may touch a neighbour (a boundary event's host).
    const touchesEnd = from === startIndex || to === endIndex
    const boxes = touchesEnd ? req.obstacles : inflated
    if (boxes.some((box) => segmentCrossesBox(a, b, box))) return true
    // Inside its own shapes an edge runs only on the lines through their centres.
    return !onOwnAxis(req.startBox, b, req.start) || !onOwnAxis(req.endBox, b, req.end)
  }
  // No bends inside the edge's own shapes, so it leaves and enters them at a side's middle.
  const bendForbidden = (p: Point): boolean =>
    (req.startBox !== undefined && strictlyInside(req.startBox, p)) ||
    (req.endBox !== undefined && strictlyInside(req.endBox, p))

  // State = point index * 5 + incoming direction (4 = none, at the start).
  const best = new Map<number, number>()
  const previous = new Map<number, number>()
  const queue = new Queue()
  const heuristic = (index: number): number => {
    const p = point(index)
    return Math.abs(p.x - req.end.x) + Math.abs(p.y - req.end.y)
  }
  const startState = startIndex * 5 + 4
  best.set(startState, 0)
  queue.push(heuristic(startIndex), startState)
  while (queue.size > 0) {
    const state = queue.pop()
    const index = Math.floor(state / 5)
    const dir = state % 5
    const g = best.get(state) ?? Infinity
    if (index === endIndex) return reconstruct(state, previous, point)
    const ix = index % nx
    const iy = Math.floor(index / nx)
    const here = point(index)
    const atStart = index === startIndex
    for (let d = 0; d < 4; d++) {
      if (dir !== 4 && d === (dir + 2) % 4) continue
      if (dir !== 4 && d !== dir && !atStart && bendForbidden(here)) continue
      const jx = ix + (DX[d] as number)
      const jy = iy + (DY[d] as number)
      if (jx < 0 || jy < 0 || jx >= nx || jy >= ny) continue
      const next = jy * nx + jx
      if (blocked(index, next)) continue
      const a = point(index)
      const b = point(next)
      const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y)
      const cost =
        g +
        length +
        (dir !== 4 && dir !== d ? BEND_COST : 0) +
        (req.used.has(segmentKey(a, b)) ? SHARED_SEGMENT_COST : 0) +
        (next !== endIndex && req.used.has(`${b.x},${b.y}`) ? SHARED_POINT_COST : 0) +
        (atStart ? (req.exitCost?.[d] ?? 0) : 0) +
        (next === endIndex ? (req.entryCost?.[d] ?? 0) : 0)
      const nextState = next * 5 + d
      if (cost < (best.get(nextState) ?? Infinity)) {
        best.set(nextState, cost)
        previous.set(nextState, state)
        queue.push(cost + heuristic(next), nextState)
      }
    }
  }
  return undefined
}

function onOwnAxis(box: Bounds | undefined, p: Point, anchor: Point): boolean {
  return box === undefined || !strictlyInside(box, p) || p.x === anchor.x || p.y === anchor.y
}

function reconstruct(
  endState: number,
  previous: Map<number, number>,
  point: (index: number) => Point
): Point[] {
  const path: Point[] = []
  let state: number | undefined = endState
  while (state !== undefined) {
    path.push(point(Math.floor(state / 5)))
    state = previous.get(state)
  }
  return path.reverse()
}
