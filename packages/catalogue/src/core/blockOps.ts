import type { NewBlock } from '../model/inputs'
import type { Page, PageRequest } from '../model/paging'
import type { Block } from '../model/records'
import { nowIso, type StoreContext } from './context'
import { countRows, firstRow, naming, requireActor, requireRow } from './opsSupport'
import { blockOf } from './rowMappers'
import { pageLimit, pageOffset, requireBlockId } from './validation'

const COLUMNS = 'id, organisation_id, created_at, created_by'

export function blockOps(ctx: StoreContext) {
  return {
    async createBlock(input: NewBlock): Promise<Block> {
      const block: Block = {
        id: requireBlockId(input.id, 'id'),
        organisationId: input.organisationId,
        createdAt: nowIso(ctx),
        createdBy: input.createdBy ?? null,
      }
      await requireRow(ctx.ex, 'organisations', 'id', block.organisationId, 'organisation')
      await requireActor(ctx.ex, block.createdBy)
      await naming(
        block.id,
        ctx.ex.run(`INSERT INTO blocks (${COLUMNS}) VALUES (?, ?, ?, ?)`, [
          block.id,
          block.organisationId,
          block.createdAt,
          block.createdBy,
        ])
      )
      return block
    },

    async getBlock(id: string): Promise<Block | null> {
      const row = await firstRow(ctx.ex, `SELECT ${COLUMNS} FROM blocks WHERE id = ?`, [id])
      return row === undefined ? null : blockOf(row)
    },

    async listBlocks(query: PageRequest & { organisationId?: string } = {}): Promise<Page<Block>> {
      const limit = pageLimit(query.limit)
      const offset = pageOffset(query.offset)
      const where = query.organisationId === undefined ? '' : 'WHERE organisation_id = ?'
      const params = query.organisationId === undefined ? [] : [query.organisationId]
      const total = await countRows(ctx.ex, `SELECT COUNT(*) AS n FROM blocks ${where}`, params)
      const rows = await ctx.ex.all(
        `SELECT ${COLUMNS} FROM blocks ${where} ORDER BY id${ctx.dialect.binaryCollation} LIMIT ? OFFSET ?`,
        [...params, limit, offset]
      )
      return { items: rows.map(blockOf), total, limit, offset }
    },
  }
}
