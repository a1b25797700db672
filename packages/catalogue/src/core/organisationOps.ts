import type { NewOrganisation } from '../model/inputs'
import type { Page, PageRequest } from '../model/paging'
import type { Organisation } from '../model/records'
import { ORGANISATION_KINDS } from '../model/vocabulary'
import { InvalidInputError } from '../errors'
import { nowIso, type StoreContext } from './context'
import { countRows, firstRow, naming } from './opsSupport'
import { organisationOf } from './rowMappers'
import {
  pageLimit,
  pageOffset,
  requireOneOf,
  requireOrganisationId,
  requireText,
} from './validation'

const COLUMNS = 'id, name, kind, bundesland, created_at'

export function organisationOps(ctx: StoreContext) {
  return {
    async createOrganisation(input: NewOrganisation): Promise<Organisation> {
      const bundesland = input.bundesland ?? null
      if (bundesland !== null && !/^[0-9]{2}$/.test(bundesland)) {
        throw new InvalidInputError('bundesland', {
          de: `„${bundesland}“ ist kein zweistelliger Länderschlüssel (z. B. 14 für Sachsen).`,
          en: `"${bundesland}" is not a two-digit Land code (e.g. 14 for Sachsen).`,
        })
      }
      const organisation: Organisation = {
        id: requireOrganisationId(input.id, 'id'),
        name: requireText(input.name, 'name', 200),
        kind: requireOneOf(input.kind, ORGANISATION_KINDS, 'kind'),
        bundesland,
        createdAt: nowIso(ctx),
      }
      await naming(
        organisation.id,
        ctx.ex.run(`INSERT INTO organisations (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
          organisation.id,
          organisation.name,
          organisation.kind,
          organisation.bundesland,
          organisation.createdAt,
        ])
      )
      return organisation
    },

    async getOrganisation(id: string): Promise<Organisation | null> {
      const row = await firstRow(ctx.ex, `SELECT ${COLUMNS} FROM organisations WHERE id = ?`, [id])
      return row === undefined ? null : organisationOf(row)
    },

    async listOrganisations(page: PageRequest = {}): Promise<Page<Organisation>> {
      const limit = pageLimit(page.limit)
      const offset = pageOffset(page.offset)
      const total = await countRows(ctx.ex, 'SELECT COUNT(*) AS n FROM organisations', [])
      const rows = await ctx.ex.all(
        `SELECT ${COLUMNS} FROM organisations ORDER BY id${ctx.dialect.binaryCollation} LIMIT ? OFFSET ?`,
        [limit, offset]
      )
      return { items: rows.map(organisationOf), total, limit, offset }
    },
  }
}
