/**
 * Places pools, lanes and elements on the grid. Pools are stacked in spec order and share one set
 * of columns; a lane is as high as its rows need; every element is centred in its cell, so shapes
 * can never overlap and the gaps between cells stay free for edges.
 */
import type { Bounds } from './geometry'
import { GRID, SIZE, boxAround } from './geometry'
import type { DiagramSpec, NodeSpec } from './spec'
import { isActivity, isGateway } from './spec'
import { bandIndex } from './validateSpec'

export interface BandBox {
  id: string
  bounds: Bounds
  /** Top y and height of each row of this band. */
  rowTops: number[]
  rowHeights: number[]
}

export interface PoolBox {
  id: string
  collapsed: boolean
  bounds: Bounds
  /** Lanes, or one band for an expanded pool without lanes (its id is the pool id). */
  bands: BandBox[]
  hasLanes: boolean
}

export interface Layout {
  pools: PoolBox[]
  /** Bounds of every flow node, data object reference and text annotation. */
  shapes: Map<string, Bounds>
  /** Pool id of every element in `shapes`. */
  poolOf: Map<string, string>
  /** x of the left edge of column 0 and the number of columns. */
  contentLeft: number
  columnCount: number
}

export function nodeSize(node: NodeSpec): { width: number; height: number } {
  if (isActivity(node.type)) return SIZE.activity
  if (isGateway(node.type)) return SIZE.gateway
  return SIZE.event
}

interface Placed {
  id: string
  lane: string
  col: number
  row: number
  width: number
  height: number
}

function placedElements(spec: DiagramSpec): Placed[] {
  const nodes = spec.nodes
    .filter((n) => n.type !== 'boundaryEvent')
    .map((n) => ({
      id: n.id,
      lane: n.lane ?? '',
      col: n.col ?? 0,
      row: n.row ?? 0,
      ...nodeSize(n),
    }))
  const data = (spec.dataObjects ?? []).map((d) => ({
    id: d.id,
    lane: d.lane,
    col: d.col,
    row: d.row ?? 0,
    ...SIZE.dataObject,
  }))
  const notes = (spec.textAnnotations ?? []).map((t) => ({
    id: t.id,
    lane: t.lane,
    col: t.col,
    row: t.row ?? 0,
    ...SIZE.textAnnotation,
  }))
  return [...nodes, ...data, ...notes]
}

/** Computes the layout of a valid spec (run `validateSpec` first). */
export function layoutDiagram(spec: DiagramSpec): Layout {
  const elements = placedElements(spec)
  const columnCount = Math.max(1, ...elements.map((e) => e.col + 1))
  const contentLeft = GRID.originX + GRID.poolHeaderWidth + GRID.laneHeaderWidth
  const poolWidth =
    GRID.poolHeaderWidth + GRID.laneHeaderWidth + columnCount * GRID.columnWidth + GRID.rightPadding
  const rowsOf = new Map<string, number>()
  for (const e of elements) rowsOf.set(e.lane, Math.max(rowsOf.get(e.lane) ?? 1, e.row + 1))
  const hosts = new Set(
    spec.nodes.flatMap((n) => (n.type === 'boundaryEvent' ? [n.attachedTo] : []))
  )
  const tallRows = new Set(
    spec.nodes.filter((n) => hosts.has(n.id)).map((n) => `${n.lane ?? ''}/${n.row ?? 0}`)
  )
  const rowHeight = (bandId: string, row: number): number =>
    tallRows.has(`${bandId}/${row}`) ? GRID.rowHeightWithBoundaryEvents : GRID.rowHeight

  const pools: PoolBox[] = []
  let y = GRID.originY
  for (const pool of spec.pools) {
    if (pool.collapsed) {
      const bounds = { x: GRID.originX, y, width: poolWidth, height: GRID.collapsedPoolHeight }
      pools.push({ id: pool.id, collapsed: true, bounds, bands: [], hasLanes: false })
      y += GRID.collapsedPoolHeight + GRID.poolGap
      continue
    }
    const hasLanes = (pool.lanes ?? []).length > 0
    const bandIds = hasLanes ? (pool.lanes ?? []).map((l) => l.id) : [pool.id]
    const bands: BandBox[] = []
    let bandTop = y
    for (const bandId of bandIds) {
      const rows = rowsOf.get(bandId) ?? 1
      const rowHeights = Array.from({ length: rows }, (_, r) => rowHeight(bandId, r))
      const rowTops: number[] = []
      let top = bandTop
      for (const height of rowHeights) {
        rowTops.push(top)
        top += height
      }
      const x = GRID.originX + GRID.poolHeaderWidth
      const width = poolWidth - GRID.poolHeaderWidth
      bands.push({
        id: bandId,
        bounds: { x, y: bandTop, width, height: top - bandTop },
        rowTops,
        rowHeights,
      })
      bandTop = top
    }
    const bounds = { x: GRID.originX, y, width: poolWidth, height: bandTop - y }
    pools.push({ id: pool.id, collapsed: false, bounds, bands, hasLanes })
    y = bandTop + GRID.poolGap
  }

  const bandById = new Map(pools.flatMap((p) => p.bands.map((b) => [b.id, b] as const)))
  const bandPool = bandIndex(spec)
  const shapes = new Map<string, Bounds>()
  const poolOf = new Map<string, string>()
  for (const e of elements) {
    const band = bandById.get(e.lane)
    const rowTop = band?.rowTops[e.row]
    const height = band?.rowHeights[e.row]
    if (!band || rowTop === undefined || height === undefined) continue
    const center = {
      x: contentLeft + e.col * GRID.columnWidth + GRID.columnWidth / 2,
      // Centred in a normal row height, so tall rows keep their extra room below the shapes.
      y: rowTop + GRID.rowHeight / 2,
    }
    shapes.set(e.id, boxAround(center, e.width, e.height))
    poolOf.set(e.id, bandPool.get(e.lane)?.poolId ?? '')
  }

  // Boundary events sit on the bottom edge of their host, filling it from the right.
  const perHost = new Map<string, number>()
  for (const node of spec.nodes) {
    if (node.type !== 'boundaryEvent' || node.attachedTo === undefined) continue
    const host = shapes.get(node.attachedTo)
    if (!host) continue
    const index = perHost.get(node.attachedTo) ?? 0
    perHost.set(node.attachedTo, index + 1)
    // Right of centre, so the bottom middle of the host stays free for an edge.
    const center = { x: host.x + host.width - 20 - index * 40, y: host.y + host.height }
    shapes.set(node.id, boxAround(center, SIZE.event.width, SIZE.event.height))
    poolOf.set(node.id, poolOf.get(node.attachedTo) ?? '')
  }
  return { pools, shapes, poolOf, contentLeft, columnCount }
}
