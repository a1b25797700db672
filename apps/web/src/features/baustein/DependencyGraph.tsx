/**
 * Dependencies and usages as a graph: callers left, this block centre, called blocks right. Every
 * other block is a real link (Tab reaches it, Enter opens it); the tables below say the same in
 * text, with ranges and update hints.
 */
import { useId } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { layoutGraph, type GraphNodeInput, type PlacedNode } from './graphLayout'
import { relationMessages } from './relationMessages'

export function DependencyGraph({
  callers,
  center,
  callees,
}: {
  callers: readonly GraphNodeInput[]
  center: GraphNodeInput
  callees: readonly GraphNodeInput[]
}) {
  const t = useT(relationMessages)
  const titleId = useId()
  const markerId = useId()
  const layout = layoutGraph(callers, center, callees)
  return (
    <div className="dependency-graph">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('graphLabel')}</title>
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="graph-arrow" />
          </marker>
        </defs>
        <text x={layout.columnCentres.callers} y={18} className="graph-column-label">
          {t('callers')}
        </text>
        <text x={layout.columnCentres.center} y={18} className="graph-column-label">
          {t('thisBlock')}
        </text>
        <text x={layout.columnCentres.callees} y={18} className="graph-column-label">
          {t('callees')}
        </text>
        {layout.edges.map((edge) => (
          <path
            key={`${edge.from}->${edge.to}`}
            d={edge.d}
            className="graph-edge"
            markerEnd={`url(#${markerId})`}
          />
        ))}
        {layout.nodes.map((node) =>
          node.column === 'center' ? (
            <NodeBox key={node.key} node={node} />
          ) : (
            <Link key={node.key} href={node.href} className="graph-link">
              <NodeBox node={node} />
            </Link>
          )
        )}
      </svg>
    </div>
  )
}

function NodeBox({ node }: { node: PlacedNode }) {
  const lineHeight = 17
  const lines = node.detail ? [...node.lines, node.detail] : node.lines
  const top = node.y + node.height / 2 - ((lines.length - 1) * lineHeight) / 2
  return (
    <g className={`graph-node graph-node-${node.column}`}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
      {lines.map((line, index) => (
        <text
          key={index}
          x={node.x + node.width / 2}
          y={top + index * lineHeight}
          dominantBaseline="middle"
          className={node.detail && index === lines.length - 1 ? 'graph-detail' : undefined}
        >
          {line}
        </text>
      ))}
    </g>
  )
}
