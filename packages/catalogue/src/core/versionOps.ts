import { computeContentHash, sha256Hex } from '../contentHash'
import { InvalidInputError, NotFoundError } from '../errors'
import type { DraftUpdate, NewDraft, StateChange, VersionKey } from '../model/inputs'
import type { BlockVersion, ReviewEvent, VersionFile, VersionFileInfo } from '../model/records'
import type { CasResult, ContentVerification, VersionConflict } from '../model/results'
import {
  PUBLISHED_STATES,
  REVIEW_EVENT_KINDS,
  VERSION_STATES,
  type VersionState,
} from '../model/vocabulary'
import { nowIso, withExecutor, type StoreContext } from './context'
import { firstRow, naming, requireActor, versionLabel } from './opsSupport'
import { blockVersionOf, fileInfoOf, fileOf, reviewEventOf } from './rowMappers'
import { changesPublishedHead, refreshPublishedHead } from './publishedHeads'
import { indexVersion } from './searchIndexing'
import type { SqlExecutor } from './sqlExecutor'
import { prepareFiles, replaceFiles } from './versionFiles'
import { parseSemver, requireBlockId, requireJsonObject, requireOneOf } from './validation'

const COLUMNS =
  'block_id, version, state, revision, metadata, content_hash, created_at, created_by, updated_at, state_changed_at, published_at'

/** The version row, or null. */
export async function readVersion(ex: SqlExecutor, key: VersionKey): Promise<BlockVersion | null> {
  const row = await firstRow(
    ex,
    `SELECT ${COLUMNS} FROM block_versions WHERE block_id = ? AND version = ?`,
    [key.blockId, key.version]
  )
  return row === undefined ? null : blockVersionOf(row)
}

async function mustReadVersion(ex: SqlExecutor, key: VersionKey): Promise<BlockVersion> {
  const version = await readVersion(ex, key)
  if (version === null) throw new NotFoundError('version', versionLabel(key))
  return version
}

async function readFileInfos(ex: SqlExecutor, key: VersionKey): Promise<VersionFileInfo[]> {
  const rows = await ex.all(
    `SELECT name, media_type, size, sha256 FROM version_files
     WHERE block_id = ? AND version = ? ORDER BY name`,
    [key.blockId, key.version]
  )
  return rows.map(fileInfoOf)
}

/** Which conflict explains that a compare-and-set matched no row. */
function conflictOf(
  current: BlockVersion,
  expectedState: VersionState,
  expectedRevision: number | undefined
): VersionConflict {
  if (current.state !== expectedState) {
    return { kind: 'state', expected: expectedState, actual: current.state }
  }
  return {
    kind: 'revision',
    expected: expectedRevision ?? current.revision,
    actual: current.revision,
  }
}

function requireReason(input: StateChange): string | null {
  const reason = input.reason?.trim() ?? ''
  if (input.kind === 'zurueckgewiesen' && reason === '') {
    throw new InvalidInputError('reason', {
      de: 'Eine Zurückweisung braucht eine Begründung.',
      en: 'A rejection needs a reason.',
    })
  }
  return reason === '' ? null : reason
}

