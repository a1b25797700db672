// Benchmark: memory per open 500-element draft document (issue #5, Performance: ≤ 2 MiB per open
// document), on the server side.
//
// Run from the repository root:
//   pnpm exec tsx --tsconfig bench/tsconfig.json bench/collab/memoryBench.ts
//     [--documents 50] [--elements 500]
//
// Method. (1) The real server in a child process (embedded SQLite, demo mode), started with
// --expose-gc and memoryProbe.ts, which reports process.memoryUsage() after a full GC. The demo
// analyst creates `--documents` + 1 drafts of the generated diagram (bench/lint/diagram.ts). One
// draft is opened and closed first, so code loaded on first use (the seeding, bpmn-moddle) is in
// the baseline. Then each draft is opened by one y-websocket client of this process, and the
// server's memory is read again: the difference / documents is the cost of one open document
// (its Y.Doc and awareness, the connection, the socket, the hub's bookkeeping). After every
// client left, a third reading shows whether it is given back. (2) Hub only, in this process:
// DocumentHub with MemoryPersistence and one connection per document that discards what it is
// sent: the Y.Doc's share, separated from the server's, and the bytes MemoryPersistence holds
// (which the real server keeps in SQLite instead).
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import {
  bpmnSpace,
  createSeedUpdate,
  DocumentHub,
  MemoryPersistence,
  MESSAGE_SAVED,
} from '@bauplan/collab'
import { currentCommit, loadNow } from '../catalogue/report'
import { generateDiagram, segmentsFor } from '../lint/diagram'
import {
  createDrafts,
  createEditors,
  draftFiles,
  type DraftKey,
  type Session,
} from './bauplanSetup'
import { numberOption, progress } from './benchOptions'
import { COLLAB_BENCH_DIR, startBauplanServer, type ServerChild } from './childProcesses'
import { mebibytes, ownMemory, serverMemory, type Memory } from './memoryUsage'
import { WebSocket, WebsocketProvider, Y } from './runtimeModules'

const documentCount = numberOption('--documents', 50)
const elementCount = numberOption('--elements', 500)
const TARGET_MIB = 2
// y-websocket adds an `exit` listener per provider; one per open document is expected.
process.setMaxListeners(0)
const CONNECTIONS_PER_USER = 15

interface OpenClient {
  close: () => void
}

