/**
 * Canned API answers for component tests, built from the real reference models in models/
 * (metadata and BPMN read as raw files), shaped like the server's answers (apps/server/src/schemas).
 */
import type { Baustein } from '@bauplan/domain'
import type {
  AuditEntry,
  BlockOverview,
  FacetCount,
  Organisation,
  ReviewEvent,
  Role,
  SearchFacet,
  SearchHit,
  SearchResult,
  User,
  VersionDetail,
  VersionState,
  VersionSummary,
} from '../api/types'

const metadataFiles = import.meta.glob<string>(
  '../../../../../models/{bausteine,verfahren}/*/baustein.json',
  { query: '?raw', import: 'default', eager: true }
)
const bpmnFiles = import.meta.glob<string>('../../../../../models/{bausteine,verfahren}/*/*.bpmn', {
  query: '?raw',
  import: 'default',
})

export const REFERENCE_BLOCKS: readonly Baustein[] = Object.values(metadataFiles)
  .map((text) => JSON.parse(text) as Baustein)
  .sort((a, b) => a.name.localeCompare(b.name, 'de'))

export function referenceBlock(slug: string): Baustein {
  const found = REFERENCE_BLOCKS.find((b) => b.id.endsWith(`:${slug}`))
  if (!found) throw new Error(`no reference block ${slug}`)
  return found
}

export async function referenceBpmn(metadata: Baustein): Promise<string> {
  const entry = Object.entries(bpmnFiles).find(([path]) =>
    path.endsWith(`/${metadata.artefakte.bpmn.datei}`)
  )
  if (!entry) throw new Error(`no BPMN file ${metadata.artefakte.bpmn.datei}`)
  return entry[1]()
}

/** The call-activity references in a BPMN file (bauplan:baustein + bauplan:version). */
export function callReferences(bpmn: string): { id: string; range: string }[] {
  const found = new Map<string, string>()
  const pattern = /bauplan:baustein="([^"]+)"[^>]*?bauplan:version="([^"]+)"/g
  for (const match of bpmn.matchAll(pattern)) found.set(match[1] as string, match[2] as string)
  return [...found].map(([id, range]) => ({ id, range }))
}

export const SEED_ORG = 'sn-koordinierungsstelle'
const CREATED = '2026-11-27T04:00:00.000Z'

export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: SEED_ORG,
    name: 'Koordinierungsstelle E-Government-Generalbebauungsplan Sachsen',
    kind: 'koordinierungsstelle',
    bundesland: '14',
    createdAt: CREATED,
  },
  {
    id: 'dresden',
    name: 'Landeshauptstadt Dresden',
    kind: 'kommune',
    bundesland: '14',
    createdAt: CREATED,
  },
  {
    id: 'it-dienstleister-sachsen',
    name: 'Kommunaler IT-Dienstleister Sachsen (Demo)',
    kind: 'it_dienstleister',
    bundesland: '14',
    createdAt: CREATED,
  },
]

const DEMO_NAMES: Record<Role, string> = {
  modellierer: 'Modellierer Koordinierungsstelle',
  kurator: 'Kuratorin Koordinierungsstelle',
  it_dienstleister: 'IT-Dienstleister (Demo)',
  admin: 'Demo-Administration',
}

/** The display name the server would give for a demo user id (`user-<role>`), else null. */
export function demoUserName(id: string | null): string | null {
  const role = id?.startsWith('user-') ? (id.slice(5) as Role) : undefined
  return role !== undefined && role in DEMO_NAMES ? DEMO_NAMES[role] : null
}

/** The name the server would give a reference block, else null. */
export function referenceBlockName(id: string): string | null {
  return REFERENCE_BLOCKS.find((b) => b.id === id)?.name ?? null
}

export function demoUser(role: Role, organisationId = SEED_ORG, id = `user-${role}`): User {
  return {
    id,
    displayName: DEMO_NAMES[role],
    email: `${role}@demo.example`,
    createdAt: CREATED,
    disabledAt: null,
    memberships: [{ organisationId, role, grantedAt: CREATED }],
  }
}

export function searchHitOf(
  metadata: Baustein,
  state: VersionState = 'veroeffentlicht'
): SearchHit {
  return {
    blockId: metadata.id,
    version: metadata.version,
    state,
    organisationId: SEED_ORG,
    organisationName: ORGANISATIONS.find((o) => o.id === SEED_ORG)?.name ?? SEED_ORG,
    name: metadata.name,
    bezeichnung: metadata.bezeichnung ?? null,
    bausteinart: metadata.bausteinart,
    leistungsschluessel: (metadata.leistungen ?? []).map((l) => l.leistungsschluessel).sort(),
    bpmnDatei: metadata.artefakte.bpmn.datei,
    updatedAt: metadata.letzteAenderung,
    score: 0,
  }
}

const FACET_VALUES: Record<SearchFacet, (m: Baustein) => string[]> = {
  bundesland: (m) =>
    (m.verwaltungspolitischeKodierung ?? []).flatMap((k) => (k.bundesland ? [k.bundesland] : [])),
  organisation: () => [SEED_ORG],
  bausteinart: (m) => [m.bausteinart],
  einsatzbereich: (m) => [m.einsatzbereich],
  themenfeld: (m) => (m.ozg?.themenfeld ? [m.ozg.themenfeld] : []),
}

