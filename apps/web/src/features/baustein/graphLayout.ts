/**
 * Lays out the dependency graph of one block: blocks that call it on the left, the block in the
 * middle, the blocks it calls on the right; each column centred vertically, edges as curves from
 * the right edge of one box to the left edge of the next. Pure, so it is tested without a browser.
 */
export interface GraphNodeInput {
  key: string
  label: string
  href: string
  /** Second line: versions or range. */
  detail?: string
}

export type GraphColumn = 'callers' | 'center' | 'callees'

export interface PlacedNode extends GraphNodeInput {
  column: GraphColumn
  x: number
  y: number
  width: number
  height: number
  /** The label broken into lines that fit the box. */
  lines: string[]
}

export interface PlacedEdge {
  from: string
  to: string
  d: string
}

export interface GraphLayout {
  width: number
  height: number
  nodes: PlacedNode[]
  edges: PlacedEdge[]
  /** x of each column's centre, for the column headings. */
  columnCentres: Record<GraphColumn, number>
}

export const NODE_WIDTH = 210
export const NODE_HEIGHT = 58
const ROW_GAP = 14
const COLUMN_GAP = 70
const PADDING = 12
const HEADER = 30
/** Characters per line at the label's font size (14px sans: about 7px per character). */
const LINE_CHARS = 27
const MAX_LINES = 2

export function layoutGraph(
  callers: readonly GraphNodeInput[],
  center: GraphNodeInput,
  callees: readonly GraphNodeInput[]
): GraphLayout {
  const rows = Math.max(callers.length, callees.length, 1)
  const bodyHeight = rows * NODE_HEIGHT + (rows - 1) * ROW_GAP
  const columnX = (index: number) => PADDING + index * (NODE_WIDTH + COLUMN_GAP)
  const place = (inputs: readonly GraphNodeInput[], column: GraphColumn, index: number) => {
    const height = inputs.length * NODE_HEIGHT + Math.max(0, inputs.length - 1) * ROW_GAP
    const top = HEADER + (bodyHeight - height) / 2
    return inputs.map<PlacedNode>((input, row) => ({
      ...input,
      column,
      x: columnX(index),
      y: top + row * (NODE_HEIGHT + ROW_GAP),
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      lines: wrapLabel(input.label, LINE_CHARS, MAX_LINES),
    }))
  }
  const left = place(callers, 'callers', 0)
  const [middle] = place([center], 'center', 1) as [PlacedNode]
  const right = place(callees, 'callees', 2)
  const edges = [
    ...left.map((node) => edge(node, middle)),
    ...right.map((node) => edge(middle, node)),
  ]
  return {
    width: columnX(2) + NODE_WIDTH + PADDING,
    height: HEADER + bodyHeight + PADDING,
    nodes: [...left, middle, ...right],
    edges,
    columnCentres: {
      callers: columnX(0) + NODE_WIDTH / 2,
      center: columnX(1) + NODE_WIDTH / 2,
      callees: columnX(2) + NODE_WIDTH / 2,
    },
  }
}

function edge(from: PlacedNode, to: PlacedNode): PlacedEdge {
  const x1 = from.x + from.width
  const y1 = from.y + from.height / 2
  const x2 = to.x
  const y2 = to.y + to.height / 2
  const bend = (x2 - x1) / 2
  return {
    from: from.key,
    to: to.key,
    d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
  }
}

/** Breaks at spaces into at most `maxLines` lines; whatever does not fit ends with "…". */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  let current = ''
  let cut = false
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    // A single overlong word starts its own line and is shortened below.
    if (candidate.length <= maxChars || !current) {
      current = candidate
      continue
    }
    lines.push(current)
    current = word
    if (lines.length === maxLines) {
      cut = true
      current = ''
      break
    }
  }
  if (current) lines.push(current)
  return lines.map((line, index) => {
    const last = index === lines.length - 1
    if (line.length > maxChars || (last && cut)) return `${line.slice(0, maxChars - 1).trimEnd()}…`
    return line
  })
}
