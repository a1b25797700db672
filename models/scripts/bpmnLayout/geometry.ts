/** Plain geometry for the layout: boxes, points and the grid constants every diagram shares. */

export interface Point {
  x: number
  y: number
}

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** Grid and shape sizes. Cells are larger than shapes so edges run in the gaps between shapes. */
export const GRID = {
  originX: 100,
  originY: 60,
  columnWidth: 165,
  rowHeight: 130,
  /** Rows with boundary events are taller, so an edge can leave the event below its host. */
  rowHeightWithBoundaryEvents: 160,
  poolHeaderWidth: 30,
  laneHeaderWidth: 30,
  rightPadding: 30,
  collapsedPoolHeight: 60,
  poolGap: 60,
} as const

export const SIZE = {
  activity: { width: 120, height: 80 },
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
  dataObject: { width: 36, height: 50 },
  textAnnotation: { width: 110, height: 50 },
} as const

export function centerOf(b: Bounds): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
}

export function boxAround(center: Point, width: number, height: number): Bounds {
  return { x: center.x - width / 2, y: center.y - height / 2, width, height }
}

/** True when the open interiors of two boxes share area (touching edges do not count). */
export function boxesOverlap(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function inflate(b: Bounds, margin: number): Bounds {
  return {
    x: b.x - margin,
    y: b.y - margin,
    width: b.width + 2 * margin,
    height: b.height + 2 * margin,
  }
}

export function containsBox(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

export function containsPoint(b: Bounds, p: Point): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height
}

/** Strictly inside (not on the border). */
export function strictlyInside(b: Bounds, p: Point): boolean {
  return p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height
}

/** Whether an axis-parallel segment passes through the open interior of a box. */
export function segmentCrossesBox(a: Point, b: Point, box: Bounds): boolean {
  const minX = Math.min(a.x, b.x)
  const maxX = Math.max(a.x, b.x)
  const minY = Math.min(a.y, b.y)
  const maxY = Math.max(a.y, b.y)
  return minX < box.x + box.width && maxX > box.x && minY < box.y + box.height && maxY > box.y
}

export function onBorder(b: Bounds, p: Point, tolerance = 0.5): boolean {
  const withinX = p.x >= b.x - tolerance && p.x <= b.x + b.width + tolerance
  const withinY = p.y >= b.y - tolerance && p.y <= b.y + b.height + tolerance
  const onVertical =
    withinY && (Math.abs(p.x - b.x) <= tolerance || Math.abs(p.x - (b.x + b.width)) <= tolerance)
  const onHorizontal =
    withinX && (Math.abs(p.y - b.y) <= tolerance || Math.abs(p.y - (b.y + b.height)) <= tolerance)
  return onVertical || onHorizontal
}

/**
 * Drops the points of a path that lie inside `box` at its start and replaces them with the point
 * where the path leaves the box, so an edge routed from a shape's centre starts on its border.
 */
export function clipStart(path: Point[], box: Bounds): Point[] {
  let k = 0
  while (k < path.length && strictlyInside(box, path[k] as Point)) k++
  if (k === 0 || k >= path.length) return path
  const inside = path[k - 1] as Point
  const outside = path[k] as Point
  const exit: Point =
    inside.x === outside.x
      ? { x: inside.x, y: outside.y > inside.y ? box.y + box.height : box.y }
      : { x: outside.x > inside.x ? box.x + box.width : box.x, y: inside.y }
  return [exit, ...path.slice(k)]
}

export function clipEnd(path: Point[], box: Bounds): Point[] {
  return clipStart([...path].reverse(), box).reverse()
}

/** Removes repeated points and middle points of straight runs. */
export function simplifyPath(path: Point[]): Point[] {
  const out: Point[] = []
  for (const p of path) {
    const last = out[out.length - 1]
    if (last && last.x === p.x && last.y === p.y) continue
    const prev = out[out.length - 2]
    if (
      prev &&
      last &&
      ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))
    ) {
      out[out.length - 1] = p
      continue
    }
    out.push(p)
  }
  return out
}
