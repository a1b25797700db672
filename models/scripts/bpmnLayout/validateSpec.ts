/**
 * Checks a diagram spec before layout, so an authoring mistake is reported as a Problem that names
 * the element and the reason instead of surfacing later as a broken diagram.
 */
import type { Problem } from '@bauplan/domain'
import type { DiagramSpec, NodeSpec } from './spec'
import { flowId, isActivity, isGateway, messageFlowId } from './spec'

const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/

function problem(code: string, elementId: string, de: string, en: string): Problem {
  return { code, severity: 'error', message: { de, en }, elementId }
}

/** Where a lane-placed element lives: its pool and the band (lane or lane-less pool) it sits in. */
export interface BandRef {
  poolId: string
  bandId: string
}

/** Maps lane ids (and pool ids of expanded pools without lanes) to their pool. */
export function bandIndex(spec: DiagramSpec): Map<string, BandRef> {
  const bands = new Map<string, BandRef>()
  for (const pool of spec.pools) {
    if (pool.collapsed) continue
    if (pool.lanes && pool.lanes.length > 0) {
      for (const lane of pool.lanes) bands.set(lane.id, { poolId: pool.id, bandId: lane.id })
    } else {
      bands.set(pool.id, { poolId: pool.id, bandId: pool.id })
    }
  }
  return bands
}

/** The pool a node belongs to (boundary events belong to their host's pool). */
export function poolOfNode(
  spec: DiagramSpec,
  node: NodeSpec,
  bands: Map<string, BandRef>
): string | undefined {
  const placed =
    node.type === 'boundaryEvent' ? spec.nodes.find((n) => n.id === node.attachedTo) : node
  return placed?.lane === undefined ? undefined : bands.get(placed.lane)?.poolId
}

function checkIds(spec: DiagramSpec, problems: Problem[]): void {
  const ids = [
    spec.processId,
    ...spec.pools.flatMap((p) => [p.id, ...(p.lanes ?? []).map((l) => l.id)]),
    ...spec.pools.flatMap((p) =>
      p.processRef && p.processRef !== spec.processId ? [p.processRef] : []
    ),
    ...spec.nodes.map((n) => n.id),
    ...spec.flows.map(flowId),
    ...(spec.messageFlows ?? []).map(messageFlowId),
    ...(spec.dataObjects ?? []).map((d) => d.id),
    ...(spec.textAnnotations ?? []).map((t) => t.id),
  ]
  const seen = new Set<string>()
  for (const id of ids) {
    if (!XML_ID.test(id)) {
      problems.push(
        problem(
          'spec.invalidId',
          id,
          `Die Kennung „${id}“ ist keine gültige XML-ID (Buchstabe oder _ am Anfang, dann Buchstaben, Ziffern, _ . -).`,
          `The id "${id}" is not a valid XML id (letter or _ first, then letters, digits, _ . -).`
        )
      )
    }
    if (seen.has(id)) {
      problems.push(
        problem(
          'spec.duplicateId',
          id,
          `Die Kennung „${id}“ ist mehrfach vergeben; jede ID darf im Diagramm nur einmal vorkommen.`,
          `The id "${id}" is used more than once; every id must be unique in the diagram.`
        )
      )
    }
    seen.add(id)
  }
}

function checkPools(spec: DiagramSpec, problems: Problem[]): void {
  const main = spec.pools.filter((p) => p.processRef === spec.processId)
  if (main.length !== 1) {
    problems.push(
      problem(
        'spec.mainPool',
        spec.processId,
        `Genau ein Pool muss den Prozess „${spec.processId}“ zeigen (processRef); gefunden: ${main.length}.`,
        `Exactly one pool must show the process "${spec.processId}" (processRef); found: ${main.length}.`
      )
    )
  }
  for (const pool of spec.pools) {
    if (pool.collapsed && (pool.processRef || (pool.lanes ?? []).length > 0)) {
      problems.push(
        problem(
          'spec.collapsedPool',
          pool.id,
          `Der zugeklappte Pool „${pool.id}“ darf weder processRef noch Lanes haben.`,
          `The collapsed pool "${pool.id}" must have neither a processRef nor lanes.`
        )
      )
    }
    if (!pool.collapsed && !pool.processRef) {
      problems.push(
        problem(
          'spec.poolWithoutProcess',
          pool.id,
          `Der aufgeklappte Pool „${pool.id}“ braucht processRef.`,
          `The expanded pool "${pool.id}" needs a processRef.`
        )
      )
    }
  }
}

function isCellIndex(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value >= 0 && value <= 200)
}

