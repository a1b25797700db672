/** Schemas of a block's overview (versions, dependencies, where-used, variants) and of diffs. */
import { REVIEW_EVENT_KINDS } from '@bauplan/catalogue'
import type { FastifyInstance } from 'fastify'
import { versionStateSchema } from './catalogue'
import { nullable, nullableTimestamp, ref, timestamp, type JsonSchema } from './common'

const str: JsonSchema = { type: 'string' }
const strings: JsonSchema = { type: 'array', items: str }
const jsonValue: JsonSchema = { description: 'any JSON value' }

function object(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    properties,
  }
}

/** A review event (as ReviewEvent) with the display name of who did it. */
const reviewEventView: JsonSchema = object({
  id: { type: 'integer' },
  blockId: str,
  version: str,
  kind: { type: 'string', enum: [...REVIEW_EVENT_KINDS] },
  fromState: versionStateSchema,
  toState: versionStateSchema,
  reason: nullable('string', { description: 'note, comment, rejection reason or successor' }),
  actorId: nullable('string'),
  actorName: nullable('string'),
  at: timestamp,
})

const versionSummary: JsonSchema = {
  $id: 'VersionSummary',
  ...object(
    {
      version: str,
      state: versionStateSchema,
      revision: { type: 'integer' },
      contentHash: nullable('string'),
      createdAt: timestamp,
      createdBy: nullable('string'),
      createdByName: nullable('string', { description: 'display name of createdBy' }),
      stateChangedAt: timestamp,
      publishedAt: nullableTimestamp,
      history: { type: 'array', items: reviewEventView },
      successor: object({ id: str, version: str }),
    },
    ['successor']
  ),
}

const updates = object({ withinRange: str, newerMajor: str }, ['withinRange', 'newerMajor'])

const blockOverview: JsonSchema = {
  $id: 'BlockOverview',
  ...object({
    block: ref('Block'),
    organisation: { anyOf: [ref('Organisation'), { type: 'null' }] },
    versions: { type: 'array', items: ref('VersionSummary') },
    latestPublished: nullable('string'),
    shownVersion: nullable('string'),
    dependencies: {
      type: 'array',
      items: object(
        {
          targetBlockId: str,
          targetName: nullable('string'),
          range: str,
          resolvedVersion: nullable('string'),
          wouldResolveTo: str,
          targetState: { anyOf: [versionStateSchema, { type: 'null' }] },
          updates,
        },
        ['wouldResolveTo']
      ),
    },
    whereUsed: {
      type: 'array',
      items: object({
        blockId: str,
        name: nullable('string'),
        version: str,
        state: versionStateSchema,
        range: str,
        resolvedVersion: nullable('string'),
      }),
    },
    variants: {
      type: 'array',
      items: object({
        blockId: str,
        name: nullable('string'),
        organisationId: nullable('string'),
        organisationName: nullable('string'),
        derivedFrom: nullable('string'),
      }),
    },
    origin: {
      anyOf: [
        object({
          blockId: str,
          name: nullable('string'),
          organisationId: nullable('string'),
          organisationName: nullable('string'),
          basedOn: nullable('string'),
          latestPublished: nullable('string'),
          upstreamChanged: { type: 'boolean' },
          newerVersions: strings,
        }),
        { type: 'null' },
      ],
    },
  }),
}

const elementRef = object({ id: str, type: str, name: str }, ['name'])
const decisionRef = object({ id: str, name: str, file: str }, ['name'])
const column = object({ kind: { type: 'string', enum: ['input', 'output'] }, id: str, label: str })
const cellKind = { type: 'string', enum: ['input', 'output', 'annotation'] }
const rule = object({
  id: str,
  index: { type: 'integer' },
  cells: { type: 'array', items: object({ kind: cellKind, column: str, label: str, value: str }) },
})

const versionDiff: JsonSchema = {
  $id: 'VersionDiff',
  ...object({
    blockId: str,
    fromVersion: str,
    toVersion: str,
    files: object({ added: strings, removed: strings, changed: strings }),
    metadata: {
      type: 'array',
      items: object(
        {
          pointer: str,
          kind: { type: 'string', enum: ['added', 'removed', 'changed'] },
          oldValue: jsonValue,
          newValue: jsonValue,
        },
        ['oldValue', 'newValue']
      ),
    },
    bpmn: {
      anyOf: [
        object({
          added: { type: 'array', items: elementRef },
          removed: { type: 'array', items: elementRef },
          changed: {
            type: 'array',
            items: {
              ...elementRef,
              required: ['id', 'type', 'attributes'],
              properties: {
                ...(elementRef.properties as object),
                attributes: {
                  type: 'array',
                  items: object({ attribute: str, oldValue: jsonValue, newValue: jsonValue }),
                },
              },
            },
          },
          layoutChanged: { type: 'array', items: elementRef },
        }),
        { type: 'null' },
      ],
    },
    dmn: object({
      decisionsAdded: { type: 'array', items: decisionRef },
      decisionsRemoved: { type: 'array', items: decisionRef },
      decisionsChanged: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'id',
            'file',
            'columnsAdded',
            'columnsRemoved',
            'rulesAdded',
            'rulesRemoved',
            'rulesChanged',
          ],
          properties: {
            ...(decisionRef.properties as object),
            hitPolicy: object({ oldValue: str, newValue: str }),
            aggregation: object({ oldValue: nullable('string'), newValue: nullable('string') }),
            columnsAdded: { type: 'array', items: column },
            columnsRemoved: { type: 'array', items: column },
            rulesAdded: { type: 'array', items: rule },
            rulesRemoved: { type: 'array', items: rule },
            rulesChanged: {
              type: 'array',
              items: object({
                id: str,
                index: { type: 'integer' },
                cells: {
                  type: 'array',
                  items: object({
                    kind: cellKind,
                    column: str,
                    label: str,
                    oldValue: str,
                    newValue: str,
                  }),
                },
              }),
            },
          },
        },
      },
    }),
    problems: { type: 'array', items: ref('Problem') },
  }),
}

export function registerOverviewSchemas(app: FastifyInstance): void {
  for (const schema of [versionSummary, blockOverview, versionDiff]) app.addSchema(schema)
}
