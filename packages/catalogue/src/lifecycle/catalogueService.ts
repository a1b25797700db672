import { checkBausteinFolder } from '@bauplan/domain'
import type { CursorPage } from '../model/paging'
import type { BlockVersion, VersionFile } from '../model/records'
import type { SearchQuery, SearchResult } from '../model/search'
import type { CatalogueStore } from '../store'
import { diffVersions } from '../diff/diffVersions'
import type { VersionDiff } from '../diff/diffTypes'
import type { Actor } from './actor'
import { approve } from './approve'
import { checkFolderQuality, type FolderQualityCheck } from './checkFolderQuality'
import { getBlockOverview } from './blockOverview'
import { createBlock, type CreateBlockInput } from './createBlock'
import { createDraft } from './createDraft'
import { deprecate, type Successor } from './deprecate'
import { deriveVariant, type DeriveVariantInput } from './deriveVariant'
import type { DraftDocuments } from './draftDocuments'
import type { FolderFiles } from './folderFiles'
import { followDraftDocument } from './followDraftDocument'
import { listAudit, type AuditEntryView, type AuditListQuery } from './listAudit'
import type { BlockOverview } from './overviewTypes'
import { getFile, getFolder } from './readFiles'
import type { CheckFolder } from './readDraftFolder'
import { reject } from './reject'
import type { ApproveResult, DraftResult, SubmitResult } from './results'
import { search } from './search'
import type { ServiceContext } from './serviceContext'
import { submit } from './submit'
import { updateDraft } from './updateDraft'
import {
  changeLintConfig,
  getLintConfig,
  listLintConfigHistory,
  type LintConfigChange,
} from '../lintConfig/lintConfigService'
import type { LintConfigView } from '../lintConfig/lintConfigView'

export interface CatalogueServiceOptions {
  store: CatalogueStore
  /** Time for metadata the service writes; default the system clock. */
  clock?: () => Date
  /** The whole-folder check; default the domain's `checkBausteinFolder`. */
  checkFolder?: CheckFolder
  /** Drafts' shared documents (the server's collaboration layer); default: no draft has one. */
  draftDocuments?: DraftDocuments
}

/**
 * The catalogue's business rules above the store: who may do what, which state transitions exist,
 * the publishing gate, variants, and the read views. Every change runs in one store transaction with
 * its audit entry, so it happens completely or not at all.
 */
export interface CatalogueService {
  createBlock(actor: Actor, input: CreateBlockInput): Promise<DraftResult>
  createDraft(actor: Actor, blockId: string): Promise<DraftResult>
  updateDraft(
    actor: Actor,
    blockId: string,
    version: string,
    files: FolderFiles,
    expectedRevision?: number
  ): Promise<DraftResult>
  submit(actor: Actor, blockId: string, version: string, note?: string): Promise<SubmitResult>
  approve(actor: Actor, blockId: string, version: string, comment?: string): Promise<ApproveResult>
  reject(actor: Actor, blockId: string, version: string, reason: string): Promise<BlockVersion>
  deprecate(
    actor: Actor,
    blockId: string,
    version: string,
    successor: Successor
  ): Promise<BlockVersion>
  deriveVariant(actor: Actor, input: DeriveVariantInput): Promise<DraftResult>
  getBlockOverview(
    actor: Actor,
    blockId: string,
    options?: { version?: string }
  ): Promise<BlockOverview>
  listAudit(actor: Actor, query?: AuditListQuery): Promise<CursorPage<AuditEntryView>>
  search(actor: Actor, query: SearchQuery): Promise<SearchResult>
  getFile(actor: Actor, blockId: string, version: string, name: string): Promise<VersionFile>
  getFolder(actor: Actor, blockId: string, version: string): Promise<FolderFiles>
  diff(actor: Actor, blockId: string, fromVersion: string, toVersion: string): Promise<VersionDiff>
  /** System only: stores a draft's files from its shared document (see followDraftDocument). */
  followDraftDocument(
    actor: Actor,
    blockId: string,
    version: string
  ): Promise<BlockVersion | undefined>
  /** Checks a folder as a submission would (rules, decision tests), storing nothing. */
  checkFolder(actor: Actor, files: FolderFiles): Promise<FolderQualityCheck>
  /** The catalogue's current rule configuration (Prüfregeln); anyone signed in may read it. */
  getLintConfig(actor: Actor): Promise<LintConfigView>
  /** Every revision of the rule configuration, newest first. */
  listLintConfigHistory(actor: Actor): Promise<LintConfigView[]>
  /** Curators and admins: set rule levels on the revision they saw (409 when it is stale). */
  changeLintConfig(actor: Actor, change: LintConfigChange): Promise<LintConfigView>
}

export function createCatalogueService(options: CatalogueServiceOptions): CatalogueService {
  const ctx: ServiceContext = {
    store: options.store,
    clock: options.clock ?? (() => new Date()),
    checkFolder: options.checkFolder ?? ((files) => checkBausteinFolder(files)),
    ...(options.draftDocuments ? { draftDocuments: options.draftDocuments } : {}),
  }
  return {
    createBlock: (actor, input) => createBlock(ctx, actor, input),
    createDraft: (actor, blockId) => createDraft(ctx, actor, blockId),
    updateDraft: (actor, blockId, version, files, expectedRevision) =>
      updateDraft(ctx, actor, blockId, version, files, expectedRevision),
    submit: (actor, blockId, version, note) => submit(ctx, actor, blockId, version, note),
    approve: (actor, blockId, version, comment) => approve(ctx, actor, blockId, version, comment),
    reject: (actor, blockId, version, reason) => reject(ctx, actor, blockId, version, reason),
    deprecate: (actor, blockId, version, successor) =>
      deprecate(ctx, actor, blockId, version, successor),
    deriveVariant: (actor, input) => deriveVariant(ctx, actor, input),
    getBlockOverview: (actor, blockId, opts) => getBlockOverview(ctx, actor, blockId, opts),
    listAudit: (actor, query = {}) => listAudit(ctx, actor, query),
    search: (actor, query) => search(ctx, actor, query),
    getFile: (actor, blockId, version, name) => getFile(ctx, actor, { blockId, version }, name),
    getFolder: (actor, blockId, version) => getFolder(ctx, actor, { blockId, version }),
    diff: (actor, blockId, fromVersion, toVersion) =>
      diffVersions(ctx, actor, blockId, fromVersion, toVersion),
    followDraftDocument: (actor, blockId, version) =>
      followDraftDocument(ctx, actor, { blockId, version }),
    checkFolder: (_actor, files) => checkFolderQuality(ctx, files),
    getLintConfig: () => getLintConfig(ctx),
    listLintConfigHistory: () => listLintConfigHistory(ctx),
    changeLintConfig: (actor, change) => changeLintConfig(ctx, actor, change),
  }
}
