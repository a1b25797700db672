/**
 * The semantic half of the BPMN file: collaboration, processes with lanes, flow nodes, flows,
 * event definitions and the root elements they refer to (messages, errors, signals).
 */
import type { DiagramSpec, FlowSpec, NodeSpec, PoolSpec } from './spec'
import { collaborationIdOf, flowId, isActivity, isGateway, messageFlowId } from './spec'
import type { XmlElement } from './xml'
import { el } from './xml'

function documentation(text: string | undefined): XmlElement[] {
  return text === undefined ? [] : [el('bpmn:documentation', [], [], text)]
}

function refName(node: NodeSpec): string | undefined {
  return node.eventRefName ?? node.name
}

/** Root-level message, error and signal definitions referenced by events. */
export function eventRootElements(spec: DiagramSpec): XmlElement[] {
  const roots: XmlElement[] = []
  for (const node of spec.nodes) {
    if (node.event === 'message') {
      roots.push(
        el('bpmn:message', [
          ['id', `Message_${node.id}`],
          ['name', refName(node)],
        ])
      )
    } else if (node.event === 'error') {
      roots.push(
        el('bpmn:error', [
          ['id', `Error_${node.id}`],
          ['name', refName(node)],
          ['errorCode', node.errorCode],
        ])
      )
    } else if (node.event === 'signal') {
      roots.push(
        el('bpmn:signal', [
          ['id', `Signal_${node.id}`],
          ['name', refName(node)],
        ])
      )
    }
  }
  return roots
}

function eventDefinition(node: NodeSpec): XmlElement[] {
  const id = (kind: string): string => `${node.id}_${kind}EventDefinition`
  switch (node.event) {
    case 'message':
      return [
        el('bpmn:messageEventDefinition', [
          ['id', id('Message')],
          ['messageRef', `Message_${node.id}`],
        ]),
      ]
    case 'error':
      return [
        el('bpmn:errorEventDefinition', [
          ['id', id('Error')],
          ['errorRef', `Error_${node.id}`],
        ]),
      ]
    case 'signal':
      return [
        el('bpmn:signalEventDefinition', [
          ['id', id('Signal')],
          ['signalRef', `Signal_${node.id}`],
        ]),
      ]
    case 'terminate':
      return [el('bpmn:terminateEventDefinition', [['id', id('Terminate')]])]
    case 'timer': {
      const timer = node.timer
      if (!timer) return []
      const [kind, value] = Object.entries(timer)[0] as [string, string]
      const expression = el('bpmn:' + kind, [['xsi:type', 'bpmn:tFormalExpression']], [], value)
      return [el('bpmn:timerEventDefinition', [['id', id('Timer')]], [expression])]
    }
    default:
      return []
  }
}

function dataAssociations(spec: DiagramSpec, node: NodeSpec): XmlElement[] {
  const inputs = (spec.dataObjects ?? []).filter((d) => (d.inputTo ?? []).includes(node.id))
  const outputs = (spec.dataObjects ?? []).filter((d) => (d.outputFrom ?? []).includes(node.id))
  const out: XmlElement[] = []
  // bpmn-js convention: a data input association targets a placeholder property of the activity.
  if (inputs.length > 0) {
    out.push(
      el('bpmn:property', [
        ['id', `Property_${node.id}`],
        ['name', '__targetRef_placeholder'],
      ])
    )
  }
  for (const data of inputs) {
    out.push(
      el(
        'bpmn:dataInputAssociation',
        [['id', `DataInputAssociation_${data.id}_${node.id}`]],
        [el('bpmn:sourceRef', [], [], data.id), el('bpmn:targetRef', [], [], `Property_${node.id}`)]
      )
    )
  }
  for (const data of outputs) {
    out.push(
      el(
        'bpmn:dataOutputAssociation',
        [['id', `DataOutputAssociation_${node.id}_${data.id}`]],
        [el('bpmn:targetRef', [], [], data.id)]
      )
    )
  }
  return out
}

function flowNode(spec: DiagramSpec, node: NodeSpec): XmlElement {
  const incoming = spec.flows.filter((f) => f.to === node.id).map(flowId)
  const outgoing = spec.flows.filter((f) => f.from === node.id).map(flowId)
  const defaultFlow = spec.flows.find((f) => f.from === node.id && f.default)
  const attrs: XmlElement['attrs'] = [
    ['id', node.id],
    ['name', node.name],
  ]
  if (node.type === 'callActivity') {
    attrs.push(['calledElement', node.calledElement])
    attrs.push(['bauplan:baustein', node.baustein?.id], ['bauplan:version', node.baustein?.version])
  }
  if (node.type === 'boundaryEvent') {
    attrs.push(['cancelActivity', node.interrupting === false ? false : undefined])
    attrs.push(['attachedToRef', node.attachedTo])
  }
  if (defaultFlow && (isGateway(node.type) || isActivity(node.type))) {
    attrs.push(['default', flowId(defaultFlow)])
  }
  const children = [
    ...documentation(node.documentation),
    ...incoming.map((id) => el('bpmn:incoming', [], [], id)),
    ...outgoing.map((id) => el('bpmn:outgoing', [], [], id)),
    ...(isActivity(node.type) ? dataAssociations(spec, node) : []),
    ...(isActivity(node.type) && node.multiInstance
      ? [
          el('bpmn:multiInstanceLoopCharacteristics', [
            ['isSequential', node.multiInstance === 'sequential'],
          ]),
        ]
      : []),
    ...eventDefinition(node),
  ]
  return el(`bpmn:${node.type}`, attrs, children)
}

