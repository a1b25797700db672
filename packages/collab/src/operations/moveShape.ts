import type { Bounds, Point } from '@bauplan/domain'
import type * as Y from 'yjs'
import { bodyOf } from '../document/entry'
import type { ModelSpace } from '../document/modelSpace'
import { diKeyOf, requireBpmn, requireSemantic } from './bpmnModel'
import { boundsValue } from './createShape'
import { waypointsValue } from './connect'
import { OperationError } from './operationError'

export interface MoveShapeInput {
  id: string
  /** New position; width and height stay unless given (a resize). */
  x: number
  y: number
  width?: number
  height?: number
}

/**
 * bpmn-js `elements.move` / `shape.resize` for one shape: its DI bounds, and its label moved by
 * the same distance. Bounds are one value, so of two concurrent moves the later one wins whole
 * (never x from one and y from the other).
 */
export function moveShape(doc: Y.Doc, origin: unknown, input: MoveShapeInput): void {
  const space = requireBpmn(doc)
  requireSemantic(space, input.id)
  const shape = requireDi(space, input.id)
  const body = bodyOf(shape)
  const current = readBounds(body.get('bounds'))
  if (!current) throw noDi(input.id)
  const next: Bounds = {
    x: input.x,
    y: input.y,
    width: input.width ?? current.width,
    height: input.height ?? current.height,
  }
  doc.transact(() => {
    body.set('bounds', boundsValue(next))
    const label = body.get('label') as { bounds?: unknown } | undefined
    const labelBounds = readBounds(label?.bounds)
    if (label && labelBounds) {
      body.set('label', {
        ...label,
        bounds: boundsValue({
          ...labelBounds,
          x: labelBounds.x + next.x - current.x,
          y: labelBounds.y + next.y - current.y,
        }),
      })
    }
  }, origin)
}

/** bpmn-js `connection.updateWaypoints` (layout after a move, or the user bending a flow). */
export function setWaypoints(doc: Y.Doc, origin: unknown, id: string, points: Point[]): void {
  const space = requireBpmn(doc)
  requireSemantic(space, id)
  const edge = requireDi(space, id)
  if (points.length < 2) {
    throw new OperationError('tooFewWaypoints', {
      de: 'Eine Verbindung braucht mindestens zwei Wegpunkte.',
      en: 'A connection needs at least two waypoints.',
    })
  }
  doc.transact(() => bodyOf(edge).set('waypoint', waypointsValue(points)), origin)
}

function requireDi(space: ModelSpace, id: string): Y.Map<unknown> {
  const key = diKeyOf(space, id)
  const entry = key === undefined ? undefined : space.di.get(key)
  if (!entry) throw noDi(id)
  return entry
}

export function readBounds(value: unknown): Bounds | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { x, y, width, height } = value as Record<string, unknown>
  const numbers = [x, y, width, height].map(Number)
  if (numbers.some((n) => !Number.isFinite(n))) return undefined
  const [bx, by, bw, bh] = numbers as [number, number, number, number]
  return { x: bx, y: by, width: bw, height: bh }
}

function noDi(id: string): OperationError {
  return new OperationError('notDrawn', {
    de: `Das Element „${id}“ ist im Diagramm nicht gezeichnet (keine DI-Form mit Begrenzung).`,
    en: `The element "${id}" is not drawn in the diagram (no DI shape with bounds).`,
  })
}
