/**
 * Routes every connection of a laid-out diagram: sequence flows inside their pool, message flows
 * across pools (to a collapsed pool they run vertically to its border), and the associations of data
 * objects and annotations. Edges are routed in spec order, so the result is deterministic.
 */
import type { Problem } from '@bauplan/domain'
import type { Bounds, Point } from './geometry'
import { GRID, centerOf, clipEnd, clipStart, simplifyPath } from './geometry'
import type { Layout, PoolBox } from './layout'
import { routeOrthogonal, segmentKey } from './router'
import type { DiagramSpec, FlowSpec } from './spec'
import { flowId, isActivity, messageFlowId } from './spec'

export interface RoutedEdge {
  id: string
  /** Semantic source and target ids (a pool id for message flows to a collapsed pool). */
  from: string
  to: string
  waypoints: Point[]
}

export interface Routes {
  sequenceFlows: RoutedEdge[]
  messageFlows: RoutedEdge[]
  associations: RoutedEdge[]
}

/** Column boundaries, centres and quarter lines: the vertical tracks edges may use. */
function verticalTracks(layout: Layout): number[] {
  const xs: number[] = []
  for (let c = 0; c <= layout.columnCount; c++) {
    const left = layout.contentLeft + c * GRID.columnWidth
    xs.push(left)
    if (c < layout.columnCount) xs.push(left + 38, left + 75, left + 112)
  }
  return xs
}

/** Row centres and the gutters just inside each row's top and bottom. */
function horizontalTracks(pools: PoolBox[]): number[] {
  const ys: number[] = []
  for (const pool of pools) {
    for (const band of pool.bands) {
      band.rowTops.forEach((top, r) => {
        const height = band.rowHeights[r] ?? GRID.rowHeight
        ys.push(top + 14, top + GRID.rowHeight / 2, top + height - 14)
      })
    }
  }
  for (let i = 1; i < pools.length; i++) {
    const above = pools[i - 1] as PoolBox
    ys.push(above.bounds.y + above.bounds.height + GRID.poolGap / 2)
  }
  return ys
}

function diagramBox(layout: Layout): Bounds {
  const first = layout.pools[0]?.bounds
  const last = layout.pools[layout.pools.length - 1]?.bounds
  if (!first || !last) return { x: 0, y: 0, width: 0, height: 0 }
  return {
    x: layout.contentLeft,
    y: first.y - 1,
    width: first.x + first.width - layout.contentLeft,
    height: last.y + last.height - first.y + 2,
  }
}

function noRoute(id: string): Problem {
  return {
    code: 'layout.noRoute',
    severity: 'error',
    elementId: id,
    message: {
      de: `Für „${id}“ gibt es keinen Weg, der keine anderen Elemente kreuzt; Elemente im Raster umstellen.`,
      en: `There is no path for "${id}" that avoids all other elements; rearrange elements on the grid.`,
    },
  }
}

/** How an edge uses a side of a shape; different uses of one side would draw on top of each other. */
type PortUse = 'out' | 'in' | 'message' | 'association'
const PORT_CONFLICT_COST = 150
/** Two splits (or two joins) on one side look like a single line that forks; cheaper, still avoided. */
const PORT_SHARED_COST = 60

