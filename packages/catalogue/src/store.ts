import type {
  LintConfigAppendResult,
  LintConfigRevision,
  NewLintConfigRevision,
} from './lintConfig/lintConfigRecords'
import type {
  CollabAppendOutcome,
  CollabAppendResult,
  CollabCompaction,
  CollabLogSize,
  CollabLogTotals,
  NewCollabUpdate,
} from './collab/collabRecords'
import type { CursorPage, Page, PageRequest } from './model/paging'
import type {
  AuditQuery,
  DraftDeletion,
  DraftUpdate,
  MembershipKey,
  NewApiToken,
  NewAuditEntry,
  NewBlock,
  NewDraft,
  NewLocalAccount,
  NewOrganisation,
  NewReference,
  NewRelation,
  NewSession,
  NewUser,
  ReferenceResolution,
  StateChange,
  VersionKey,
} from './model/inputs'
import type {
  ApiToken,
  AppliedMigration,
  AuditEntry,
  Block,
  BlockRelation,
  BlockVersion,
  LocalAccount,
  Membership,
  Organisation,
  ReviewEvent,
  Session,
  User,
  VersionFile,
  VersionFileInfo,
  VersionReference,
} from './model/records'
import type { DisplayNameQuery, DisplayNames } from './model/displayNames'
import type { CasResult, ContentVerification } from './model/results'
import type { SearchQuery, SearchResult } from './model/search'
import type { RelationPredicate } from './model/vocabulary'
import type {
  NotificationEntry,
  NotificationEntryQuery,
  SubmissionEvent,
} from './notifications/notificationTypes'
import type { TokenHash } from './tokenHash'

/**
 * Storage of the versioned catalogue. Pure persistence with storage-level integrity (uniqueness,
 * references, immutability of published content, compare-and-set on state); WHO may do WHAT is decided
 * by the lifecycle service above it.
 *
 * Conventions: getters return `null` when nothing is found; changes to something that does not exist
 * throw `NotFoundError`; duplicates throw `UniqueViolationError`; bad input throws `InvalidInputError`;
 * all errors are `CatalogueError`s carrying a bilingual `Problem`, never raw driver errors.
 */
export interface CatalogueStore {
  // --- organisations ---
  createOrganisation(input: NewOrganisation): Promise<Organisation>
  getOrganisation(id: string): Promise<Organisation | null>
  listOrganisations(page?: PageRequest): Promise<Page<Organisation>>

  // --- users, local accounts, memberships ---
  createUser(input: NewUser): Promise<User>
  getUser(id: string): Promise<User | null>
  /**
   * All users (disabled ones too), ordered by display name case-insensitively, then e-mail. `query`
   * keeps those whose display name or e-mail address contains it, ignoring case (umlauts included).
   */
  listUsers(page?: PageRequest & { query?: string }): Promise<Page<User>>
  findUserByEmail(email: string): Promise<User | null>
  /** Disables (or re-enables) a user; returns the updated user. */
  setUserDisabled(userId: string, disabled: boolean): Promise<User>
  createLocalAccount(input: NewLocalAccount): Promise<LocalAccount>
  findLocalAccount(username: string): Promise<LocalAccount | null>
  /** The local account of a user, or null if the user has none (or is unknown). */
  findLocalAccountByUserId(userId: string): Promise<LocalAccount | null>
  setPasswordHash(userId: string, passwordHash: string): Promise<LocalAccount>
  /** Grants a role; returns false if the user already had it (idempotent). */
  grantRole(input: MembershipKey): Promise<boolean>
  /** Revokes a role; returns false if the user did not have it. */
  revokeRole(input: MembershipKey): Promise<boolean>
  listMemberships(userId: string): Promise<Membership[]>
  listMembers(organisationId: string): Promise<Membership[]>

  // --- sessions and API tokens (looked up by hash only) ---
  createSession(input: NewSession): Promise<Session>
  /** The session with this id hash, or null if unknown or expired (by the store's clock). */
  findSession(idHash: TokenHash): Promise<Session | null>
  /** Moves the expiry of a live session; false if it is unknown or already expired. */
  extendSession(idHash: TokenHash, expiresAt: string): Promise<boolean>
  deleteSession(idHash: TokenHash): Promise<boolean>
  /** Ends all sessions of a user (e.g. after a password change); returns how many. */
  deleteUserSessions(userId: string): Promise<number>
  /** Removes expired sessions; returns how many. */
  deleteExpiredSessions(): Promise<number>
  createApiToken(input: NewApiToken): Promise<ApiToken>
  /** The token with this hash, or null if unknown, revoked or expired. */
  findActiveApiToken(tokenHash: TokenHash): Promise<ApiToken | null>
  /** Records that the token was just used. */
  recordApiTokenUse(tokenId: string): Promise<void>
  /** Revokes a token; false if unknown or already revoked. */
  revokeApiToken(tokenId: string): Promise<boolean>
  listApiTokens(userId: string): Promise<ApiToken[]>

