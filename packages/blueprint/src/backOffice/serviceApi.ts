import type { Daten, Datenfeld, Schnittstelle } from '@bauplan/domain'
import { dataSchema } from '../frontOffice/applicationSchema'
import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'
import { blockSlug, bpmnText } from '../parts/blockNames'
import { flowOrder, sharedBpmnDocument, type BpmnDocument } from '../parts/bpmnDocument'
import { CORRELATION_VARIABLE, jobType } from './zeebe'

type Json = Record<string, unknown>

const OUTBOUND_TASKS = new Set(['serviceTask', 'sendTask', 'scriptTask'])
const INBOUND_TASKS = new Set(['receiveTask'])

interface Operation {
  block: BlockVersionFiles
  elementId: string
  name: string
  richtung: 'ein' | 'aus'
  schnittstelle?: Schnittstelle
  messageFlow?: string
}

/**
 * OpenAPI 3.1 for the interfaces the back office needs, one operation per interface: every
 * `schnittstellen` entry of the procedure and its blocks, every service, send or receive task, and
 * every message flow to an outside party not covered by those. Inbound interfaces (`ein`) are
 * endpoints the case-handling system offers (request = the block's incoming data); outbound ones
 * (`aus`) are endpoints the process calls (request = the block's outgoing data). Schemas come from
 * the data fields, as in the application form.
 */
export function serviceApi(procedure: ResolvedProcedure): Json {
  const blocks = [procedure.root, ...procedure.dependencies]
  const operations = blocks.flatMap(blockOperations)
  const schemas: Record<string, Json> = {
    Eingangsbestaetigung: {
      type: 'object',
      properties: { [CORRELATION_VARIABLE]: { type: 'string', minLength: 1 } },
      required: [CORRELATION_VARIABLE],
      additionalProperties: false,
    },
    Quittung: {
      type: 'object',
      properties: {
        [CORRELATION_VARIABLE]: { type: 'string', minLength: 1 },
        status: { enum: ['angenommen', 'abgelehnt'] },
        hinweis: { type: 'string' },
      },
      required: [CORRELATION_VARIABLE, 'status'],
      additionalProperties: false,
    },
    Problem: {
      type: 'object',
      description: 'RFC 9457 Problem Details',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
      },
    },
  }
  for (const block of blocks) {
    const slug = blockSlug(block)
    schemas[`${slug}.eingang`] = dataSchemaOf(block.metadata.eingehendeDaten)
    schemas[`${slug}.ausgang`] = dataSchemaOf(block.metadata.ausgehendeDaten)
  }
  const paths: Record<string, Json> = {}
  for (const operation of operations) {
    paths[`/bausteine/${blockSlug(operation.block)}/${operation.elementId}`] = {
      post: operationObject(operation),
    }
  }
  const tags = [...new Set(operations.map((operation) => tagOf(operation)))].sort()
  return {
    openapi: '3.1.0',
    info: {
      title: `Schnittstellen: ${procedure.root.metadata.name}`,
      version: procedure.root.version,
      description: `Schnittstellen des Verfahrens ${procedure.root.id}@${procedure.root.version} und der aufgerufenen Bausteine. Eingehende Schnittstellen (ein) bietet das Fachverfahren an, ausgehende (aus) ruft der Prozess auf. Die Vorgangskennung \`${CORRELATION_VARIABLE}\` verbindet Nachrichten mit dem laufenden Vorgang.`,
    },
    tags: tags.map((name) => ({ name })),
    paths,
    components: { schemas },
  }
}

function tagOf(operation: Operation): string {
  return operation.schnittstelle?.art ?? 'prozess'
}

