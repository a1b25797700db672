import * as apiTypes from '@bauplan/api-types'
import * as catalogue from '@bauplan/catalogue'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { registerAccountSchemas } from './accounts'
import { registerCatalogueSchemas } from './catalogue'
import { registerCommonSchemas } from './common'
import { registerOverviewSchemas } from './overview'

// @bauplan/api-types restates the server's answers for the web app and the CLI, which must not
// depend on the catalogue package. This test keeps the restatement honest without a running
// server: its value lists equal the catalogue's, and each shared type names exactly the fields the
// registered response schema has, optional exactly where the schema does not require them.

/** For every field of T: whether T requires it. `satisfies Presence<T>` makes a list exhaustive. */
type Presence<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required' }

const fields = {
  Membership: { organisationId: 'required', role: 'required', grantedAt: 'required' },
  User: {
    id: 'required',
    displayName: 'required',
    email: 'required',
    createdAt: 'required',
    disabledAt: 'required',
    memberships: 'required',
  },
  SessionInfo: { user: 'required', via: 'required', csrfToken: 'optional' },
  Organisation: {
    id: 'required',
    name: 'required',
    kind: 'required',
    bundesland: 'required',
    createdAt: 'required',
  },
  ApiToken: {
    id: 'required',
    name: 'required',
    createdAt: 'required',
    expiresAt: 'required',
    lastUsedAt: 'required',
    revokedAt: 'required',
  },
  Block: {
    id: 'required',
    organisationId: 'required',
    createdAt: 'required',
    createdBy: 'required',
  },
  Version: {
    blockId: 'required',
    version: 'required',
    state: 'required',
    revision: 'required',
    metadata: 'required',
    contentHash: 'required',
    createdAt: 'required',
    createdBy: 'required',
    updatedAt: 'required',
    stateChangedAt: 'required',
    publishedAt: 'required',
  },
  FileInfo: { name: 'required', mediaType: 'required', size: 'required', sha256: 'required' },
  ReviewEvent: {
    id: 'required',
    blockId: 'required',
    version: 'required',
    kind: 'required',
    fromState: 'required',
    toState: 'required',
    reason: 'required',
    actorId: 'required',
    at: 'required',
  },
  Reference: { targetBlockId: 'required', range: 'required', resolvedVersion: 'required' },
  VersionDetail: {
    version: 'required',
    files: 'required',
    history: 'required',
    references: 'required',
  },
  DraftResult: {
    version: 'required',
    problems: 'required',
    decisionTests: 'optional',
    lintConfigRevision: 'optional',
  },
  SearchResult: {
    hits: 'required',
    total: 'required',
    limit: 'required',
    offset: 'required',
    page: 'required',
    facets: 'required',
  },
  AuditEntry: {
    id: 'required',
    at: 'required',
    actorId: 'required',
    actorName: 'optional',
    action: 'required',
    blockId: 'required',
    blockName: 'optional',
    version: 'required',
    details: 'required',
  },
  AuditPage: { items: 'required', nextCursor: 'required' },
  VersionSummary: {
    version: 'required',
    state: 'required',
    revision: 'required',
    contentHash: 'required',
    createdAt: 'required',
    createdBy: 'required',
    createdByName: 'required',
    stateChangedAt: 'required',
    publishedAt: 'required',
    history: 'required',
    successor: 'optional',
  },
  BlockOverview: {
    block: 'required',
    organisation: 'required',
    versions: 'required',
    latestPublished: 'required',
    shownVersion: 'required',
    dependencies: 'required',
    whereUsed: 'required',
    variants: 'required',
    origin: 'required',
  },
  VersionDiff: {
    blockId: 'required',
    fromVersion: 'required',
    toVersion: 'required',
    files: 'required',
    metadata: 'required',
    bpmn: 'required',
    dmn: 'required',
    problems: 'required',
  },
} satisfies {
  Membership: Presence<apiTypes.Membership>
  User: Presence<apiTypes.User>
  SessionInfo: Presence<apiTypes.SessionInfo>
  Organisation: Presence<apiTypes.Organisation>
  ApiToken: Presence<apiTypes.ApiToken>
  Block: Presence<apiTypes.Block>
  Version: Presence<apiTypes.Version>
  FileInfo: Presence<apiTypes.FileInfo>
  ReviewEvent: Presence<apiTypes.ReviewEvent>
  Reference: Presence<apiTypes.Reference>
  VersionDetail: Presence<apiTypes.VersionDetail>
  DraftResult: Presence<apiTypes.DraftResult>
  SearchResult: Presence<apiTypes.SearchResult>
  AuditEntry: Presence<apiTypes.AuditEntry>
  AuditPage: Presence<apiTypes.AuditPage>
  VersionSummary: Presence<apiTypes.VersionSummary>
  BlockOverview: Presence<apiTypes.BlockOverview>
  VersionDiff: Presence<apiTypes.VersionDiff>
}

function registeredSchemas(): Record<string, { properties?: object; required?: string[] }> {
  const app = Fastify()
  registerCommonSchemas(app)
  registerAccountSchemas(app)
  registerCatalogueSchemas(app)
  registerOverviewSchemas(app)
  return app.getSchemas() as Record<string, { properties?: object; required?: string[] }>
}

describe('@bauplan/api-types', () => {
  it('lists the same values as the catalogue the server answers from', () => {
    expect(apiTypes.VERSION_STATES).toEqual(catalogue.VERSION_STATES)
    expect(apiTypes.ROLES).toEqual(catalogue.ROLES)
    expect(apiTypes.ORGANISATION_KINDS).toEqual(catalogue.ORGANISATION_KINDS)
    expect(apiTypes.REVIEW_EVENT_KINDS).toEqual(catalogue.REVIEW_EVENT_KINDS)
    expect(apiTypes.SEARCH_FACETS).toEqual(catalogue.SEARCH_FACETS)
    expect(apiTypes.NOTIFICATION_KINDS).toEqual(catalogue.NOTIFICATION_KINDS)
  })

  const schemas = registeredSchemas()
  it.each(Object.entries(fields))('%s has the fields of its response schema', (id, presence) => {
    const schema = schemas[id]
    expect(schema, `schema ${id} is registered`).toBeDefined()
    const entries = Object.entries(presence as Record<string, string>)
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(entries.map(([k]) => k).sort())
    expect([...(schema?.required ?? [])].sort()).toEqual(
      entries
        .filter(([, p]) => p === 'required')
        .map(([k]) => k)
        .sort()
    )
  })
})