  // --- blocks and versions ---
  createBlock(input: NewBlock): Promise<Block>
  getBlock(id: string): Promise<Block | null>
  listBlocks(query?: PageRequest & { organisationId?: string }): Promise<Page<Block>>
  /** Creates version `entwurf` with its files; the block must exist and the version must be new. */
  createDraft(input: NewDraft): Promise<BlockVersion>
  /** Changes a draft's metadata and/or files; only while it is `entwurf` (and at `expectedRevision`). */
  updateDraft(input: DraftUpdate): Promise<CasResult<BlockVersion>>
  /**
   * Removes a draft (only while `entwurf`, and at `expectedRevision`) with its files, references and
   * search entry, e.g. to renumber it; returns what was removed. Its review events stay (the history is
   * append-only). Throws ReferenceViolationError while another version or a relation points at it.
   */
  deleteDraft(input: DraftDeletion): Promise<CasResult<BlockVersion>>
  /**
   * Compare-and-set of the state, with a review event. Publishing computes and stores the content hash.
   * A published version can only move between `veroeffentlicht` and `abgekuendigt`.
   */
  setVersionState(input: StateChange): Promise<CasResult<BlockVersion>>
  getVersion(key: VersionKey): Promise<BlockVersion | null>
  /** All versions of a block, highest semver first. */
  listVersions(blockId: string): Promise<BlockVersion[]>
  listFiles(key: VersionKey): Promise<VersionFileInfo[]>
  getFile(key: VersionKey & { name: string }): Promise<VersionFile | null>
  listReviewEvents(key: VersionKey): Promise<ReviewEvent[]>
  /** Recomputes the content hash from stored metadata and files and compares it with the stored one. */
  verifyContent(key: VersionKey): Promise<ContentVerification>

  // --- references and relations ---
  /** Replaces a version's references (not allowed once published). */
  setReferences(key: VersionKey, references: readonly NewReference[]): Promise<VersionReference[]>
  /** Records the exact versions chosen for the references (before publishing). */
  resolveReferences(
    key: VersionKey,
    resolutions: readonly ReferenceResolution[]
  ): Promise<VersionReference[]>
  listReferences(key: VersionKey): Promise<VersionReference[]>
  /** References from any version of any block to this block. */
  listDependents(targetBlockId: string): Promise<VersionReference[]>
  addRelation(input: NewRelation): Promise<BlockRelation>
  /** Relations from this block to others (e.g. its origin, if it is a variant). */
  listRelations(blockId: string): Promise<BlockRelation[]>
  /** Relations from other blocks to this one; with `ABL`, the variants derived from it. */
  listRelationsTo(targetBlockId: string, predicate?: RelationPredicate): Promise<BlockRelation[]>

  // --- audit log (append-only) ---
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>
  listAudit(query?: AuditQuery): Promise<CursorPage<AuditEntry>>

  // --- display names and notifications (read-only views over the tables above) ---
  /**
   * Display names for ids, one query per kind (users, organisations, blocks). A block's name is that
   * of its highest published version, else of its highest version (unless `publishedBlockNamesOnly`).
   */
  lookupNames(query: DisplayNameQuery): Promise<DisplayNames>
  /** Audit entries that concern a user (see NotificationKind), newest first; not the user's own. */
  listNotificationEntries(query: NotificationEntryQuery): Promise<CursorPage<NotificationEntry>>
  /** How many such entries have an id above `afterId`, counting at most `cap`. */
  countNotificationEntries(
    query: NotificationEntryQuery & { afterId: number },
    cap?: number
  ): Promise<number>
  /** The review events of every version the user submitted, oldest first, with today's state. */
  listSubmissionEvents(userId: string): Promise<SubmissionEvent[]>

  // --- search ---
  search(query: SearchQuery): Promise<SearchResult>

  // --- rule configuration (Prüfregeln), append-only revisions ---
  /** The highest revision, or null before the first change (then the rules' defaults apply). */
  getCurrentLintConfig(): Promise<LintConfigRevision | null>
  /** Every revision, newest first. */
  listLintConfigRevisions(): Promise<LintConfigRevision[]>
  /**
   * Writes revision `basedOnRevision + 1` — only while `basedOnRevision` is still the current one
   * (0 when there is none); otherwise nothing is written and the conflict names the current one.
   */
  appendLintConfigRevision(input: NewLintConfigRevision): Promise<LintConfigAppendResult>

  // --- collaborative draft documents: Yjs update logs (docs/collaboration.md § Durability) ---
  /** The stored updates of a version's document in append order; NotFoundError for no such version. */
  loadCollabUpdates(key: VersionKey): Promise<Uint8Array[]>
  /**
   * The log's totals without reading it (one row; zeros for a draft without a document);
   * NotFoundError for no such version. Whether `lastSeq` moved tells whether anyone appended.
   */
  collabLogTotals(key: VersionKey): Promise<CollabLogTotals>
  /**
   * Appends one update in its own committed transaction; returns its sequence number and the log's
   * size. Refused (nothing stored) unless the version is `entwurf`, or when the log would exceed
   * `maxDocumentBytes`.
   */
  appendCollabUpdate(input: NewCollabUpdate): Promise<CollabAppendResult>
  /**
   * Appends several updates (of one or many documents) in ONE committed transaction, each in its own
   * savepoint: a refused one stores nothing and reports its error, the others are stored. Outcomes
   * come in the order of `inputs`; so are the updates of one document stored.
   */
  appendCollabUpdates(inputs: readonly NewCollabUpdate[]): Promise<CollabAppendOutcome[]>
  /** Replaces every stored update with `merge` of them, atomically, under the version's lock. */
  compactCollabUpdates(input: CollabCompaction): Promise<CollabLogSize>

  // --- meta ---
  getMeta(key: string): Promise<string | null>
  setMeta(key: string, value: string): Promise<void>
  listAppliedMigrations(): Promise<AppliedMigration[]>

  /**
   * Runs `fn` all-or-nothing: if it throws, nothing it wrote stays. Use ONLY the store passed to `fn`
   * inside it (calling the outer store there throws `TransactionMisuseError`). Nests via savepoints.
   */
  transaction<T>(fn: (tx: CatalogueStore) => Promise<T>): Promise<T>
  /** Closes the connection(s). Not available inside a transaction. */
  close(): Promise<void>
}
