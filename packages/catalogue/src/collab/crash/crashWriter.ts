/**
 * The process the crash test kills: opens a catalogue (SQLite file or PostgreSQL schema), loads one draft's document and goes on
 * writing Yjs updates to it as fast as it can, compacting now and then as the hub does, and prints `acked <n>` after
 * each append has resolved — the moment the hub would acknowledge it to the client.
 *
 * Usage: tsx crashWriter.ts (sqlite <file> | postgres <url> <schema>) <blockId> <version>
 */
import { collabDocumentName } from '../collabDocumentName'
import { createCollabPersistence } from '../createCollabPersistence'
import { loadYjs } from './collabYjs'
import { openTarget, parseTarget } from './crashTarget'

const COMPACT_EVERY = 50
const MAX_EDITS = 100_000

async function main(): Promise<void> {
  const { target, rest } = parseTarget(process.argv.slice(2))
  const [blockId, version] = rest
  if (blockId === undefined || version === undefined) {
    throw new Error(
      'usage: crashWriter.ts (sqlite <file> | postgres <url> <schema>) <blockId> <version>'
    )
  }
  const Y = loadYjs()
  const store = await openTarget(target)
  const persistence = createCollabPersistence(store)
  const docName = collabDocumentName({ blockId, version })
  // Start from what is stored, as the hub does on load after a restart.
  const doc = new Y.Doc()
  const log = await persistence.load(docName)
  for (const update of log) Y.applyUpdate(doc, update)
  let pending: Uint8Array | undefined
  doc.on('update', (update) => {
    pending = update
  })
  let stored = log.length
  const first = doc.getMap('edits').size + 1
  for (let edit = first; edit < first + MAX_EDITS; edit += 1) {
    doc.getMap('edits').set(`edit-${edit}`, edit)
    if (pending === undefined) throw new Error(`edit ${edit} produced no update`)
    await persistence.append(docName, pending)
    stored += 1
    process.stdout.write(`acked ${edit}\n`)
    if (stored >= COMPACT_EVERY) {
      // As the hub does: the merge is built from the rows replaced, inside the transaction.
      await persistence.compact(docName, (updates) => {
        const merged = new Y.Doc()
        for (const update of updates) Y.applyUpdate(merged, update)
        return Y.encodeStateAsUpdate(merged)
      })
      stored = 1
    }
  }
  await store.close()
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(1)
})