/** One y-websocket client on a draft; resolves once it is synced and holds the diagram. */
async function openClient(
  server: ServerChild,
  draft: DraftKey,
  user: Session
): Promise<OpenClient> {
  const headers = { cookie: user.cookie, origin: server.baseUrl }
  class SignedInSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers })
    }
  }
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${server.baseUrl.replace(/^http/, 'ws')}/api/collab`,
    `${encodeURIComponent(draft.blockId)}/${draft.version}`,
    doc,
    { WebSocketPolyfill: SignedInSocket as unknown as typeof globalThis.WebSocket, disableBc: true }
  )
  provider.messageHandlers[MESSAGE_SAVED] = () => undefined
  const deadline = Date.now() + 120_000
  while (!(provider.synced && (bpmnSpace(doc)?.elements.size ?? 0) > 0)) {
    if (Date.now() > deadline) throw new Error(`${draft.blockId} did not sync within 120 s`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return {
    close: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

function delta(after: Memory, before: Memory, count: number) {
  return {
    rss: (after.rss - before.rss) / count,
    heapUsed: (after.heapUsed - before.heapUsed) / count,
    arrayBuffers: (after.arrayBuffers - before.arrayBuffers) / count,
  }
}

async function measureServer(xml: string) {
  const server = await startBauplanServer({
    nodeFlags: ['--expose-gc'],
    preloads: [pathToFileURL(path.join(COLLAB_BENCH_DIR, 'memoryProbe.ts')).href],
  })
  try {
    progress(`server: creating ${documentCount + 1} drafts …`)
    const drafts = await createDrafts(server.baseUrl, documentCount + 1, xml, 'memory')
    const users = await createEditors(
      server.baseUrl,
      Math.ceil((documentCount + 1) / CONNECTIONS_PER_USER),
      'memory'
    )
    const userOf = (index: number) => users[Math.floor(index / CONNECTIONS_PER_USER)] as Session
    // First use loads code (seeding, moddle) that every later document shares.
    const warm = await openClient(server, drafts[documentCount] as DraftKey, userOf(documentCount))
    warm.close()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const baseline = await serverMemory(server.child)
    progress(`server: opening ${documentCount} documents …`)
    const clients: OpenClient[] = []
    for (let start = 0; start < documentCount; start += 10) {
      const batch = drafts.slice(start, Math.min(start + 10, documentCount))
      clients.push(
        ...(await Promise.all(
          batch.map((draft, i) => openClient(server, draft, userOf(start + i)))
        ))
      )
    }
    const open = await serverMemory(server.child)
    for (const client of clients) client.close()
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const closed = await serverMemory(server.child)
    return { baseline, open, closed }
  } finally {
    await server.stop()
  }
}

async function measureHub(files: Record<string, string>) {
  const persistence = new MemoryPersistence()
  const hub = new DocumentHub({ persistence, seedFiles: async () => files })
  const discard = { send: () => undefined, close: () => undefined }
  // Warm-up document, as for the server.
  const warm = await hub.connect('warm', discard, { readOnly: false })
  warm?.disconnect()
  await hub.settled('warm')
  const baseline = await ownMemory()
  const sessions = []
  for (let index = 0; index < documentCount; index++) {
    sessions.push(await hub.connect(`doc-${index}`, discard, { readOnly: false }))
  }
  const open = await ownMemory()
  const storedBytes = (await persistence.load('doc-0')).reduce((sum, u) => sum + u.length, 0)
  for (const session of sessions) session?.disconnect()
  return { baseline, open, storedBytes }
}

async function main(): Promise<void> {
  const loadAtStart = loadNow()
  const commit = currentCommit()
  const segments = segmentsFor({ elements: elementCount })
  const diagram = generateDiagram(segments, elementCount)
  const files = draftFiles('urn:bauplan:baustein:bench:speicher', 'Speicher', diagram.xml)
  const seed = await createSeedUpdate(files)
  const seedDoc = new Y.Doc()
  Y.applyUpdate(seedDoc, seed.update)
  const stateBytes = Y.encodeStateAsUpdate(seedDoc).length
  // Yjs keeps one Item object per map value and shared type: what an open document is made of.
  const items = Y.decodeUpdate(seed.update).structs.length
  const sharedMaps = [...seedDoc.share.values()].length
  seedDoc.destroy()
  progress(`diagram: ${diagram.elements} elements, seed update ${seed.update.length} bytes`)
  const server = await measureServer(diagram.xml)
  progress('hub only, in this process …')
  const hub = await measureHub(files)
  const perServerDoc = delta(server.open, server.baseline, documentCount)
  const perHubDoc = delta(hub.open, hub.baseline, documentCount)
  const returned = delta(server.closed, server.baseline, documentCount)
  const lines = [
    `${diagram.elements}-element diagram (BPMN ${(diagram.xml.length / 1024).toFixed(0)} KiB); ` +
      `seed update ${(seed.update.length / 1024).toFixed(0)} KiB, Y.Doc state ${(stateBytes / 1024).toFixed(0)} KiB; ` +
      `${items.toLocaleString('en-GB')} Yjs items (${sharedMaps} root types); ` +
      `${documentCount} documents open, one client each`,
    '',
    '| Per open document | RSS MiB | JS heap MiB | ArrayBuffers MiB |',
    '| --- | ---: | ---: | ---: |',
    `| Server process (Bauplan, SQLite) | ${mebibytes(perServerDoc.rss)} | ${mebibytes(perServerDoc.heapUsed)} | ${mebibytes(perServerDoc.arrayBuffers)} |`,
    `| Hub only (DocumentHub + MemoryPersistence, in-process) | ${mebibytes(perHubDoc.rss)} | ${mebibytes(perHubDoc.heapUsed)} | ${mebibytes(perHubDoc.arrayBuffers)} |`,
    `| Server after every client left (vs. baseline) | ${mebibytes(returned.rss)} | ${mebibytes(returned.heapUsed)} | ${mebibytes(returned.arrayBuffers)} |`,
    '',
    `Server baseline: RSS ${mebibytes(server.baseline.rss)} MiB, heap ${mebibytes(server.baseline.heapUsed)} MiB; ` +
      `with ${documentCount} open: RSS ${mebibytes(server.open.rss)} MiB, heap ${mebibytes(server.open.heapUsed)} MiB. ` +
      `MemoryPersistence holds ${(hub.storedBytes / 1024).toFixed(0)} KiB per document (in the hub-only row; the server keeps it in SQLite). ` +
      `Hub heap per Yjs item: ${Math.round(perHubDoc.heapUsed / items)} bytes.`,
    '',
    `Target ≤ ${TARGET_MIB} MiB per open document (server, heap + ArrayBuffers): ` +
      ((perServerDoc.heapUsed + perServerDoc.arrayBuffers) / 1024 / 1024 <= TARGET_MIB
        ? '**met**'
        : '**not met**') +
      `; by RSS: ${perServerDoc.rss / 1024 / 1024 <= TARGET_MIB ? '**met**' : '**not met**'}.`,
    '',
    `${new Date().toISOString()}, commit ${commit}, Node ${process.version}, load average ${loadAtStart} → ${loadNow()}`,
  ]
  console.log(lines.join('\n'))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
