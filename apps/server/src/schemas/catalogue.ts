/** Schemas of blocks, versions, files, search results and the audit log. */
import { SEARCH_FACETS, VERSION_STATES, REVIEW_EVENT_KINDS } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { nullable, nullableTimestamp, ref, timestamp, type JsonSchema } from './common'
import { qualityProperties } from './quality'

export const versionStateSchema: JsonSchema = {
  type: 'string',
  enum: [...VERSION_STATES],
  description: 'entwurf → in_pruefung → veroeffentlicht → abgekuendigt',
}

const anyObject: JsonSchema = { type: 'object', additionalProperties: true }

const block: JsonSchema = {
  $id: 'Block',
  type: 'object',
  required: ['id', 'organisationId', 'createdAt', 'createdBy'],
  properties: {
    id: { type: 'string', examples: ['urn:bauplan:baustein:sn:identitaet-pruefen'] },
    organisationId: { type: 'string' },
    createdAt: timestamp,
    createdBy: nullable('string'),
  },
}

const version: JsonSchema = {
  $id: 'Version',
  type: 'object',
  required: [
    'blockId',
    'version',
    'state',
    'revision',
    'metadata',
    'contentHash',
    'createdAt',
    'createdBy',
    'updatedAt',
    'stateChangedAt',
    'publishedAt',
  ],
  properties: {
    blockId: { type: 'string' },
    version: { type: 'string', examples: ['1.0.0'] },
    state: versionStateSchema,
    revision: { type: 'integer', description: 'counts content changes of a draft' },
    metadata: { ...anyObject, description: 'baustein.json (baustein.v1.schema.json)' },
    contentHash: nullable('string', { description: 'sha256, set at publication' }),
    createdAt: timestamp,
    createdBy: nullable('string'),
    updatedAt: timestamp,
    stateChangedAt: timestamp,
    publishedAt: nullableTimestamp,
  },
}

const fileInfo: JsonSchema = {
  $id: 'FileInfo',
  type: 'object',
  required: ['name', 'mediaType', 'size', 'sha256'],
  properties: {
    name: { type: 'string' },
    mediaType: { type: 'string' },
    size: { type: 'integer' },
    sha256: { type: 'string' },
  },
}

const reviewEvent: JsonSchema = {
  $id: 'ReviewEvent',
  type: 'object',
  required: ['id', 'blockId', 'version', 'kind', 'fromState', 'toState', 'reason', 'actorId', 'at'],
  properties: {
    id: { type: 'integer' },
    blockId: { type: 'string' },
    version: { type: 'string' },
    kind: { type: 'string', enum: [...REVIEW_EVENT_KINDS] },
    fromState: versionStateSchema,
    toState: versionStateSchema,
    reason: nullable('string', { description: 'note, comment, rejection reason or successor' }),
    actorId: nullable('string'),
    at: timestamp,
  },
}

const reference: JsonSchema = {
  $id: 'Reference',
  type: 'object',
  required: ['targetBlockId', 'range', 'resolvedVersion'],
  properties: {
    targetBlockId: { type: 'string' },
    range: { type: 'string', examples: ['^1.0.0'] },
    resolvedVersion: nullable('string'),
  },
}

const versionDetail: JsonSchema = {
  $id: 'VersionDetail',
  type: 'object',
  required: ['version', 'files', 'history', 'references'],
  properties: {
    version: ref('Version'),
    files: { type: 'array', items: ref('FileInfo') },
    history: { type: 'array', items: ref('ReviewEvent') },
    references: { type: 'array', items: ref('Reference') },
  },
}

const draftResult: JsonSchema = {
  $id: 'DraftResult',
  type: 'object',
  description:
    'The stored version and what the checks found (for drafts: to fix before submitting)',
  required: ['version', 'problems'],
  properties: {
    version: ref('Version'),
    problems: { type: 'array', items: ref('Problem') },
    ...qualityProperties,
  },
}

const facetCounts: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['value', 'count'],
    properties: { value: { type: 'string' }, count: { type: 'integer' } },
  },
}

const searchResult: JsonSchema = {
  $id: 'SearchResult',
  type: 'object',
  required: ['hits', 'total', 'limit', 'offset', 'page', 'facets'],
  properties: {
    hits: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'blockId',
          'version',
          'state',
          'organisationId',
          'organisationName',
          'name',
          'bezeichnung',
          'bausteinart',
          'leistungsschluessel',
          'bpmnDatei',
          'updatedAt',
          'score',
        ],
        properties: {
          blockId: { type: 'string' },
          version: { type: 'string', description: 'latest version in the requested states' },
          state: versionStateSchema,
          organisationId: { type: 'string' },
          organisationName: { type: 'string', description: 'name of the owning organisation' },
          name: { type: 'string' },
          bezeichnung: nullable('string'),
          bausteinart: nullable('string'),
          leistungsschluessel: {
            type: 'array',
            items: { type: 'string' },
            description: 'Leistungsschlüssel of leistungen[], sorted',
          },
          bpmnDatei: nullable('string', {
            description:
              'main BPMN file (artefakte.bpmn.datei), e.g. for a thumbnail via …/dateien/{name}; null: no diagram',
          }),
          updatedAt: timestamp,
          score: { type: 'number' },
        },
      },
    },
    total: { type: 'integer', description: 'matching blocks' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    page: { type: 'integer' },
    facets: {
      type: 'object',
      required: [...SEARCH_FACETS],
      properties: Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, facetCounts])),
    },
  },
}

const auditEntry: JsonSchema = {
  $id: 'AuditEntry',
  type: 'object',
  required: ['id', 'at', 'actorId', 'action', 'blockId', 'version', 'details'],
  properties: {
    id: { type: 'integer' },
    at: timestamp,
    actorId: nullable('string'),
    actorName: nullable('string', { description: 'display name of actorId' }),
    action: { type: 'string', examples: ['version.published'] },
    blockId: nullable('string'),
    blockName: nullable('string', { description: 'name of the block' }),
    version: nullable('string'),
    details: anyObject,
  },
}

const auditPage: JsonSchema = {
  $id: 'AuditPage',
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: ref('AuditEntry') },
    nextCursor: nullable('string', { description: 'pass as ?cursor= for the next page' }),
  },
}

const folderCheck: JsonSchema = {
  $id: 'FolderCheck',
  type: 'object',
  required: ['valid', 'errors', 'warnings', 'problems', 'references'],
  properties: {
    valid: { type: 'boolean', description: 'true when no problem is an error' },
    errors: { type: 'integer' },
    warnings: { type: 'integer' },
    problems: { type: 'array', items: ref('Problem') },
    references: {
      type: 'array',
      description: 'references to other blocks found in the BPMN call activities',
      items: {
        type: 'object',
        required: ['id', 'versionRange'],
        properties: {
          id: { type: 'string' },
          versionRange: { type: 'string' },
          elementId: { type: 'string' },
        },
      },
    },
    ...qualityProperties,
  },
}

export function registerCatalogueSchemas(app: FastifyInstance): void {
  for (const schema of [
    block,
    version,
    fileInfo,
    reviewEvent,
    reference,
    versionDetail,
    draftResult,
    searchResult,
    auditEntry,
    auditPage,
    folderCheck,
  ]) {
    app.addSchema(schema)
  }
}