export function routeEdges(spec: DiagramSpec, layout: Layout, problems: Problem[]): Routes {
  const xs = verticalTracks(layout)
  const ys = horizontalTracks(layout.pools)
  const used = new Set<string>()
  const ports = new Map<string, PortUse[][]>()
  const poolBox = new Map(layout.pools.map((p) => [p.id, p]))
  const shape = (id: string): Bounds => layout.shapes.get(id) as Bounds

  // Cost per movement direction (right, down, left, up) of using a side already used differently.
  const sideCosts = (shapeId: string | undefined, use: PortUse, entering: boolean): number[] =>
    [0, 1, 2, 3].map((d) => {
      const side = entering ? (d + 2) % 4 : d
      const uses = (shapeId === undefined ? undefined : ports.get(shapeId)?.[side]) ?? []
      if (uses.some((u) => u !== use)) return PORT_CONFLICT_COST
      return uses.length > 0 && use !== 'message' ? PORT_SHARED_COST : 0
    })
  const recordPort = (
    shapeId: string | undefined,
    a: Point,
    b: Point,
    use: PortUse,
    entering: boolean
  ): void => {
    if (shapeId === undefined || !layout.shapes.has(shapeId)) return
    const d = b.x > a.x ? 0 : b.y > a.y ? 1 : b.x < a.x ? 2 : 3
    const side = entering ? (d + 2) % 4 : d
    const sides = ports.get(shapeId) ?? [[], [], [], []]
    sides[side]?.push(use)
    ports.set(shapeId, sides)
  }

  const route: RouteFn = (id, fromId, start, end, region, endId, uses) => {
    const startBox = layout.shapes.get(fromId)
    const endBox = endId === undefined ? undefined : layout.shapes.get(endId)
    const obstacles = [...layout.shapes.entries()]
      .filter(([key]) => key !== fromId && key !== endId)
      .map(([, b]) => b)
    const path = routeOrthogonal({
      start,
      end,
      startBox,
      endBox,
      obstacles,
      xs,
      ys,
      region,
      used,
      exitCost: sideCosts(fromId, uses[0], false),
      entryCost: sideCosts(endId, uses[1], true),
    })
    if (!path || path.length < 2) {
      problems.push(noRoute(id))
      return undefined
    }
    for (let i = 1; i < path.length; i++)
      used.add(segmentKey(path[i - 1] as Point, path[i] as Point))
    // Inner points only: edges may still meet at the shapes they share.
    for (const p of path.slice(1, -1)) used.add(`${p.x},${p.y}`)
    recordPort(fromId, path[0] as Point, path[1] as Point, uses[0], false)
    recordPort(endId, path[path.length - 2] as Point, path[path.length - 1] as Point, uses[1], true)
    let clipped = startBox ? clipStart(path, startBox) : path
    clipped = endBox ? clipEnd(clipped, endBox) : clipped
    return simplifyPath(clipped)
  }

  const poolRegion = (poolId: string): Bounds => {
    const pool = (poolBox.get(poolId) as PoolBox).bounds
    return { ...pool, x: layout.contentLeft, width: pool.x + pool.width - layout.contentLeft }
  }

  const sequenceFlows: RoutedEdge[] = []
  // Straight flows to the next element in the same row go first, so they get the obvious side
  // and branches to other rows leave by another one.
  const sameRow = (flow: FlowSpec): boolean => {
    const a = shape(flow.from)
    const b = shape(flow.to)
    return centerOf(a).y === centerOf(b).y && b.x > a.x
  }
  const ordered = [...spec.flows.filter(sameRow), ...spec.flows.filter((f) => !sameRow(f))]
  const routedById = new Map<string, RoutedEdge>()
  for (const flow of ordered) {
    const id = flowId(flow)
    const region = poolRegion(layout.poolOf.get(flow.from) ?? '')
    const waypoints = route(
      id,
      flow.from,
      centerOf(shape(flow.from)),
      centerOf(shape(flow.to)),
      region,
      flow.to,
      ['out', 'in']
    )
    if (waypoints) routedById.set(id, { id, from: flow.from, to: flow.to, waypoints })
  }
  for (const flow of spec.flows) {
    const routed = routedById.get(flowId(flow))
    if (routed) sequenceFlows.push(routed)
  }

  const messageFlows = routeMessageFlows(spec, layout, poolBox, route)

  const associations: RoutedEdge[] = []
  const associate = (id: string, from: string, to: string): void => {
    const region = poolRegion(layout.poolOf.get(from) ?? '')
    const waypoints = route(id, from, centerOf(shape(from)), centerOf(shape(to)), region, to, [
      'association',
      'association',
    ])
    if (waypoints) associations.push({ id, from, to, waypoints })
  }
  for (const data of spec.dataObjects ?? []) {
    for (const node of data.inputTo ?? [])
      associate(`DataInputAssociation_${data.id}_${node}`, data.id, node)
    for (const node of data.outputFrom ?? [])
      associate(`DataOutputAssociation_${node}_${data.id}`, node, data.id)
  }
  for (const note of spec.textAnnotations ?? []) {
    if (note.annotates !== undefined) associate(`Association_${note.id}`, note.annotates, note.id)
  }
  return { sequenceFlows, messageFlows, associations }
}

