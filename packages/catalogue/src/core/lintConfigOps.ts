import { InvalidInputError, UniqueViolationError } from '../errors'
import type {
  LintConfigAppendResult,
  LintConfigRevision,
  NewLintConfigRevision,
} from '../lintConfig/lintConfigRecords'
import { nowIso, type StoreContext } from './context'
import { firstRow, requireActor } from './opsSupport'
import { toInt, toIso, toJsonObject } from './rowMappers'
import type { SqlExecutor, SqlRow } from './sqlExecutor'
import { requireJsonObject, requireText } from './validation'

const COLUMNS = 'revision, rules, changed_by, changed_at, comment'

function revisionOf(row: SqlRow): LintConfigRevision {
  return {
    revision: toInt(row.revision),
    rules: toJsonObject(row.rules),
    changedBy:
      row.changed_by === null || row.changed_by === undefined ? null : String(row.changed_by),
    changedAt: toIso(row.changed_at),
    comment: row.comment === null || row.comment === undefined ? null : String(row.comment),
  }
}

async function currentRevisionNumber(ex: SqlExecutor): Promise<number> {
  const row = await firstRow(ex, 'SELECT MAX(revision) AS revision FROM lint_config_revisions', [])
  return row?.revision === null || row?.revision === undefined ? 0 : toInt(row.revision)
}

function requireRevisionNumber(value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidInputError('basedOnRevision', {
      de: 'muss eine ganze Zahl ab 0 sein (0 vor der ersten Änderung).',
      en: 'must be a whole number from 0 (0 before the first change).',
    })
  }
  return value
}

/** The rule configuration's revisions: append-only, gapless, compare-and-set on the current one. */
export function lintConfigOps(ctx: StoreContext) {
  return {
    async getCurrentLintConfig(): Promise<LintConfigRevision | null> {
      const row = await firstRow(
        ctx.ex,
        `SELECT ${COLUMNS} FROM lint_config_revisions ORDER BY revision DESC LIMIT 1`,
        []
      )
      return row === undefined ? null : revisionOf(row)
    },

    async listLintConfigRevisions(): Promise<LintConfigRevision[]> {
      const rows = await ctx.ex.all(
        `SELECT ${COLUMNS} FROM lint_config_revisions ORDER BY revision DESC`,
        []
      )
      return rows.map(revisionOf)
    },

    async appendLintConfigRevision(input: NewLintConfigRevision): Promise<LintConfigAppendResult> {
      const basedOn = requireRevisionNumber(input.basedOnRevision)
      const rules = requireJsonObject(input.rules, 'rules')
      const comment =
        input.comment === undefined || input.comment === null || input.comment.trim() === ''
          ? null
          : requireText(input.comment.trim(), 'comment', 2000)
      const changedAt = nowIso(ctx)
      try {
        return await ctx.ex.atomic(async (ex) => {
          await requireActor(ex, input.changedBy)
          const actual = await currentRevisionNumber(ex)
          if (actual !== basedOn) return { ok: false, conflict: { expected: basedOn, actual } }
          await ex.run(
            `INSERT INTO lint_config_revisions (revision, rules, changed_by, changed_at, comment)
             VALUES (?, ?, ?, ?, ?)`,
            [basedOn + 1, JSON.stringify(rules), input.changedBy, changedAt, comment]
          )
          const value: LintConfigRevision = {
            revision: basedOn + 1,
            rules,
            changedBy: input.changedBy,
            changedAt,
            comment,
          }
          return { ok: true, value }
        })
      } catch (error) {
        // Two changes on the same revision at once: the primary key lets only the first one in.
        if (!(error instanceof UniqueViolationError)) throw error
        return {
          ok: false,
          conflict: { expected: basedOn, actual: await currentRevisionNumber(ctx.ex) },
        }
      }
    },
  }
}
