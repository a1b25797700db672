import { describe, expect, it } from 'vitest'
import { InvalidInputError, UniqueViolationError } from '../../errors'
import { hashToken, type TokenHash } from '../../tokenHash'
import { rejection } from './fixtures'
import { useHarness, type OpenHarness } from './harness'

const HOUR = 3_600_000

export function describeSessions(open: OpenHarness): void {
  describe('sessions', () => {
    const ref = useHarness(open)

    it('are found by the hash of their id until they expire', async () => {
      const user = await ref.store.createUser({ displayName: 'Anna' })
      const idHash = hashToken('session-secret-1')
      const session = await ref.store.createSession({
        idHash,
        userId: user.id,
        csrfTokenHash: hashToken('csrf-1'),
        expiresAt: ref.clock.iso(HOUR),
      })
      expect(await ref.store.findSession(idHash)).toEqual(session)
      expect(await ref.store.findSession(hashToken('session-secret-2'))).toBeNull()

      ref.clock.advance(HOUR - 1)
      expect(await ref.store.extendSession(idHash, ref.clock.iso(HOUR))).toBe(true)
      ref.clock.advance(HOUR - 1)
      expect((await ref.store.findSession(idHash))?.expiresAt).toBe(ref.clock.iso(1))
      ref.clock.advance(1)
      expect(await ref.store.findSession(idHash)).toBeNull()
      expect(await ref.store.extendSession(idHash, ref.clock.iso(HOUR))).toBe(false)
      expect(await ref.store.deleteExpiredSessions()).toBe(1)
    })

    it('end one at a time or all of a user at once', async () => {
      const user = await ref.store.createUser({ displayName: 'Anna' })
      for (const n of [1, 2, 3]) {
        await ref.store.createSession({
          idHash: hashToken(`s${n}`),
          userId: user.id,
          csrfTokenHash: hashToken(`c${n}`),
          expiresAt: ref.clock.iso(HOUR),
        })
      }
      expect(await ref.store.deleteSession(hashToken('s1'))).toBe(true)
      expect(await ref.store.deleteSession(hashToken('s1'))).toBe(false)
      expect(await ref.store.deleteUserSessions(user.id)).toBe(2)
      expect(await ref.store.findSession(hashToken('s2'))).toBeNull()
    })

    it('accept only hashes, never a raw secret', async () => {
      const user = await ref.store.createUser({ displayName: 'Anna' })
      const error = await rejection(
        ref.store.createSession({
          idHash: 'plain-session-id' as TokenHash,
          userId: user.id,
          csrfTokenHash: hashToken('c'),
          expiresAt: ref.clock.iso(HOUR),
        })
      )
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).problem.pointer).toBe('/idHash')
    })
  })

  describe('API tokens', () => {
    const ref = useHarness(open)

    it('are found by hash while live, record their use, and stop working when revoked', async () => {
      const user = await ref.store.createUser({ displayName: 'CI' })
      const tokenHash = hashToken('bp_secret_token')
      const token = await ref.store.createApiToken({ userId: user.id, name: 'ci', tokenHash })
      expect(token).toMatchObject({ name: 'ci', tokenHash, lastUsedAt: null, revokedAt: null })
      expect(await ref.store.findActiveApiToken(tokenHash)).toEqual(token)

      ref.clock.advance(60_000)
      await ref.store.recordApiTokenUse(token.id)
      expect((await ref.store.findActiveApiToken(tokenHash))?.lastUsedAt).toBe(ref.clock.iso())

      expect(await ref.store.revokeApiToken(token.id)).toBe(true)
      expect(await ref.store.revokeApiToken(token.id)).toBe(false)
      expect(await ref.store.findActiveApiToken(tokenHash)).toBeNull()
      const listed = await ref.store.listApiTokens(user.id)
      expect(listed).toHaveLength(1)
      expect(listed[0]?.revokedAt).toBe(ref.clock.iso())
    })

    it('expire at their expiry time', async () => {
      const user = await ref.store.createUser({ displayName: 'CI' })
      const tokenHash = hashToken('short-lived')
      await ref.store.createApiToken({
        userId: user.id,
        name: 'x',
        tokenHash,
        expiresAt: ref.clock.iso(HOUR),
      })
      expect(await ref.store.findActiveApiToken(tokenHash)).not.toBeNull()
      ref.clock.advance(HOUR)
      expect(await ref.store.findActiveApiToken(tokenHash)).toBeNull()
    })

    it('have unique names among a user’s live tokens; revoking frees the name', async () => {
      const user = await ref.store.createUser({ displayName: 'CI' })
      const first = await ref.store.createApiToken({
        userId: user.id,
        name: 'deploy',
        tokenHash: hashToken('a'),
      })
      const error = await rejection(
        ref.store.createApiToken({ userId: user.id, name: 'deploy', tokenHash: hashToken('b') })
      )
      expect(error).toBeInstanceOf(UniqueViolationError)
      expect((error as UniqueViolationError).entity).toBe('apiToken')
      await ref.store.revokeApiToken(first.id)
      await ref.store.createApiToken({ userId: user.id, name: 'deploy', tokenHash: hashToken('b') })
      expect((await ref.store.listApiTokens(user.id)).map((t) => t.name)).toEqual([
        'deploy',
        'deploy',
      ])
    })
  })
}
