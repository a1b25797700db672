/**
 * Real-time collaboration on drafts over WebSockets, on the API's port: the y-websocket protocol
 * at `/api/collab/<encoded block id>/<version>`, spoken by `@bauplan/collab`'s DocumentHub. This
 * plugin is the transport: it authenticates and authorises each upgrade, maps each socket to a hub
 * connection, keeps connections alive, re-checks access every few seconds and closes everything
 * on shutdown. See docs/api.md § Zusammenarbeit / Collaboration for the contract.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { SYSTEM_ACTOR, collabDocumentName, versionOfCollabDocument } from '@bauplan/catalogue'
import {
  DocumentHub,
  CLOSE_CODES,
  type Connection,
  type DocumentPersistence,
  type HubSession,
  type InstanceRelay,
  type SyncLimits,
} from '@bauplan/collab'
import type { FastifyInstance } from 'fastify'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { globalPlugin } from '../http/globalPlugin'
import { collabAccess, type CollabAccess } from './collabAccess'
import {
  credentialOf,
  credentialKey,
  resolveCredential,
  type CollabIdentity,
  type Credential,
} from './collabCredentials'
import { createDocumentPersistence } from './collabPersistence'
import { createDraftFilesFollower } from './draftFilesFollow'
import type { DraftFilesFollower } from './draftFilesFollower'
import { COLLAB_PATH_PREFIX, parseCollabUrl, type CollabTarget } from './collabRoute'
import { ConnectionCounter } from './connectionCounter'
import { KeepaliveWheel } from './keepaliveWheel'
import { originAllowed } from './originPolicy'
import { openConfiguredRelay } from './redis/configuredRelay'
import { openConfiguredWriteBackLease } from './redis/configuredWriteBackLease'
import { rejectUpgrade } from './rejectUpgrade'
import { UpgradeRateLimiter } from './upgradeRateLimiter'

/** How often open connections' rights are checked again: revocation takes effect within this. */
export const ACCESS_RECHECK_INTERVAL_MS = 2_000
/** Ping interval; a connection that did not answer the previous ping is dropped. */
export const KEEPALIVE_INTERVAL_MS = 30_000
/** The interval is checked in this many slots (keepaliveWheel.ts): one slot a second. */
export const KEEPALIVE_SLOTS = 30
/** Open collaboration connections one user may hold (tabs × drafts). */
export const MAX_CONNECTIONS_PER_USER = 20
/** Open collaboration connections from one client address (several users behind one NAT). */
export const MAX_CONNECTIONS_PER_IP = 100
/**
 * Upgrade attempts per client address within `UPGRADE_RATE_WINDOW_MS` (stops reconnect loops);
 * leaves room for an office of ~100 people behind one NAT reconnecting after a restart.
 */
export const MAX_UPGRADES_PER_WINDOW = 300
export const UPGRADE_RATE_WINDOW_MS = 60_000
/** How long shutdown waits for clients to acknowledge the close before cutting the sockets. */
const SHUTDOWN_GRACE_MS = 1_000

export interface CollabOptions {
  /** Where documents are stored; default `createDocumentPersistence(store)`. */
  persistence?: DocumentPersistence
  /** Overrides of the hub's limits (tests use small ones). */
  limits?: Partial<SyncLimits>
  recheckIntervalMs?: number
  /** Default `KEEPALIVE_INTERVAL_MS` (tests use a short one). */
  keepaliveIntervalMs?: number
  /** Default `MAX_CONNECTIONS_PER_USER` / `MAX_CONNECTIONS_PER_IP`. */
  maxConnectionsPerUser?: number
  maxConnectionsPerIp?: number
  /** Default `MAX_UPGRADES_PER_WINDOW` per client address and minute. */
  maxUpgradesPerWindow?: number
  /**
   * Other instances serving the same documents. Default: the Redis relay when REDIS_URL and
   * DATABASE_URL are set (`redis/configuredRelay.ts`), else none. A relay passed here is not
   * closed by the plugin.
   */
  relay?: InstanceRelay
  /** Prefix of the Redis channels (default `bauplan:collab:`); tests use one per run. */
  redisChannelPrefix?: string
}

interface OpenConnection {
  readonly ws: WebSocket
  readonly target: CollabTarget
  readonly credential: Credential
  session: HubSession | undefined
}

