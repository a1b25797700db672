import { InvalidInputError, NotFoundError } from '../errors'
import type { NewReference, NewRelation, ReferenceResolution, VersionKey } from '../model/inputs'
import type { BlockRelation, VersionReference } from '../model/records'
import { RELATION_PREDICATES, type RelationPredicate } from '../model/vocabulary'
import { nowIso, type StoreContext } from './context'
import { naming, requireRow, requireVersionRow, versionLabel } from './opsSupport'
import { referenceOf, relationOf } from './rowMappers'
import type { SqlExecutor } from './sqlExecutor'
import { parseSemver, requireBlockId, requireOneOf, requireText } from './validation'

const REFERENCE_COLUMNS =
  'block_id, version, target_block_id, version_range AS range, resolved_version'
const RELATION_COLUMNS = 'block_id, predicate, target_block_id, target_version, created_at'

export function linkOps(ctx: StoreContext) {
  const c = ctx.dialect.binaryCollation

  async function readReferences(ex: SqlExecutor, key: VersionKey): Promise<VersionReference[]> {
    const rows = await ex.all(
      `SELECT ${REFERENCE_COLUMNS} FROM version_references WHERE block_id = ? AND version = ?
       ORDER BY target_block_id${c}`,
      [key.blockId, key.version]
    )
    return rows.map(referenceOf)
  }

  return {
    async setReferences(
      key: VersionKey,
      references: readonly NewReference[]
    ): Promise<VersionReference[]> {
      const seen = new Set<string>()
      const checked = references.map((reference, index) => {
        const target = requireBlockId(reference.targetBlockId, `references/${index}/targetBlockId`)
        if (seen.has(target)) {
          throw new InvalidInputError(`references/${index}/targetBlockId`, {
            de: `Der Baustein „${target}“ wird zweimal referenziert.`,
            en: `The building block "${target}" is referenced twice.`,
          })
        }
        seen.add(target)
        return { target, range: requireText(reference.range, `references/${index}/range`, 100) }
      })
      return ctx.ex.atomic(async (ex) => {
        await requireVersionRow(ex, key)
        // The database refuses both statements for a published version (ImmutableVersionError).
        await naming(
          versionLabel(key),
          (async () => {
            await ex.run('DELETE FROM version_references WHERE block_id = ? AND version = ?', [
              key.blockId,
              key.version,
            ])
            for (const { target, range } of checked) {
              await ex.run(
                `INSERT INTO version_references (block_id, version, target_block_id, version_range, resolved_version)
                 VALUES (?, ?, ?, ?, NULL)`,
                [key.blockId, key.version, target, range]
              )
            }
          })()
        )
        return readReferences(ex, key)
      })
    },

    async resolveReferences(
      key: VersionKey,
      resolutions: readonly ReferenceResolution[]
    ): Promise<VersionReference[]> {
      resolutions.forEach((r, index) =>
        parseSemver(r.resolvedVersion, `resolutions/${index}/resolvedVersion`)
      )
      return ctx.ex.atomic(async (ex) => {
        await requireVersionRow(ex, key)
        for (const resolution of resolutions) {
          const target = { blockId: resolution.targetBlockId, version: resolution.resolvedVersion }
          await requireVersionRow(ex, target)
          const changed = await naming(
            versionLabel(key),
            ex.run(
              `UPDATE version_references SET resolved_version = ?
               WHERE block_id = ? AND version = ? AND target_block_id = ?`,
              [resolution.resolvedVersion, key.blockId, key.version, resolution.targetBlockId]
            )
          )
          if (changed === 0) {
            throw new NotFoundError(
              'reference',
              `${versionLabel(key)} → ${resolution.targetBlockId}`
            )
          }
        }
        return readReferences(ex, key)
      })
    },

    async listReferences(key: VersionKey): Promise<VersionReference[]> {
      return readReferences(ctx.ex, key)
    },

    async listDependents(targetBlockId: string): Promise<VersionReference[]> {
      const rows = await ctx.ex.all(
        `SELECT r.block_id, r.version, r.target_block_id, r.version_range AS range, r.resolved_version
         FROM version_references r
         JOIN block_versions v ON v.block_id = r.block_id AND v.version = r.version
         WHERE r.target_block_id = ?
         ORDER BY r.block_id${c}, v.major DESC, v.minor DESC, v.patch DESC`,
        [targetBlockId]
      )
      return rows.map(referenceOf)
    },

    async addRelation(input: NewRelation): Promise<BlockRelation> {
      const relation: BlockRelation = {
        blockId: input.blockId,
        predicate: requireOneOf(input.predicate, RELATION_PREDICATES, 'predicate'),
        targetBlockId: input.targetBlockId,
        targetVersion: input.targetVersion ?? null,
        createdAt: nowIso(ctx),
      }
      if (relation.blockId === relation.targetBlockId) {
        throw new InvalidInputError('targetBlockId', {
          de: 'Ein Baustein kann nicht mit sich selbst in Relation stehen.',
          en: 'A building block cannot be related to itself.',
        })
      }
      return ctx.ex.atomic(async (ex) => {
        await requireRow(ex, 'blocks', 'id', relation.blockId, 'block')
        if (relation.targetVersion === null) {
          await requireRow(ex, 'blocks', 'id', relation.targetBlockId, 'block')
        } else {
          await requireVersionRow(ex, {
            blockId: relation.targetBlockId,
            version: relation.targetVersion,
          })
        }
        await naming(
          `${relation.blockId} ${relation.predicate} ${relation.targetBlockId}`,
          ex.run(`INSERT INTO block_relations (${RELATION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
            relation.blockId,
            relation.predicate,
            relation.targetBlockId,
            relation.targetVersion,
            relation.createdAt,
          ])
        )
        return relation
      })
    },

    async listRelations(blockId: string): Promise<BlockRelation[]> {
      const rows = await ctx.ex.all(
        `SELECT ${RELATION_COLUMNS} FROM block_relations WHERE block_id = ?
         ORDER BY predicate${c}, target_block_id${c}`,
        [blockId]
      )
      return rows.map(relationOf)
    },

    async listRelationsTo(
      targetBlockId: string,
      predicate?: RelationPredicate
    ): Promise<BlockRelation[]> {
      const rows = await ctx.ex.all(
        `SELECT ${RELATION_COLUMNS} FROM block_relations WHERE target_block_id = ?
         ${predicate === undefined ? '' : 'AND predicate = ?'}
         ORDER BY predicate${c}, block_id${c}`,
        predicate === undefined ? [targetBlockId] : [targetBlockId, predicate]
      )
      return rows.map(relationOf)
    },
  }
}
