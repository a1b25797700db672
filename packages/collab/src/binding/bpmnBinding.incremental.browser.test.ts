/// <reference lib="dom" />
// Remote changes are applied incrementally (only the entries they reach); the result must be the
// model a fresh import of the document shows — including the conflict repairs of `decodeModel`.
import { bauplanModdleDescriptor } from '@bauplan/domain'
import Modeler from 'bpmn-js/lib/Modeler'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Random } from '../convergence/random'
import { randomEdit } from '../convergence/randomEdit'
import { deriveFiles } from '../document/deriveFiles'
import { bindBpmnModeler } from './bpmnBinding'
import { cleanUp, peers, type Peer } from './bpmnTestPeers'

const BPMN_FILE = 'gebuehr-berechnen-und-festsetzen.bpmn'
const PROCESS = 'Process_GebuehrBerechnenUndFestsetzen'
const LANES = ['Lane_Sachbearbeitung', 'Lane_Kasse']
const KEEP = /^(StartEvent|EndEvent)_/
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
const ROUNDS = 20

afterEach(cleanUp)

/**
 * The modeler's tree as XML, through its moddle directly: `saveXML` would first reorder the DI by
 * canvas drawing order (bpmn-js's DI ordering), which says where a shape was drawn, not the model.
 */
async function xmlOf(modeler: Modeler): Promise<string> {
  const moddle = modeler.get('moddle') as {
    toXML(element: unknown, options: { format: boolean }): Promise<{ xml: string }>
  }
  return (await moddle.toXML(modeler.getDefinitions(), { format: true })).xml
}

/**
 * The document's model as a fresh bpmn-js import shows it once bound: binding merges the whole
 * decoded model (`decodeModel`) into the imported tree, the path every change took before.
 */
async function freshXml(doc: Y.Doc): Promise<{ xml: string; drawn: string[] }> {
  const container = document.createElement('div')
  document.body.append(container)
  const modeler = new Modeler({ container, moddleExtensions: { bauplan: bauplanModdleDescriptor } })
  try {
    await modeler.importXML((await deriveFiles(doc))[BPMN_FILE] ?? '')
    const binding = bindBpmnModeler(modeler, doc, { fileName: BPMN_FILE, origin: { fresh: true } })
    binding.destroy()
    return { xml: await xmlOf(modeler), drawn: drawnIds(modeler) }
  } finally {
    modeler.destroy()
    container.remove()
  }
}

function drawnIds(modeler: Modeler): string[] {
  const registry = modeler.get('elementRegistry') as { getAll(): { id: string }[] }
  return registry
    .getAll()
    .map((element) => element.id)
    .sort()
}

/** Sends what `from` has and `to` lacks, as one remote update. */
function deliver(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'network')
}

async function expectLikeFreshImport(peer: Peer, context: string): Promise<void> {
  const fresh = await freshXml(peer.doc)
  expect(await xmlOf(peer.modeler), context).toEqual(fresh.xml)
  expect(drawnIds(peer.modeler), context).toEqual(fresh.drawn)
}

describe('incremental remote changes (random concurrent edits)', () => {
  it.each(SEEDS)(
    'seed %i: the bound modeler equals a fresh import after every delivery',
    async (seed) => {
      const { b } = await peers()
      const random = new Random(seed)
      // Two editors without modeler edit concurrently; B receives their merged changes.
      const editors = [0, 1].map(() => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(b.doc))
        return doc
      })
      const files = await deriveFiles(b.doc)
      const metadata = files['baustein.json'] ?? ''
      const log: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const [index, editor] of editors.entries()) {
          for (let edit = 0; edit < 1 + random.int(3); edit++) {
            const did = randomEdit(
              editor,
              { editor: index },
              random,
              {
                process: PROCESS,
                lanes: LANES,
                deletable: (id) => !KEEP.test(id) && !metadata.includes(`"${id}"`),
              },
              `${index}_${round}_${edit}`
            )
            log.push(`editor ${index}: ${did}`)
          }
        }
        // B sees both editors' concurrent work merged; the editors catch up afterwards.
        for (const editor of editors) deliver(editor, b.doc)
        await expectLikeFreshImport(b, `seed ${seed} round ${round}:\n${log.join('\n')}`)
        for (const editor of editors) deliver(b.doc, editor)
      }
      expect(b.problems).toEqual([])
      const stats = b.binding.remoteStats()
      expect(stats.incremental).toBeGreaterThan(0)
    }
  )
})
