/** Blocks, versions, files, search results and the audit log (apps/server/src/schemas/catalogue.ts). */
import type { Baustein, Problem } from '@bauplan/domain'
import type { ReviewEventKind, SearchFacet, VersionState } from './vocabulary'

export interface Block {
  id: string
  organisationId: string
  createdAt: string
  createdBy: string | null
}

/** A version as stored. */
export interface Version {
  blockId: string
  version: string
  state: VersionState
  /** Counts content changes of a draft. */
  revision: number
  /**
   * The version's baustein.json. The server's schema only says "object"; it is typed as Baustein
   * because that is what the catalogue stores, but a draft may still carry the problems its
   * DraftResult listed, so code reading drafts should not rely on every field being present.
   */
  metadata: Baustein
  /** sha256, set at publication. */
  contentHash: string | null
  createdAt: string
  createdBy: string | null
  updatedAt: string
  stateChangedAt: string
  publishedAt: string | null
}

export interface FileInfo {
  name: string
  mediaType: string
  size: number
  sha256: string
}

export interface ReviewEvent {
  id: number
  blockId: string
  version: string
  kind: ReviewEventKind
  fromState: VersionState
  toState: VersionState
  /** Submission note, comment, rejection reason or successor. */
  reason: string | null
  actorId: string | null
  at: string
}

export interface Reference {
  targetBlockId: string
  range: string
  resolvedVersion: string | null
}

export interface VersionDetail {
  version: Version
  files: FileInfo[]
  history: ReviewEvent[]
  references: Reference[]
}

/** Results of a version's decision tests (entscheidungstests.json; apps/server/src/schemas/quality.ts). */
export interface DecisionTestReport {
  passed: number
  failed: number
  results: {
    name: string
    decisionId: string
    passed: boolean
    outputs: { name: string; expected: unknown; actual: unknown; passed: boolean }[]
    /** Per decision table, the matched rows (1-based). */
    matchedRules: { decisionId: string; rules: number[] }[]
    problems: Problem[]
  }[]
}

export interface DraftResult {
  version: Version
  problems: Problem[]
  /**
   * The two quality-gate fields are optional because the server's schema does not require them:
   * answers whose checks ran no decision tests or no rule configuration leave them out.
   */
  decisionTests?: DecisionTestReport
  /** Revision of the rule configuration the checks used (0: the defaults). */
  lintConfigRevision?: number
}

export interface ApproveResult extends DraftResult {
  resolutions: { targetBlockId: string; resolvedVersion: string }[]
  flaggedVariants: string[]
}

export interface SearchHit {
  blockId: string
  /** Latest version in the requested states. */
  version: string
  state: VersionState
  organisationId: string
  organisationName: string
  name: string
  bezeichnung: string | null
  bausteinart: string | null
  /** Leistungsschlüssel of the version's leistungen, sorted. */
  leistungsschluessel: string[]
  /** Main BPMN file (artefakte.bpmn.datei); null: the version has no diagram. */
  bpmnDatei: string | null
  updatedAt: string
  score: number
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** Matching blocks. */
  total: number
  limit: number
  offset: number
  page: number
  facets: Record<SearchFacet, FacetCount[]>
}

export interface AuditEntry {
  id: number
  at: string
  actorId: string | null
  /**
   * Display name of the actor (null: the system, or unknown). Optional, like blockName, because
   * the server's schema does not require the two names.
   */
  actorName?: string | null
  blockName?: string | null
  action: string
  blockId: string | null
  version: string | null
  details: Record<string, unknown>
}

export interface AuditPage {
  items: AuditEntry[]
  /** Pass as `?cursor=` for the next page; null: no more entries. */
  nextCursor: string | null
}
