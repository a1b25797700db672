// Test support for the presence bindings: what every two-person test needs before its modelers.
import { createSeedUpdate, deriveFiles, MemoryPresenceRoom } from '@bauplan/collab'
import { expect } from 'vitest'
import * as Y from 'yjs'
import { referenceFolder } from '../../editor/testing/referenceModels'

export const anna = { userId: 'u-anna', name: 'Anna Schmidt' }
export const bernd = { userId: 'u-bernd', name: 'Bernd Özdemir' }
export const carla = { userId: 'u-carla', name: 'Carla Weber' }

export type Person = typeof anna

/**
 * Two Y.Docs seeded from a reference folder that exchange updates directly (standing in for the
 * server), the file's XML as derived from them, and one MemoryPresenceRoom (which stamps
 * identities like the server). `cleanups` gets the room's teardown.
 */
export async function linkedDocuments(
  folder: string,
  fileName: string,
  cleanups: (() => void)[]
): Promise<{ docs: readonly [Y.Doc, Y.Doc]; xml: string; room: MemoryPresenceRoom }> {
  const seed = await createSeedUpdate(referenceFolder(folder))
  expect(seed.problems).toEqual([])
  const docs = [new Y.Doc(), new Y.Doc()] as const
  for (const doc of docs) Y.applyUpdate(doc, seed.update)
  const relay = Symbol('relay')
  docs[0].on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== relay && Y.applyUpdate(docs[1], u, relay)
  )
  docs[1].on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== relay && Y.applyUpdate(docs[0], u, relay)
  )
  const xml = (await deriveFiles(docs[0]))[fileName]!
  const room = new MemoryPresenceRoom()
  cleanups.push(() => room.destroy())
  return { docs, xml, room }
}

/** A 1000 × 600 container in the page for one person's modeler. */
export function modelerContainer(): HTMLDivElement {
  const container = document.createElement('div')
  container.style.width = '1000px'
  container.style.height = '600px'
  document.body.append(container)
  return container
}
