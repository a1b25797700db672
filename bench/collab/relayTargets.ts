// The server set-ups the relay benchmark compares: the real Bauplan server (one instance on
// embedded SQLite, or two instances on one PostgreSQL database with Redis) and the bare
// y-websocket reference server. Each knows how its clients connect.
import type { Session } from './bauplanSetup'
import type { ServerChild } from './childProcesses'
import type { ClientPlan } from './relayProtocol'
import type { RelayTarget } from './relayRun'

/**
 * Loopback addresses the clients connect from. The server allows 100 open connections and 300
 * upgrades per minute per address; 20 addresses keep 600 clients at 30 per address.
 */
const LOCAL_ADDRESSES = Array.from({ length: 20 }, (_, i) => `127.0.0.${10 + i}`)

export interface DocumentRef {
  blockId: string
  version: string
  /** The element a client of this document renames, by the client's place in the document. */
  elements: readonly string[]
}

function wsUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}${path}`
}

/**
 * Bauplan: clients sign in as the benchmark users (client i as user i mod users — a user may hold
 * 20 connections), carry the session cookie and the server's own Origin, and connect to the
 * instances in turn (with two instances, the clients of one document are split between them).
 */
export function bauplanTarget(
  name: string,
  servers: ServerChild[],
  documents: (scenarioDocument: number) => DocumentRef,
  users: Session[]
): RelayTarget {
  return {
    name,
    pids: servers.map((server) => server.pid),
    probe: { baseUrl: (servers[0] as ServerChild).baseUrl, cookie: (users[0] as Session).cookie },
    plan(document, client): Omit<ClientPlan, 'documentIndex'> {
      const server = servers[client % servers.length] as ServerChild
      const ref = documents(document)
      const user = users[client % users.length] as Session
      return {
        serverUrl: wsUrl(server.baseUrl, '/api/collab'),
        room: `${encodeURIComponent(ref.blockId)}/${ref.version}`,
        elementId: ref.elements[client % ref.elements.length] as string,
        headers: { cookie: user.cookie, origin: server.baseUrl },
        localAddress: LOCAL_ADDRESSES[client % LOCAL_ADDRESSES.length] as string,
      }
    },
  }
}

/** The reference: no authentication; documents start empty and get the seed from a client. */
export function referenceTarget(
  server: ServerChild,
  scenarioName: string,
  elements: readonly string[],
  seed: Uint8Array
): RelayTarget {
  return {
    name: 'y-websocket reference (in memory)',
    pids: [server.pid],
    seedBase64: Buffer.from(seed).toString('base64'),
    plan(document, client): Omit<ClientPlan, 'documentIndex'> {
      return {
        serverUrl: wsUrl(server.baseUrl, ''),
        room: `${scenarioName}-${document}`,
        elementId: elements[client % elements.length] as string,
        headers: {},
        localAddress: LOCAL_ADDRESSES[client % LOCAL_ADDRESSES.length] as string,
      }
    },
  }
}
