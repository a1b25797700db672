/**
 * External labels (events, gateways, data objects, flows). Text size is estimated from the
 * character count (bpmn-js renders 11 px Arial, about 6 px per character); each label tries a few
 * places beside its element and takes the one that covers the fewest shapes, labels and edges.
 */
import type { Bounds, Point } from './geometry'
import { boxesOverlap, segmentCrossesBox } from './geometry'

const CHAR_WIDTH = 6
const LINE_HEIGHT = 14
const MAX_WIDTH = 90
const GAP = 4

/** Width and height of a label, wrapping words at the bpmn-js external label width. */
export function measureLabel(
  text: string,
  maxWidth = MAX_WIDTH
): { width: number; height: number } {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (candidate.length * CHAR_WIDTH <= maxWidth || line === '') line = candidate
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  const longest = Math.max(1, ...lines.map((l) => l.length))
  return {
    width: Math.min(Math.max(longest * CHAR_WIDTH, 10), Math.max(maxWidth, longest * CHAR_WIDTH)),
    height: Math.max(1, lines.length) * LINE_HEIGHT,
  }
}

export interface Scene {
  shapes: Bounds[]
  labels: Bounds[]
  edges: Point[][]
}

function score(box: Bounds, scene: Scene, own: Bounds | undefined): number {
  let total = 0
  for (const shape of scene.shapes) if (shape !== own && boxesOverlap(box, shape)) total += 1000
  for (const label of scene.labels) if (boxesOverlap(box, label)) total += 100
  for (const edge of scene.edges) {
    for (let i = 1; i < edge.length; i++) {
      if (segmentCrossesBox(edge[i - 1] as Point, edge[i] as Point, box)) total += 10
    }
  }
  return total
}

/** Picks the first best candidate (candidates are in order of preference) and records it. */
function choose(candidates: Bounds[], scene: Scene, own?: Bounds): Bounds {
  let best = candidates[0] as Bounds
  let bestScore = Infinity
  for (const candidate of candidates) {
    const s = score(candidate, scene, own)
    if (s < bestScore) {
      best = candidate
      bestScore = s
    }
  }
  scene.labels.push(best)
  return best
}

function round(b: Bounds): Bounds {
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.round(b.width),
    height: Math.round(b.height),
  }
}

/** Label beside an event, gateway or data object: below, above, right, left. */
export function placeShapeLabel(
  text: string,
  shape: Bounds,
  scene: Scene,
  preferAbove = false
): Bounds {
  const { width, height } = measureLabel(text)
  const cx = shape.x + shape.width / 2
  const below = { x: cx - width / 2, y: shape.y + shape.height + GAP, width, height }
  const above = { x: cx - width / 2, y: shape.y - GAP - height, width, height }
  const right = {
    x: shape.x + shape.width + GAP,
    y: shape.y + shape.height / 2 + GAP,
    width,
    height,
  }
  const left = { x: shape.x - GAP - width, y: shape.y + shape.height / 2 + GAP, width, height }
  const order = preferAbove ? [above, below, right, left] : [below, above, right, left]
  return round(choose(order, scene, shape))
}

/** Label of a boundary event: beside it, below the host's bottom edge, on the side away from the edge. */
export function placeBoundaryLabel(text: string, event: Bounds, scene: Scene): Bounds {
  const { width, height } = measureLabel(text, 120)
  const top = event.y + event.height / 2 + GAP
  const right = { x: event.x + event.width + GAP, y: top, width, height }
  const left = { x: event.x - GAP - width, y: top, width, height }
  // Fallbacks when an edge runs beside the event: further down on either side, then centred below.
  const lower = top + LINE_HEIGHT + GAP
  const rightLower = { ...right, y: lower }
  const leftLower = { ...left, y: lower }
  const below = {
    x: event.x + event.width / 2 - width / 2,
    y: event.y + event.height + GAP,
    width,
    height,
  }
  return round(choose([right, left, rightLower, leftLower, below], scene, event))
}

/** Two places beside point `p` of a segment running from `from` towards `to` (label reads away from `p`). */
function besideSegment(p: Point, from: Point, to: Point, width: number, height: number): Bounds[] {
  if (from.y === to.y) {
    const x = to.x >= from.x ? p.x + GAP + 2 : p.x - GAP - 2 - width
    return [
      { x, y: p.y - GAP - height, width, height },
      { x, y: p.y + GAP, width, height },
    ]
  }
  const y = to.y >= from.y ? p.y + GAP : p.y - GAP - height
  return [
    { x: p.x + GAP, y, width, height },
    { x: p.x - GAP - width, y, width, height },
  ]
}

/** Label of a flow: near where it leaves its source, else near its end, else beside its longest segment. */
export function placeFlowLabel(text: string, path: Point[], scene: Scene): Bounds {
  const { width, height } = measureLabel(text, 80)
  const first = path[0] as Point
  const second = path[1] as Point
  const last = path[path.length - 1] as Point
  const beforeLast = path[path.length - 2] as Point
  let longest = 1
  for (let i = 2; i < path.length; i++) {
    const length = (a: number): number =>
      Math.abs((path[a] as Point).x - (path[a - 1] as Point).x) +
      Math.abs((path[a] as Point).y - (path[a - 1] as Point).y)
    if (length(i) > length(longest)) longest = i
  }
  const a = path[longest - 1] as Point
  const b = path[longest] as Point
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
  const candidates = [
    ...besideSegment(first, first, second, width, height),
    ...besideSegment(last, last, beforeLast, width, height),
    ...besideSegment(middle, a, b, width, height),
  ]
  return round(choose(candidates, scene))
}