function operationObject(operation: Operation): Json {
  const slug = blockSlug(operation.block)
  const { schnittstelle } = operation
  const details = [
    schnittstelle?.beschreibung,
    schnittstelle?.standard ? `Standard: ${schnittstelle.standard}` : undefined,
    schnittstelle?.nachricht ? `Nachricht: ${schnittstelle.nachricht}` : undefined,
    operation.messageFlow ? `Nachrichtenfluss: ${operation.messageFlow}` : undefined,
    `BPMN-Element ${operation.elementId} in ${operation.block.id}@${operation.block.version}; Job-Typ (Camunda 8): ${jobType(operation.block, operation.elementId)}.`,
  ].filter((line): line is string => line !== undefined)
  const inbound = operation.richtung === 'ein'
  const payload = inbound ? `${slug}.eingang` : `${slug}.ausgang`
  return {
    operationId: `${slug}.${operation.elementId}`,
    summary: `${operation.name} (${inbound ? 'eingehend' : 'ausgehend'})`,
    description: details.join('\n\n'),
    tags: [tagOf(operation)],
    parameters: [
      {
        name: 'X-Vorgangs-Id',
        in: 'header',
        required: !inbound,
        description: 'Kennung des laufenden Vorgangs (Korrelation).',
        schema: { type: 'string', minLength: 1 },
      },
    ],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${payload}` } } },
    },
    responses: inbound
      ? {
          '202': {
            description: 'Angenommen; der Vorgang läuft weiter.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Eingangsbestaetigung' } },
            },
          },
          '400': problemResponse('Die Daten entsprechen nicht dem Schema.'),
        }
      : {
          '200': {
            description: 'Verarbeitet.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Quittung' } } },
          },
          '400': problemResponse('Die Daten entsprechen nicht dem Schema.'),
        },
  }
}

function problemResponse(description: string): Json {
  return {
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  }
}

function dataSchemaOf(daten: readonly Daten[] | undefined): Json {
  const seen = new Set<string>()
  const fields: Datenfeld[] = []
  for (const entry of daten ?? []) {
    for (const field of entry.felder ?? []) {
      if (seen.has(field.id)) continue
      seen.add(field.id)
      fields.push(field)
    }
  }
  const description = (daten ?? [])
    .map((entry) => entry.textuelleBeschreibung)
    .filter((text): text is string => text !== undefined)
    .join(' ')
  return { ...(description ? { description } : {}), ...dataSchema(fields) }
}

function blockOperations(block: BlockVersionFiles): Operation[] {
  const document = sharedBpmnDocument(bpmnText(block))
  const processId = block.metadata.artefakte.bpmn.processId
  const operations = new Map<string, Operation>()
  const nameOf = (id: string) =>
    document.nodes.get(id)?.name ?? document.messageFlows.find((flow) => flow.id === id)?.name ?? id
  for (const schnittstelle of block.metadata.schnittstellen ?? []) {
    const id = schnittstelle.bpmnElementId
    if (id === undefined || operations.has(id)) continue
    operations.set(id, {
      block,
      elementId: id,
      name: nameOf(id),
      richtung: schnittstelle.richtung,
      schnittstelle,
    })
  }
  for (const id of flowOrder(document, processId)) {
    const node = document.nodes.get(id)
    if (!node || operations.has(id)) continue
    if (OUTBOUND_TASKS.has(node.type))
      operations.set(id, { block, elementId: id, name: nameOf(id), richtung: 'aus' })
    else if (INBOUND_TASKS.has(node.type))
      operations.set(id, { block, elementId: id, name: nameOf(id), richtung: 'ein' })
  }
  for (const flow of outsideMessageFlows(document)) {
    if (operations.has(flow.nodeId)) continue
    operations.set(flow.nodeId, {
      block,
      elementId: flow.nodeId,
      name: flow.name ?? nameOf(flow.nodeId),
      richtung: flow.richtung,
      messageFlow: flow.id,
    })
  }
  return [...operations.values()]
}

/** Message flows between a node of the block's processes and a pool outside them. */
function outsideMessageFlows(
  document: BpmnDocument
): Array<{ id: string; name?: string; nodeId: string; richtung: 'ein' | 'aus' }> {
  return document.messageFlows.flatMap((flow) => {
    const from = document.nodes.has(flow.sourceRef)
    const to = document.nodes.has(flow.targetRef)
    if (from === to) return []
    return [
      {
        id: flow.id,
        ...(flow.name ? { name: flow.name } : {}),
        nodeId: from ? flow.sourceRef : flow.targetRef,
        richtung: from ? ('aus' as const) : ('ein' as const),
      },
    ]
  })
}