/** One page of blocks with facet counts over all of them, as the search answers. */
export function searchResultOf(blocks: readonly Baustein[], page = 1, limit = 20): SearchResult {
  const facets = {} as Record<SearchFacet, FacetCount[]>
  for (const [facet, valuesOf] of Object.entries(FACET_VALUES) as [
    SearchFacet,
    (m: Baustein) => string[],
  ][]) {
    const counts = new Map<string, number>()
    for (const block of blocks) {
      for (const value of new Set(valuesOf(block))) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    facets[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count)
  }
  return {
    hits: blocks.slice((page - 1) * limit, page * limit).map((b) => searchHitOf(b)),
    total: blocks.length,
    limit,
    offset: (page - 1) * limit,
    page,
    facets,
  }
}

export function facetValuesOf(metadata: Baustein, facet: SearchFacet): string[] {
  return FACET_VALUES[facet](metadata)
}

export function reviewEvent(
  metadata: Baustein,
  kind: ReviewEvent['kind'],
  actorId: string | null,
  at: string,
  reason: string | null = null,
  id = 1
): ReviewEvent {
  const states: Record<ReviewEvent['kind'], [VersionState, VersionState]> = {
    eingereicht: ['entwurf', 'in_pruefung'],
    zurueckgezogen: ['in_pruefung', 'entwurf'],
    zurueckgewiesen: ['in_pruefung', 'entwurf'],
    veroeffentlicht: ['in_pruefung', 'veroeffentlicht'],
    abgekuendigt: ['veroeffentlicht', 'abgekuendigt'],
    importiert: ['entwurf', 'veroeffentlicht'],
  }
  const [fromState, toState] = states[kind]
  return {
    id,
    blockId: metadata.id,
    version: metadata.version,
    kind,
    fromState,
    toState,
    reason,
    actorId,
    at,
  }
}

export function versionSummaryOf(
  metadata: Baustein,
  state: VersionState,
  history: ReviewEvent[],
  version = metadata.version
): VersionSummary {
  return {
    version,
    state,
    revision: 1,
    contentHash: state === 'veroeffentlicht' ? 'a'.repeat(64) : null,
    createdAt: CREATED,
    createdBy: null,
    createdByName: null,
    stateChangedAt: CREATED,
    publishedAt: state === 'veroeffentlicht' ? CREATED : null,
    history: history.map((event) => ({ ...event, actorName: demoUserName(event.actorId) })),
  }
}

export function versionDetailOf(
  metadata: Baustein,
  state: VersionState = 'veroeffentlicht',
  history: ReviewEvent[] = []
): VersionDetail {
  // As the server answers: the metadata is the version's `metadata`, not an entry of `files`.
  const files = [
    {
      name: metadata.artefakte.bpmn.datei,
      mediaType: 'application/xml',
      size: 40_000,
      sha256: 'c'.repeat(64),
    },
    ...(metadata.artefakte.dmn ?? []).map((d) => ({
      name: d.datei,
      mediaType: 'application/xml',
      size: 20_000,
      sha256: 'd'.repeat(64),
    })),
  ]
  return {
    version: {
      blockId: metadata.id,
      version: metadata.version,
      state,
      revision: 1,
      metadata,
      contentHash: null,
      createdAt: CREATED,
      createdBy: null,
      updatedAt: metadata.letzteAenderung,
      stateChangedAt: CREATED,
      publishedAt: null,
    },
    files,
    history,
    references: [],
  }
}

/** An overview with the given versions; dependencies from the BPMN's call activities. */
export function overviewOf(
  metadata: Baustein,
  versions: VersionSummary[],
  bpmn: string,
  extra: Partial<BlockOverview> = {}
): BlockOverview {
  const published = versions.find((v) => v.state === 'veroeffentlicht')?.version ?? null
  return {
    block: { id: metadata.id, organisationId: SEED_ORG, createdAt: CREATED, createdBy: null },
    organisation: ORGANISATIONS[0] ?? null,
    versions,
    latestPublished: published,
    shownVersion: published ?? versions[0]?.version ?? null,
    dependencies: callReferences(bpmn).map((ref) => ({
      targetBlockId: ref.id,
      targetName: referenceBlockName(ref.id),
      range: ref.range,
      resolvedVersion: '1.0.0',
      targetState: 'veroeffentlicht',
      updates: {},
    })),
    whereUsed: [],
    variants: [],
    origin: null,
    ...extra,
  }
}

export function auditEntry(
  id: number,
  action: string,
  blockId: string,
  actorId: string | null,
  at: string,
  details: Record<string, unknown> = {},
  version: string | null = '1.0.0'
): AuditEntry {
  return {
    id,
    at,
    actorId,
    actorName: demoUserName(actorId),
    action,
    blockId,
    blockName: referenceBlockName(blockId),
    version,
    details,
  }
}