function checkPlacement(spec: DiagramSpec, bands: Map<string, BandRef>, problems: Problem[]): void {
  const cells = new Map<string, string>()
  const placed = [
    ...spec.nodes.filter((n) => n.type !== 'boundaryEvent'),
    ...(spec.dataObjects ?? []),
    ...(spec.textAnnotations ?? []),
  ]
  for (const element of placed) {
    if (element.lane === undefined || !bands.has(element.lane)) {
      problems.push(
        problem(
          'spec.unknownLane',
          element.id,
          `„${element.id}“ liegt in der unbekannten Lane „${element.lane ?? ''}“ (Lane-ID oder ID eines Pools ohne Lanes angeben).`,
          `"${element.id}" is placed in the unknown lane "${element.lane ?? ''}" (give a lane id, or the id of a pool without lanes).`
        )
      )
      continue
    }
    if (element.col === undefined || !isCellIndex(element.col) || !isCellIndex(element.row)) {
      problems.push(
        problem(
          'spec.invalidCell',
          element.id,
          `„${element.id}“ braucht eine Spalte (col) und optional eine Zeile (row) als ganze Zahl ab 0.`,
          `"${element.id}" needs a column (col) and optionally a row (row) as whole numbers from 0.`
        )
      )
      continue
    }
    const key = `${element.lane}/${element.row ?? 0}/${element.col}`
    const other = cells.get(key)
    if (other !== undefined) {
      problems.push(
        problem(
          'spec.cellOccupied',
          element.id,
          `„${element.id}“ und „${other}“ liegen in derselben Zelle (Lane ${element.lane}, Zeile ${element.row ?? 0}, Spalte ${element.col}).`,
          `"${element.id}" and "${other}" share one cell (lane ${element.lane}, row ${element.row ?? 0}, column ${element.col}).`
        )
      )
    }
    cells.set(key, element.id)
  }
}

function checkNode(node: NodeSpec, byId: Map<string, NodeSpec>, problems: Problem[]): void {
  const fail = (code: string, de: string, en: string): void => {
    problems.push(problem(code, node.id, de, en))
  }
  if (node.type === 'boundaryEvent') {
    const host = node.attachedTo === undefined ? undefined : byId.get(node.attachedTo)
    if (!host || !isActivity(host.type)) {
      fail(
        'spec.boundaryHost',
        `Das Randereignis „${node.id}“ muss an einer Aktivität hängen (attachedTo).`,
        `The boundary event "${node.id}" must be attached to an activity (attachedTo).`
      )
    }
    if (!node.event || node.event === 'terminate') {
      fail(
        'spec.boundaryKind',
        `Das Randereignis „${node.id}“ braucht eine Art (Nachricht, Timer, Fehler oder Signal).`,
        `The boundary event "${node.id}" needs a kind (message, timer, error or signal).`
      )
    }
  }
  if ((node.event === 'timer') !== (node.timer !== undefined)) {
    fail(
      'spec.timer',
      `„${node.id}“: Ein Timer-Ereignis braucht genau eine Zeitangabe (timer), und nur Timer-Ereignisse haben eine.`,
      `"${node.id}": a timer event needs exactly one time expression (timer), and only timer events have one.`
    )
  }
  if (node.event !== undefined && !node.type.endsWith('Event')) {
    fail(
      'spec.eventOnNonEvent',
      `„${node.id}“ ist kein Ereignis und kann keine Ereignisart (event) haben.`,
      `"${node.id}" is not an event and cannot have an event kind (event).`
    )
  }
  if (node.event === 'terminate' && node.type !== 'endEvent') {
    fail(
      'spec.terminate',
      `„${node.id}“: Nur Endereignisse können terminierend sein.`,
      `"${node.id}": only end events can terminate.`
    )
  }
  if (node.baustein && node.type !== 'callActivity') {
    fail(
      'spec.bausteinOnNonCall',
      `„${node.id}“: Nur Aufruf-Aktivitäten (callActivity) verweisen auf einen Baustein.`,
      `"${node.id}": only call activities reference a building block.`
    )
  }
  if (node.multiInstance !== undefined && !isActivity(node.type)) {
    fail(
      'spec.multiInstance',
      `„${node.id}“: Nur Aktivitäten können mehrfach ausgeführt werden (multiInstance).`,
      `"${node.id}": only activities can run multiple instances (multiInstance).`
    )
  }
  if (node.baustein && !node.calledElement) {
    fail(
      'spec.calledElement',
      `„${node.id}“ verweist auf einen Baustein und braucht daher calledElement (die processId des Bausteins).`,
      `"${node.id}" references a building block and therefore needs calledElement (the block's processId).`
    )
  }
}

