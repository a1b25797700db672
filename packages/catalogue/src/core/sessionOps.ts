import { randomUUID } from 'node:crypto'
import { NotFoundError } from '../errors'
import type { NewApiToken, NewSession } from '../model/inputs'
import type { ApiToken, Session } from '../model/records'
import type { TokenHash } from '../tokenHash'
import { nowIso, type StoreContext } from './context'
import { firstRow, naming, requireRow } from './opsSupport'
import { apiTokenOf, sessionOf } from './rowMappers'
import { requireHash, requireText, requireTimestamp } from './validation'

const SESSION_COLUMNS = 'id_hash, user_id, csrf_token_hash, created_at, expires_at'
const TOKEN_COLUMNS =
  'id, user_id, name, token_hash, created_at, expires_at, last_used_at, revoked_at'

export function sessionOps(ctx: StoreContext) {
  return {
    async createSession(input: NewSession): Promise<Session> {
      await requireRow(ctx.ex, 'users', 'id', input.userId, 'user')
      const session: Session = {
        idHash: requireHash(input.idHash, 'idHash'),
        userId: input.userId,
        csrfTokenHash: requireHash(input.csrfTokenHash, 'csrfTokenHash'),
        createdAt: nowIso(ctx),
        expiresAt: requireTimestamp(input.expiresAt, 'expiresAt'),
      }
      await ctx.ex.run(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
        session.idHash,
        session.userId,
        session.csrfTokenHash,
        session.createdAt,
        session.expiresAt,
      ])
      return session
    },

    async findSession(idHash: TokenHash): Promise<Session | null> {
      const row = await firstRow(
        ctx.ex,
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id_hash = ? AND expires_at > ?`,
        [idHash, nowIso(ctx)]
      )
      return row === undefined ? null : sessionOf(row)
    },

    async extendSession(idHash: TokenHash, expiresAt: string): Promise<boolean> {
      const changed = await ctx.ex.run(
        'UPDATE sessions SET expires_at = ? WHERE id_hash = ? AND expires_at > ?',
        [requireTimestamp(expiresAt, 'expiresAt'), idHash, nowIso(ctx)]
      )
      return changed > 0
    },

    async deleteSession(idHash: TokenHash): Promise<boolean> {
      return (await ctx.ex.run('DELETE FROM sessions WHERE id_hash = ?', [idHash])) > 0
    },

    async deleteUserSessions(userId: string): Promise<number> {
      return ctx.ex.run('DELETE FROM sessions WHERE user_id = ?', [userId])
    },

    async deleteExpiredSessions(): Promise<number> {
      return ctx.ex.run('DELETE FROM sessions WHERE expires_at <= ?', [nowIso(ctx)])
    },

    async createApiToken(input: NewApiToken): Promise<ApiToken> {
      await requireRow(ctx.ex, 'users', 'id', input.userId, 'user')
      const token: ApiToken = {
        id: randomUUID(),
        userId: input.userId,
        name: requireText(input.name, 'name', 100),
        tokenHash: requireHash(input.tokenHash, 'tokenHash'),
        createdAt: nowIso(ctx),
        expiresAt:
          input.expiresAt === undefined || input.expiresAt === null
            ? null
            : requireTimestamp(input.expiresAt, 'expiresAt'),
        lastUsedAt: null,
        revokedAt: null,
      }
      await naming(
        token.name,
        ctx.ex.run(`INSERT INTO api_tokens (${TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
          token.id,
          token.userId,
          token.name,
          token.tokenHash,
          token.createdAt,
          token.expiresAt,
          token.lastUsedAt,
          token.revokedAt,
        ])
      )
      return token
    },

    async findActiveApiToken(tokenHash: TokenHash): Promise<ApiToken | null> {
      const row = await firstRow(
        ctx.ex,
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens
         WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
        [tokenHash, nowIso(ctx)]
      )
      return row === undefined ? null : apiTokenOf(row)
    },

    async recordApiTokenUse(tokenId: string): Promise<void> {
      const changed = await ctx.ex.run('UPDATE api_tokens SET last_used_at = ? WHERE id = ?', [
        nowIso(ctx),
        tokenId,
      ])
      if (changed === 0) throw new NotFoundError('apiToken', tokenId)
    },

    async revokeApiToken(tokenId: string): Promise<boolean> {
      const changed = await ctx.ex.run(
        'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
        [nowIso(ctx), tokenId]
      )
      return changed > 0
    },

    async listApiTokens(userId: string): Promise<ApiToken[]> {
      const rows = await ctx.ex.all(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = ?
         ORDER BY created_at, id${ctx.dialect.binaryCollation}`,
        [userId]
      )
      return rows.map(apiTokenOf)
    },
  }
}