export const collabPlugin = globalPlugin<CollabOptions & { clock: () => Date }>(
  async (app, options) => {
    const { clock } = options
    const ownRelay = options.relay
      ? undefined
      : await openConfiguredRelay(app.config, app.log, options.redisChannelPrefix)
    const relay = options.relay ?? ownRelay
    // With several instances, the holder of a document's write-back lease writes its files.
    const writeBackLease = await openConfiguredWriteBackLease(
      app.config.redisUrl,
      ownRelay,
      app.log,
      options.redisChannelPrefix
    ).catch(async (error: unknown) => {
      await ownRelay?.close()
      throw error
    })
    // The draft's files follow its document a moment after each stored update, wherever stored.
    const draftFiles = createDraftFilesFollower(app, {
      ...(writeBackLease ? { lease: writeBackLease } : {}),
      isLoaded: (docName) => hub.awarenessOf(docName) !== undefined,
    })
    const hub = new DocumentHub({
      // Stored updates and awareness go to the other instances; theirs come in (scale-out).
      ...(relay ? { relay } : {}),
      persistence: options.persistence ?? createDocumentPersistence(app.store),
      ...(options.limits ? { limits: options.limits } : {}),
      // A document nobody has edited yet starts as the draft's current files.
      seedFiles: async (docName) => {
        const { blockId, version } = versionOfCollabDocument(docName)
        return app.catalogue.getFolder(SYSTEM_ACTOR, blockId, version)
      },
      onError: (docName, error) => app.log.warn({ err: error, docName }, 'collaboration error'),
      onStored: (docName) => draftFiles.schedule(docName),
      // Every instance with the document loaded hears all its updates; the lease picks the writer.
      onStoredElsewhere: (docName) => draftFiles.schedule(docName),
      // Compaction's Y.Doc rebuild runs in the worker pool (derivation plugin, registered before).
      collectGarbage: app.derivation.collectGarbage,
      // So is building the seed of a draft opened for the first time.
      createSeed: app.derivation.createSeed,
    })
    // Frames over the hub's limit are refused by ws itself (close 1009) before they are buffered.
    const wss = new WebSocketServer({ noServer: true, maxPayload: hub.limits.maxFrameBytes })
    const open = new Set<OpenConnection>()
    const perUser = new ConnectionCounter(options.maxConnectionsPerUser ?? MAX_CONNECTIONS_PER_USER)
    const perIp = new ConnectionCounter(options.maxConnectionsPerIp ?? MAX_CONNECTIONS_PER_IP)
    const upgradeRate = new UpgradeRateLimiter(
      options.maxUpgradesPerWindow ?? MAX_UPGRADES_PER_WINDOW,
      UPGRADE_RATE_WINDOW_MS
    )
    let closing = false

    const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
      socket.on('error', (error) => app.log.debug({ err: error }, 'collaboration socket error'))
      upgrade(request, socket, head).catch((error: unknown) => {
        app.log.error({ err: error }, 'collaboration upgrade failed')
        if (socket.writable) rejectUpgrade(request, socket, 500, 'internal')
      })
    }

    async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
      const target = parseCollabUrl(request.url)
      if (target === undefined && !request.url?.startsWith(COLLAB_PATH_PREFIX)) {
        // Another upgrade handler may own this path; without one, nobody would ever answer.
        if (app.server.listenerCount('upgrade') > 1) return
        return rejectUpgrade(request, socket, 404, 'notFound')
      }
      if (closing || target === undefined) return rejectUpgrade(request, socket, 404, 'notFound')
      const ipKey = clientAddress(app, request)
      // Counted before any store lookup: refused attempts cost no database work.
      if (!upgradeRate.allow(ipKey)) return rejectUpgrade(request, socket, 429, 'tooManyUpgrades')
      if (!originAllowed(request, app.config.allowedOrigins)) {
        return rejectUpgrade(request, socket, 403, 'origin')
      }
      const credential = credentialOf(app, request)
      const identity = credential && (await resolveCredential(app.store, credential, clock, true))
      if (!credential || !identity) return rejectUpgrade(request, socket, 401, 'unauthenticated')
      const access = await collabAccess(app.store, identity.actor, target)
      if (access.kind === 'missing') return rejectUpgrade(request, socket, 404, 'draftMissing')
      if (access.kind === 'none') return rejectUpgrade(request, socket, 403, 'forbidden')
      if (access.state !== 'entwurf') return rejectUpgrade(request, socket, 409, 'notDraft')
      const userKey = identity.user.id
      if (!perUser.tryAcquire(userKey)) {
        return rejectUpgrade(request, socket, 429, 'tooManyConnections')
      }
      if (!perIp.tryAcquire(ipKey)) {
        perUser.release(userKey)
        return rejectUpgrade(request, socket, 429, 'tooManyConnections')
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        ws.once('close', () => {
          perUser.release(userKey)
          perIp.release(ipKey)
        })
        attach(ws, target, credential, identity, access)
      })
    }

    function attach(
      ws: WebSocket,
      target: CollabTarget,
      credential: Credential,
      identity: CollabIdentity,
      access: CollabAccess
    ): void {
      const entry: OpenConnection = { ws, target, credential, session: undefined }
      open.add(entry)
      keepalive.add(entry)
      // y-websocket sends sync step 1 on open, before the document may have loaded: keep it.
      const early: Uint8Array[] = []
      const connection: Connection = {
        send: (message) => ws.send(message),
        close: (code, reason) => ws.close(code, reason),
      }
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (!isBinary) return ws.close(CLOSE_CODES.unsupportedData, 'binary messages only')
        const bytes = toBytes(data)
        if (entry.session) entry.session.receive(bytes)
        else early.push(bytes)
      })
      ws.on('pong', () => keepalive.answered(entry))
      ws.on('error', (error) => app.log.debug({ err: error }, 'collaboration connection error'))
      ws.on('close', () => {
        open.delete(entry)
        keepalive.remove(entry)
        entry.session?.disconnect()
      })
      const identityState = { userId: identity.user.id, name: identity.user.displayName }
      hub
        .connect(collabDocumentName(target), connection, {
          readOnly: access.kind !== 'write',
          identity: identityState,
        })
        .then((session) => {
          if (!session) return
          if (!open.has(entry)) return session.disconnect()
          entry.session = session
          for (const message of early.splice(0)) session.receive(message)
        })
        .catch((error: unknown) => {
          app.log.error({ err: error }, 'collaboration connect failed')
          ws.close(CLOSE_CODES.internalError, 'connect failed')
        })
    }

    /**
     * Applies current rights to every open connection (role changes, submission, logout). One
     * connection per turn of the event loop: on the embedded store the lookups settle at once, and
     * 600 connections checked in one go kept the loop from relaying edits for ~0.3 s every round.
     * A credential shared by several connections (one user, many tabs) is resolved once per round.
     */
    async function recheck(): Promise<void> {
      const identities = new Map<string, Promise<CollabIdentity | undefined>>()
      for (const entry of [...open]) {
        await new Promise((resolve) => setImmediate(resolve))
        const session = entry.session
        if (!session || session.isClosed) continue
        const key = credentialKey(entry.credential)
        let resolving = identities.get(key)
        if (!resolving) {
          resolving = resolveCredential(app.store, entry.credential, clock)
          identities.set(key, resolving)
        }
        const identity = await resolving
        const access = identity
          ? await collabAccess(app.store, identity.actor, entry.target)
          : ({ kind: 'none' } as const)
        if (access.kind === 'none' || access.kind === 'missing') session.revoke()
        else if (access.kind === 'read' && !session.readOnly) session.setReadOnly(true)
        else if (access.kind === 'write' && session.readOnly) session.setReadOnly(false)
      }
    }

    let checking = false
    const recheckTimer = setInterval(() => {
      if (checking) return
      checking = true
      recheck()
        .catch((error: unknown) =>
          app.log.error({ err: error }, 'collaboration access check failed')
        )
        .finally(() => {
          checking = false
        })
    }, options.recheckIntervalMs ?? ACCESS_RECHECK_INTERVAL_MS)
    recheckTimer.unref()

    const keepalive = new KeepaliveWheel<OpenConnection>({
      intervalMs: options.keepaliveIntervalMs ?? KEEPALIVE_INTERVAL_MS,
      slots: KEEPALIVE_SLOTS,
      ping: (entry) => entry.ws.ping(),
      drop: (entry) => entry.ws.terminate(),
    })
    keepalive.start()

    app.server.on('upgrade', onUpgrade)
    // Before the HTTP server closes: upgraded sockets would otherwise keep it open.
    app.addHook('preClose', async () => {
      closing = true
      clearInterval(recheckTimer)
      keepalive.stop()
      app.server.off('upgrade', onUpgrade)
      // Every acknowledged update is stored before the connections close (1001).
      await hub.shutdown()
      await draftFiles.flush()
      // Another instance still serving the documents takes over at its next due write.
      await draftFiles.releaseAll()
      await writeBackLease?.close()
      for (const entry of open) entry.ws.close(CLOSE_CODES.goingAway, 'server shutting down')
      await waitForClose(open, SHUTDOWN_GRACE_MS)
      for (const ws of wss.clients) ws.terminate()
      wss.close()
      // Last: the awareness removals of the connections just closed still reach the others.
      await ownRelay?.close()
    })
    app.decorate('collabHub', hub)
    app.decorate('collabDraftFiles', draftFiles)
  }
)

function toBytes(data: RawData): Uint8Array {
  // A copy: the hub keeps updates queued until they are stored.
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  return new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data)
}

/** The client address for per-IP limits; behind a trusted proxy the first X-Forwarded-For entry. */
function clientAddress(app: FastifyInstance, request: IncomingMessage): string {
  const forwarded = request.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  if (app.config.trustProxy && first) return first
  return request.socket.remoteAddress ?? 'unknown'
}

async function waitForClose(open: Set<OpenConnection>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (open.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The collaboration hub (tests and metrics read its loaded documents). */
    collabHub: DocumentHub
    /** The draft files' write-back (tests and metrics read its stats). */
    collabDraftFiles: DraftFilesFollower
  }
}
