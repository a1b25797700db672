/// <reference lib="dom" />
import type { Problem } from '@bauplan/domain'
import { expect } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../../document/deriveFiles'
import { createSeedUpdate } from '../../document/seedDraftDocument'

/*
 * Two modelers in this Chromium page, bound to two Y.Docs connected in memory: the harness the
 * bpmn-js and the dmn-js binding's browser tests share (`bpmnTestPeers`, `dmn/dmnTestPeers`
 * add the modeler, its import and the binding). Not a test itself.
 */

/** Delivers updates between two documents; `paused` holds them back to make edits concurrent. */
export class Link {
  private held: [Y.Doc, Uint8Array][] = []
  paused = false
  constructor(a: Y.Doc, b: Y.Doc) {
    this.forward(a, b)
    this.forward(b, a)
  }
  private forward(from: Y.Doc, to: Y.Doc) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      // Its own deliveries are not sent back: the other document has them already.
      if (origin === this) return
      if (this.paused) this.held.push([to, update])
      else Y.applyUpdate(to, update, this)
    })
  }
  flush() {
    this.paused = false
    const held = this.held
    this.held = []
    for (const [to, update] of held) Y.applyUpdate(to, update, this)
  }
}

const cleanups: (() => void)[] = []

/** Destroys every peer's modeler and binding (register with `afterEach`). */
export function cleanUp(): void {
  while (cleanups.length > 0) cleanups.pop()?.()
}

/** What a modeler-specific peer is made from. */
export interface PeerSetup {
  doc: Y.Doc
  user: string
  /** The model file as derived from the seeded document, for the modeler's first import. */
  xml: string
  /** Attached to the page and sized; removed on `cleanUp`. */
  container: HTMLElement
  /** Collects what the binding reports (pass `problems.push` as its `onProblem`). */
  problems: Problem[]
}

export interface TwoPeersOptions<P> {
  /** The draft's files, seeded into both documents. */
  files: Record<string, string>
  /** The model file both modelers show. */
  fileName: string
  size: { width: string; height: string }
  /** Runs on the linked documents before the modelers are bound (e.g. a change made earlier). */
  beforeBind?: (docs: [Y.Doc, Y.Doc]) => void
  /** Imports the modeler and binds it; `destroy` undoes both (the container goes afterwards). */
  makePeer: (setup: PeerSetup) => Promise<{ peer: P; destroy: () => void }>
}

/** Two peers `a` and `b` on the same seeded draft, their documents linked by `link`. */
export async function twoPeers<P>(
  options: TwoPeersOptions<P>
): Promise<{ a: P; b: P; link: Link }> {
  const seed = await createSeedUpdate(options.files)
  expect(seed.problems).toEqual([])
  const docs: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()]
  for (const doc of docs) Y.applyUpdate(doc, seed.update)
  const xml = (await deriveFiles(docs[0]))[options.fileName] ?? ''
  const link = new Link(docs[0], docs[1])
  options.beforeBind?.(docs)
  const make = async (doc: Y.Doc, user: string): Promise<P> => {
    const container = document.createElement('div')
    container.style.width = options.size.width
    container.style.height = options.size.height
    document.body.append(container)
    const { peer, destroy } = await options.makePeer({ doc, user, xml, container, problems: [] })
    cleanups.push(() => {
      destroy()
      container.remove()
    })
    return peer
  }
  return { a: await make(docs[0], 'a'), b: await make(docs[1], 'b'), link }
}
