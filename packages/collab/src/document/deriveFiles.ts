import type * as Y from 'yjs'
import { decodeModel } from './decodeModel'
import { formatJson, fromShared } from './jsonValue'
import { serializeModel } from './modelKind'
import { entryOf, jsonRoot, modelSpace, sortedFiles, textRoot } from './modelSpace'

/**
 * The files of a draft from its document: BPMN/DMN XML through the domain's serialisers, JSON with
 * two-space indentation, text as it is. Deterministic: the same document state gives the same
 * bytes on every peer, whatever order its updates arrived in (nothing depends on Y.Map iteration
 * order; concurrency anomalies are settled by `decodeModel`). Files added after seeding are read
 * from the root types their `files` entry names (`contentName`); removed files are not listed.
 */
export async function deriveFiles(doc: Y.Doc): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const [name, info] of sortedFiles(doc)) {
    if (info.kind === 'bpmn' || info.kind === 'dmn') {
      const space = modelSpace(doc, name)
      // The operations write a model's `files` entry and its root entry in one transaction and
      // remove them in one; a listed model without its root is skipped rather than fail derivation.
      if (!space || !entryOf(space, space.root)) continue
      files[name] = await serializeModel(space.kind, decodeModel(space).definitions)
    } else if (info.kind === 'json') {
      files[name] = formatJson(fromShared(jsonRoot(doc, name).get('value')))
    } else {
      files[name] = textRoot(doc, name).toString()
    }
  }
  return files
}