function checkFlows(
  spec: DiagramSpec,
  byId: Map<string, NodeSpec>,
  bands: Map<string, BandRef>,
  problems: Problem[]
): void {
  for (const flow of spec.flows) {
    const id = flowId(flow)
    const from = byId.get(flow.from)
    const to = byId.get(flow.to)
    if (!from || !to) {
      problems.push(
        problem(
          'spec.unknownFlowEnd',
          id,
          `Der Sequenzfluss „${id}“ verbindet ein unbekanntes Element („${!from ? flow.from : flow.to}“).`,
          `The sequence flow "${id}" connects an unknown element ("${!from ? flow.from : flow.to}").`
        )
      )
      continue
    }
    if (poolOfNode(spec, from, bands) !== poolOfNode(spec, to, bands)) {
      problems.push(
        problem(
          'spec.flowCrossesPool',
          id,
          `Der Sequenzfluss „${id}“ verlässt seinen Pool; zwischen Pools sind nur Nachrichtenflüsse erlaubt.`,
          `The sequence flow "${id}" leaves its pool; only message flows may connect pools.`
        )
      )
    }
    if (from.type === 'endEvent' || to.type === 'startEvent' || to.type === 'boundaryEvent') {
      problems.push(
        problem(
          'spec.flowDirection',
          id,
          `Der Sequenzfluss „${id}“ beginnt an einem Endereignis oder endet an einem Start- bzw. Randereignis.`,
          `The sequence flow "${id}" starts at an end event or ends at a start or boundary event.`
        )
      )
    }
    if (
      (flow.condition !== undefined || flow.default) &&
      !isGateway(from.type) &&
      !isActivity(from.type)
    ) {
      problems.push(
        problem(
          'spec.conditionSource',
          id,
          `Der Sequenzfluss „${id}“ hat eine Bedingung oder ist Standardfluss, beginnt aber nicht an einem Gateway oder einer Aktivität.`,
          `The sequence flow "${id}" has a condition or is a default flow but does not start at a gateway or activity.`
        )
      )
    }
  }
}

function checkMessageFlows(
  spec: DiagramSpec,
  byId: Map<string, NodeSpec>,
  bands: Map<string, BandRef>,
  problems: Problem[]
): void {
  const collapsed = new Set(spec.pools.filter((p) => p.collapsed).map((p) => p.id))
  const poolOf = (ref: string): string | undefined => {
    if (collapsed.has(ref)) return ref
    const node = byId.get(ref)
    return node ? poolOfNode(spec, node, bands) : undefined
  }
  for (const flow of spec.messageFlows ?? []) {
    const id = messageFlowId(flow)
    const fromPool = poolOf(flow.from)
    const toPool = poolOf(flow.to)
    if (!fromPool || !toPool || fromPool === toPool) {
      problems.push(
        problem(
          'spec.messageFlowEnds',
          id,
          `Der Nachrichtenfluss „${id}“ muss zwei Elemente (oder zugeklappte Pools) in verschiedenen Pools verbinden.`,
          `The message flow "${id}" must connect two elements (or collapsed pools) in different pools.`
        )
      )
    }
  }
}

function checkArtifacts(spec: DiagramSpec, byId: Map<string, NodeSpec>, problems: Problem[]): void {
  for (const data of spec.dataObjects ?? []) {
    for (const ref of [...(data.inputTo ?? []), ...(data.outputFrom ?? [])]) {
      const node = byId.get(ref)
      if (!node || !isActivity(node.type)) {
        problems.push(
          problem(
            'spec.dataAssociation',
            data.id,
            `Das Datenobjekt „${data.id}“ ist mit „${ref}“ verbunden, das keine Aktivität ist.`,
            `The data object "${data.id}" is connected to "${ref}", which is not an activity.`
          )
        )
      }
    }
  }
  for (const note of spec.textAnnotations ?? []) {
    if (note.annotates !== undefined && !byId.has(note.annotates)) {
      problems.push(
        problem(
          'spec.annotationTarget',
          note.id,
          `Die Anmerkung „${note.id}“ verweist auf das unbekannte Element „${note.annotates}“.`,
          `The annotation "${note.id}" refers to the unknown element "${note.annotates}".`
        )
      )
    }
  }
}

/** All problems of a spec; an empty list means `buildBpmn` can lay it out. */
export function validateSpec(spec: DiagramSpec): Problem[] {
  const problems: Problem[] = []
  const bands = bandIndex(spec)
  const byId = new Map(spec.nodes.map((n) => [n.id, n]))
  checkIds(spec, problems)
  checkPools(spec, problems)
  checkPlacement(spec, bands, problems)
  for (const node of spec.nodes) checkNode(node, byId, problems)
  checkFlows(spec, byId, bands, problems)
  checkMessageFlows(spec, byId, bands, problems)
  checkArtifacts(spec, byId, problems)
  return problems
}