function sequenceFlow(flow: FlowSpec): XmlElement {
  const condition =
    flow.condition === undefined
      ? []
      : [
          el(
            'bpmn:conditionExpression',
            [['xsi:type', 'bpmn:tFormalExpression']],
            [],
            flow.condition
          ),
        ]
  return el(
    'bpmn:sequenceFlow',
    [
      ['id', flowId(flow)],
      ['name', flow.name],
      ['sourceRef', flow.from],
      ['targetRef', flow.to],
    ],
    condition
  )
}

/** Lane ids (or pool id for a pool without lanes) that belong to a pool. */
function bandsOf(pool: PoolSpec): string[] {
  return pool.lanes && pool.lanes.length > 0 ? pool.lanes.map((l) => l.id) : [pool.id]
}

function laneOf(spec: DiagramSpec, node: NodeSpec): string | undefined {
  if (node.type !== 'boundaryEvent') return node.lane
  return spec.nodes.find((n) => n.id === node.attachedTo)?.lane
}

/** One `bpmn:process` for an expanded pool. */
export function processElement(spec: DiagramSpec, pool: PoolSpec): XmlElement {
  const bands = new Set(bandsOf(pool))
  const nodes = spec.nodes.filter((n) => bands.has(laneOf(spec, n) ?? ''))
  const nodeIds = new Set(nodes.map((n) => n.id))
  const isMain = pool.processRef === spec.processId
  const laneSet =
    pool.lanes && pool.lanes.length > 0
      ? [
          el(
            'bpmn:laneSet',
            [['id', `LaneSet_${pool.processRef ?? pool.id}`]],
            pool.lanes.map((lane) =>
              el(
                'bpmn:lane',
                [
                  ['id', lane.id],
                  ['name', lane.name],
                ],
                nodes
                  .filter((n) => laneOf(spec, n) === lane.id)
                  .map((n) => el('bpmn:flowNodeRef', [], [], n.id))
              )
            )
          ),
        ]
      : []
  const data = (spec.dataObjects ?? []).filter((d) => bands.has(d.lane))
  const notes = (spec.textAnnotations ?? []).filter((t) => bands.has(t.lane))
  return el(
    'bpmn:process',
    [
      ['id', pool.processRef],
      ['name', isMain ? spec.processName : pool.name],
      ['isExecutable', isMain],
    ],
    [
      ...documentation(isMain ? spec.documentation : undefined),
      ...laneSet,
      ...nodes.map((n) => flowNode(spec, n)),
      ...spec.flows.filter((f) => nodeIds.has(f.from)).map(sequenceFlow),
      ...data.flatMap((d) => [
        el('bpmn:dataObjectReference', [
          ['id', d.id],
          ['name', d.name],
          ['dataObjectRef', `${d.id}_Object`],
        ]),
        el('bpmn:dataObject', [['id', `${d.id}_Object`]]),
      ]),
      ...notes.map((t) =>
        el('bpmn:textAnnotation', [['id', t.id]], [el('bpmn:text', [], [], t.text)])
      ),
      ...notes
        .filter((t) => t.annotates !== undefined)
        .map((t) =>
          el('bpmn:association', [
            ['id', `Association_${t.id}`],
            ['sourceRef', t.annotates],
            ['targetRef', t.id],
          ])
        ),
    ]
  )
}

export function collaborationElement(spec: DiagramSpec): XmlElement {
  return el(
    'bpmn:collaboration',
    [['id', collaborationIdOf(spec)]],
    [
      ...spec.pools.map((pool) =>
        el('bpmn:participant', [
          ['id', pool.id],
          ['name', pool.name],
          ['processRef', pool.collapsed ? undefined : pool.processRef],
        ])
      ),
      ...(spec.messageFlows ?? []).map((flow) =>
        el('bpmn:messageFlow', [
          ['id', messageFlowId(flow)],
          ['name', flow.name],
          ['sourceRef', flow.from],
          ['targetRef', flow.to],
        ])
      ),
    ]
  )
}
