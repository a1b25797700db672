import { NotFoundError } from '../errors'
import type { DraftDeletion } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import type { CasResult } from '../model/results'
import type { StoreContext } from './context'
import { versionLabel } from './opsSupport'
import { readVersion } from './versionOps'

export function draftDeletionOps(ctx: StoreContext) {
  return {
    async deleteDraft(input: DraftDeletion): Promise<CasResult<BlockVersion>> {
      const key = { blockId: input.blockId, version: input.version }
      const params = [key.blockId, key.version]
      return ctx.ex.atomic(async (ex): Promise<CasResult<BlockVersion>> => {
        const current = await readVersion(ex, key)
        if (current === null) throw new NotFoundError('version', versionLabel(key))
        if (current.state !== 'entwurf') {
          return {
            ok: false,
            conflict: { kind: 'state', expected: 'entwurf', actual: current.state },
          }
        }
        const revision = input.expectedRevision ?? current.revision
        // A no-op update as compare-and-set: it also locks the row (PostgreSQL) until we are done, so
        // no concurrent submit or edit can slip in between the check and the deletes below.
        const locked = await ex.run(
          `UPDATE block_versions SET revision = revision
           WHERE block_id = ? AND version = ? AND state = 'entwurf' AND revision = ?`,
          [...params, revision]
        )
        if (locked === 0) {
          const latest = (await readVersion(ex, key)) ?? current
          return {
            ok: false,
            conflict:
              latest.state !== 'entwurf'
                ? { kind: 'state', expected: 'entwurf', actual: latest.state }
                : { kind: 'revision', expected: revision, actual: latest.revision },
          }
        }
        await ctx.fullText.remove(ex, key)
        for (const table of [
          'search_terms',
          'search_documents',
          'version_files',
          'version_references',
        ]) {
          await ex.run(`DELETE FROM ${table} WHERE block_id = ? AND version = ?`, params)
        }
        await ex.run('DELETE FROM block_versions WHERE block_id = ? AND version = ?', params)
        return { ok: true, value: current }
      })
    },
  }
}
