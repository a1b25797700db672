/**
 * The files of a draft's shared document, from its stored log: what the catalogue stores as the
 * draft's content while it is edited together and on submission (injected into the catalogue
 * service as `DraftDocuments.deriveFiles`, so the catalogue itself never loads Yjs).
 */
import { deriveFiles } from '@bauplan/collab'
import * as Y from 'yjs'

/** Deterministic: the same stored updates give the same bytes (see `deriveFiles`). */
export async function deriveDocumentFiles(
  updates: readonly Uint8Array[]
): Promise<Record<string, string>> {
  const doc = documentOf(updates)
  try {
    return await deriveFiles(doc)
  } finally {
    doc.destroy()
  }
}

/** A document built from stored updates (one merged update: cheaper than applying each). */
export function documentOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates([...updates]))
  return doc
}
