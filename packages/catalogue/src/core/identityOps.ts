import { randomUUID } from 'node:crypto'
import { InvalidInputError, NotFoundError } from '../errors'
import type { MembershipKey, NewLocalAccount, NewUser } from '../model/inputs'
import type { Page, PageRequest } from '../model/paging'
import type { LocalAccount, Membership, User } from '../model/records'
import { ROLES } from '../model/vocabulary'
import { nowIso, type StoreContext } from './context'
import { countRows, firstRow, naming, requireRow } from './opsSupport'
import { localAccountOf, membershipOf, userOf } from './rowMappers'
import { pageLimit, pageOffset, requireOneOf, requireText } from './validation'

const USER_COLUMNS = 'id, display_name, email, created_at, disabled_at'
const ACCOUNT_COLUMNS = 'user_id, username, password_hash, created_at, updated_at'
const MEMBERSHIP_COLUMNS = 'user_id, organisation_id, role, granted_at'

/** E-mail addresses and user names compare case-insensitively, so they are stored lower-cased. */
function normalised(value: string, field: string, maxLength: number): string {
  return requireText(value, field, maxLength).normalize('NFC').toLowerCase()
}

const MAX_USER_QUERY_LENGTH = 320

/** A LIKE pattern finding `query` anywhere; its own %, _ and backslash are taken literally. */
function containsPattern(query: string): string {
  const folded = query.normalize('NFC').toLowerCase()
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function userQuery(query: string | undefined): string | null {
  const trimmed = query?.trim() ?? ''
  if (trimmed === '') return null
  if (trimmed.length > MAX_USER_QUERY_LENGTH) {
    throw new InvalidInputError('query', {
      de: `darf höchstens ${MAX_USER_QUERY_LENGTH} Zeichen haben.`,
      en: `must have at most ${MAX_USER_QUERY_LENGTH} characters.`,
    })
  }
  return trimmed
}

export function identityOps(ctx: StoreContext) {
  async function getUser(id: string): Promise<User | null> {
    const row = await firstRow(ctx.ex, `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id])
    return row === undefined ? null : userOf(row)
  }

  async function findLocalAccountByUserId(userId: string): Promise<LocalAccount | null> {
    const row = await firstRow(
      ctx.ex,
      `SELECT ${ACCOUNT_COLUMNS} FROM local_accounts WHERE user_id = ?`,
      [userId]
    )
    return row === undefined ? null : localAccountOf(row)
  }

  async function findLocalAccount(username: string): Promise<LocalAccount | null> {
    const key = username.trim().normalize('NFC').toLowerCase()
    const row = await firstRow(
      ctx.ex,
      `SELECT ${ACCOUNT_COLUMNS} FROM local_accounts WHERE username = ?`,
      [key]
    )
    return row === undefined ? null : localAccountOf(row)
  }

  async function checkMembershipKey(input: MembershipKey): Promise<void> {
    requireOneOf(input.role, ROLES, 'role')
    await requireRow(ctx.ex, 'users', 'id', input.userId, 'user')
    await requireRow(ctx.ex, 'organisations', 'id', input.organisationId, 'organisation')
  }

  return {
    async createUser(input: NewUser): Promise<User> {
      const user: User = {
        id: randomUUID(),
        // NFC, so a name typed on a system that decomposes umlauts is found by a query with „ö“.
        displayName: requireText(input.displayName, 'displayName', 200).normalize('NFC'),
        email:
          input.email === undefined || input.email === null
            ? null
            : normalised(input.email, 'email', 320),
        createdAt: nowIso(ctx),
        disabledAt: null,
      }
      await naming(
        user.email ?? user.id,
        ctx.ex.run(`INSERT INTO users (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
          user.id,
          user.displayName,
          user.email,
          user.createdAt,
          user.disabledAt,
        ])
      )
      return user
    },

    getUser,

    /**
     * Ordered by name case-insensitively (byte-wise after folding, the same on both databases), then
     * e-mail and id, so pages are stable. `query` matches part of the name or the e-mail address.
     */
    async listUsers(page: PageRequest & { query?: string } = {}): Promise<Page<User>> {
      const limit = pageLimit(page.limit)
      const offset = pageOffset(page.offset)
      const query = userQuery(page.query)
      const c = ctx.dialect.binaryCollation
      const name = ctx.dialect.caseFold('display_name')
      const where =
        query === null ? '' : ` WHERE (${name} LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')`
      const params = query === null ? [] : [containsPattern(query), containsPattern(query)]
      const total = await countRows(ctx.ex, `SELECT COUNT(*) AS n FROM users${where}`, params)
      const rows = await ctx.ex.all(
        `SELECT ${USER_COLUMNS} FROM users${where}
         ORDER BY ${name}${c}, display_name${c}, COALESCE(email, '')${c}, id${c}
         LIMIT ? OFFSET ?`,
        [...params, limit, offset]
      )
      return { items: rows.map(userOf), total, limit, offset }
    },

    async findUserByEmail(email: string): Promise<User | null> {
      const key = email.trim().normalize('NFC').toLowerCase()
      const row = await firstRow(ctx.ex, `SELECT ${USER_COLUMNS} FROM users WHERE email = ?`, [key])
      return row === undefined ? null : userOf(row)
    },

    async setUserDisabled(userId: string, disabled: boolean): Promise<User> {
      const changed = await ctx.ex.run('UPDATE users SET disabled_at = ? WHERE id = ?', [
        disabled ? nowIso(ctx) : null,
        userId,
      ])
      const user = changed === 0 ? null : await getUser(userId)
      if (user === null) throw new NotFoundError('user', userId)
      return user
    },

    async createLocalAccount(input: NewLocalAccount): Promise<LocalAccount> {
      await requireRow(ctx.ex, 'users', 'id', input.userId, 'user')
      const now = nowIso(ctx)
      const account: LocalAccount = {
        userId: input.userId,
        username: normalised(input.username, 'username', 100),
        passwordHash: requireText(input.passwordHash, 'passwordHash', 1000),
        createdAt: now,
        updatedAt: now,
      }
      await naming(
        account.username,
        ctx.ex.run(`INSERT INTO local_accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
          account.userId,
          account.username,
          account.passwordHash,
          account.createdAt,
          account.updatedAt,
        ])
      )
      return account
    },

    findLocalAccount,
    findLocalAccountByUserId,

    async setPasswordHash(userId: string, passwordHash: string): Promise<LocalAccount> {
      const changed = await ctx.ex.run(
        'UPDATE local_accounts SET password_hash = ?, updated_at = ? WHERE user_id = ?',
        [requireText(passwordHash, 'passwordHash', 1000), nowIso(ctx), userId]
      )
      const account = changed === 0 ? null : await findLocalAccountByUserId(userId)
      if (account === null) throw new NotFoundError('account', userId)
      return account
    },

    async grantRole(input: MembershipKey): Promise<boolean> {
      await checkMembershipKey(input)
      const changed = await ctx.ex.run(
        `INSERT INTO memberships (${MEMBERSHIP_COLUMNS}) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, organisation_id, role) DO NOTHING`,
        [input.userId, input.organisationId, input.role, nowIso(ctx)]
      )
      return changed > 0
    },

    async revokeRole(input: MembershipKey): Promise<boolean> {
      const changed = await ctx.ex.run(
        'DELETE FROM memberships WHERE user_id = ? AND organisation_id = ? AND role = ?',
        [input.userId, input.organisationId, input.role]
      )
      return changed > 0
    },

    async listMemberships(userId: string): Promise<Membership[]> {
      const c = ctx.dialect.binaryCollation
      const rows = await ctx.ex.all(
        `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = ?
         ORDER BY organisation_id${c}, role${c}`,
        [userId]
      )
      return rows.map(membershipOf)
    },

    async listMembers(organisationId: string): Promise<Membership[]> {
      const c = ctx.dialect.binaryCollation
      const rows = await ctx.ex.all(
        `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE organisation_id = ?
         ORDER BY user_id${c}, role${c}`,
        [organisationId]
      )
      return rows.map(membershipOf)
    },
  }
}