type RouteFn = (
  id: string,
  fromId: string,
  start: Point,
  end: Point,
  region: Bounds,
  endId: string | undefined,
  uses: [PortUse, PortUse]
) => Point[] | undefined

function routeMessageFlows(
  spec: DiagramSpec,
  layout: Layout,
  poolBox: Map<string, PoolBox>,
  route: RouteFn
): RoutedEdge[] {
  const region = diagramBox(layout)
  const isActivityId = new Set(spec.nodes.filter((n) => isActivity(n.type)).map((n) => n.id))
  // Several message flows at one activity get their own x positions so they do not overlap.
  const attached = new Map<string, string[]>()
  for (const flow of spec.messageFlows ?? []) {
    for (const end of [flow.from, flow.to]) {
      if (isActivityId.has(end))
        attached.set(end, [...(attached.get(end) ?? []), messageFlowId(flow)])
    }
  }
  const portX = (nodeId: string, id: string): number => {
    const box = layout.shapes.get(nodeId) as Bounds
    const list = attached.get(nodeId) ?? [id]
    const offset = (list.indexOf(id) - (list.length - 1) / 2) * 20
    return box.x + box.width / 2 + offset
  }

  const result: RoutedEdge[] = []
  for (const flow of spec.messageFlows ?? []) {
    const id = messageFlowId(flow)
    const fromPool = poolBox.get(flow.from)
    const toPool = poolBox.get(flow.to)
    let waypoints: Point[] | undefined
    if (fromPool && toPool) {
      const x = GRID.originX + fromPool.bounds.width / 2
      waypoints = [
        {
          x,
          y:
            toPool.bounds.y > fromPool.bounds.y
              ? fromPool.bounds.y + fromPool.bounds.height
              : fromPool.bounds.y,
        },
        {
          x,
          y:
            toPool.bounds.y > fromPool.bounds.y
              ? toPool.bounds.y
              : toPool.bounds.y + toPool.bounds.height,
        },
      ]
    } else if (fromPool || toPool) {
      const pool = (fromPool ?? toPool) as PoolBox
      const nodeId = fromPool ? flow.to : flow.from
      const node = layout.shapes.get(nodeId) as Bounds
      const x = portX(nodeId, id)
      const below = pool.bounds.y > node.y
      const border = below ? pool.bounds.y : pool.bounds.y + pool.bounds.height
      const gapY = below ? border - GRID.poolGap / 2 : border + GRID.poolGap / 2
      const start = { x, y: node.y + node.height / 2 }
      const path = route(id, nodeId, start, { x, y: gapY }, region, undefined, [
        'message',
        'message',
      ])
      if (path) {
        // The pool border takes the flow anywhere: drop a last jog along the gap.
        const last = path[path.length - 1] as Point
        const before = path[path.length - 2]
        if (path.length > 2 && before && before.y === last.y) path.pop()
        const endX = (path[path.length - 1] as Point).x
        const full = simplifyPath([...path, { x: endX, y: border }])
        waypoints = fromPool ? full.reverse() : full
      }
    } else {
      const start = {
        x: portX(flow.from, id),
        y: centerOf(layout.shapes.get(flow.from) as Bounds).y,
      }
      const end = { x: portX(flow.to, id), y: centerOf(layout.shapes.get(flow.to) as Bounds).y }
      waypoints = route(id, flow.from, start, end, region, flow.to, ['message', 'message'])
    }
    if (waypoints) result.push({ id, from: flow.from, to: flow.to, waypoints })
  }
  return result
}