export function versionOps(ctx: StoreContext) {
  return {
    async createDraft(input: NewDraft): Promise<BlockVersion> {
      const key = { blockId: requireBlockId(input.blockId), version: input.version }
      const semver = parseSemver(input.version)
      const metadata = requireJsonObject(input.metadata, 'metadata')
      const files = prepareFiles(input.files)
      return ctx.ex.atomic(async (ex) => {
        const block = await firstRow(ex, 'SELECT organisation_id FROM blocks WHERE id = ?', [
          key.blockId,
        ])
        if (block === undefined) throw new NotFoundError('block', key.blockId)
        await requireActor(ex, input.createdBy)
        const now = nowIso(ctx)
        await naming(
          versionLabel(key),
          ex.run(
            `INSERT INTO block_versions (block_id, version, major, minor, patch, state, revision, metadata,
               content_hash, created_at, created_by, updated_at, state_changed_at, published_at)
             VALUES (?, ?, ?, ?, ?, 'entwurf', 1, ?, NULL, ?, ?, ?, ?, NULL)`,
            [
              key.blockId,
              key.version,
              semver.major,
              semver.minor,
              semver.patch,
              JSON.stringify(metadata),
              now,
              input.createdBy ?? null,
              now,
              now,
            ]
          )
        )
        await replaceFiles(ex, key, files)
        await indexVersion(withExecutor(ctx, ex), key, metadata, String(block.organisation_id))
        return mustReadVersion(ex, key)
      })
    },

    async updateDraft(input: DraftUpdate): Promise<CasResult<BlockVersion>> {
      const key = { blockId: input.blockId, version: input.version }
      const metadata =
        input.metadata === undefined ? undefined : requireJsonObject(input.metadata, 'metadata')
      const files = input.files === undefined ? undefined : prepareFiles(input.files)
      return ctx.ex.atomic(async (ex): Promise<CasResult<BlockVersion>> => {
        // The row update comes first: it is the compare-and-set, and it locks the row (PostgreSQL) so
        // a concurrent publish waits instead of hashing files that are about to change.
        const revisionCheck = input.expectedRevision === undefined ? '' : ' AND revision = ?'
        const changed = await ex.run(
          `UPDATE block_versions SET revision = revision + 1, updated_at = ?${metadata === undefined ? '' : ', metadata = ?'}
           WHERE block_id = ? AND version = ? AND state = 'entwurf'${revisionCheck}`,
          [
            nowIso(ctx),
            ...(metadata === undefined ? [] : [JSON.stringify(metadata)]),
            key.blockId,
            key.version,
            ...(input.expectedRevision === undefined ? [] : [input.expectedRevision]),
          ]
        )
        if (changed === 0) {
          const current = await mustReadVersion(ex, key)
          return { ok: false, conflict: conflictOf(current, 'entwurf', input.expectedRevision) }
        }
        if (files !== undefined) await replaceFiles(ex, key, files)
        if (metadata !== undefined) {
          const block = await firstRow(ex, 'SELECT organisation_id FROM blocks WHERE id = ?', [
            key.blockId,
          ])
          await indexVersion(withExecutor(ctx, ex), key, metadata, String(block?.organisation_id))
        }
        return { ok: true, value: await mustReadVersion(ex, key) }
      })
    },

    async setVersionState(input: StateChange): Promise<CasResult<BlockVersion>> {
      const key = { blockId: input.blockId, version: input.version }
      const expected = requireOneOf(input.expected, VERSION_STATES, 'expected')
      const next = requireOneOf(input.next, VERSION_STATES, 'next')
      const kind = requireOneOf(input.kind, REVIEW_EVENT_KINDS, 'kind')
      const reason = requireReason(input)
      return ctx.ex.atomic(async (ex): Promise<CasResult<BlockVersion>> => {
        await requireActor(ex, input.actorId)
        const current = await mustReadVersion(ex, key)
        const revision = input.expectedRevision ?? current.revision
        if (current.state !== expected || current.revision !== revision) {
          return { ok: false, conflict: conflictOf(current, expected, input.expectedRevision) }
        }
        const now = nowIso(ctx)
        let contentHash = current.contentHash
        let publishedAt = current.publishedAt
        if (PUBLISHED_STATES.includes(next) && contentHash === null) {
          contentHash = computeContentHash({
            metadata: current.metadata,
            files: await readFileInfos(ex, key),
          })
          publishedAt = now
        }
        // The revision in the WHERE clause makes the hash above belong to exactly this content.
        const changed = await naming(
          versionLabel(key),
          ex.run(
            `UPDATE block_versions SET state = ?, state_changed_at = ?, content_hash = ?, published_at = ?
             WHERE block_id = ? AND version = ? AND state = ? AND revision = ?`,
            [next, now, contentHash, publishedAt, key.blockId, key.version, expected, revision]
          )
        )
        if (changed === 0) {
          const latest = await mustReadVersion(ex, key)
          return { ok: false, conflict: conflictOf(latest, expected, revision) }
        }
        await ex.run(
          `INSERT INTO version_review_events (block_id, version, kind, from_state, to_state, reason, actor_id, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [key.blockId, key.version, kind, expected, next, reason, input.actorId ?? null, now]
        )
        if (changesPublishedHead(expected, next)) {
          await refreshPublishedHead(withExecutor(ctx, ex), key.blockId)
        }
        return { ok: true, value: await mustReadVersion(ex, key) }
      })
    },

    async getVersion(key: VersionKey): Promise<BlockVersion | null> {
      return readVersion(ctx.ex, key)
    },

    async listVersions(blockId: string): Promise<BlockVersion[]> {
      const rows = await ctx.ex.all(
        `SELECT ${COLUMNS} FROM block_versions WHERE block_id = ?
         ORDER BY major DESC, minor DESC, patch DESC`,
        [blockId]
      )
      return rows.map(blockVersionOf)
    },

    async listFiles(key: VersionKey): Promise<VersionFileInfo[]> {
      return readFileInfos(ctx.ex, key)
    },

    async getFile(key: VersionKey & { name: string }): Promise<VersionFile | null> {
      const row = await firstRow(
        ctx.ex,
        `SELECT name, media_type, size, sha256, bytes FROM version_files
         WHERE block_id = ? AND version = ? AND name = ?`,
        [key.blockId, key.version, key.name]
      )
      return row === undefined ? null : fileOf(row)
    },

    async listReviewEvents(key: VersionKey): Promise<ReviewEvent[]> {
      const rows = await ctx.ex.all(
        `SELECT id, block_id, version, kind, from_state, to_state, reason, actor_id, at
         FROM version_review_events WHERE block_id = ? AND version = ? ORDER BY id`,
        [key.blockId, key.version]
      )
      return rows.map(reviewEventOf)
    },

    async verifyContent(key: VersionKey): Promise<ContentVerification> {
      const version = await mustReadVersion(ctx.ex, key)
      // Hash the bytes again rather than trusting the stored per-file hashes: this is the check that
      // finds damaged or tampered files.
      const rows = await ctx.ex.all(
        'SELECT name, media_type, size, sha256, bytes FROM version_files WHERE block_id = ? AND version = ?',
        [key.blockId, key.version]
      )
      const files = rows.map(fileOf).map((file) => ({ ...file, sha256: sha256Hex(file.bytes) }))
      const computedHash = computeContentHash({ metadata: version.metadata, files })
      return {
        ok: version.contentHash === computedHash,
        storedHash: version.contentHash,
        computedHash,
      }
    },
  }
}
