import { METADATA_FILE } from '@bauplan/domain'
import * as Y from 'yjs'
import { encodeModel } from '../document/encodeModel'
import { toShared } from '../document/jsonValue'
import {
  contentName,
  contentRoots,
  filesMap,
  jsonRoot,
  modelMaps,
  sortedFiles,
  textRoot,
  type FileInfo,
} from '../document/modelSpace'
import { fileExists, requiredFile, secondBpmn, unknownFile } from './fileListErrors'
import { readFileForDocument, type ReadFile } from './fileListRead'

/**
 * Adds a file to the draft's document: reads it (`readFileForDocument`), then writes its content
 * and its `files` entry in ONE transaction with `origin`, so peers never see one without the other
 * and the adder's undo manager takes the whole add back in one step. Throws `OperationError`
 * (nothing written) for a bad name, a name the draft has, a file that does not parse, or a second
 * BPMN model.
 *
 * Concurrency (docs/collaboration.md, "Adding and removing files"): the content goes into root
 * types named after a per-add id (`FileInfo.content`), so two peers adding the same name at once
 * never mix their contents: the `files` entry is one plain value, one add wins it on every peer,
 * and the other add's content is simply not read.
 */
export async function addFile(
  doc: Y.Doc,
  origin: unknown,
  fileName: string,
  text: string
): Promise<void> {
  writeReadFile(doc, origin, await readFileForDocument(fileName, text))
}

/**
 * The synchronous half of `addFile`, for callers that write several changes in one transaction
 * (the server's REST merge): checks the name against the document as it is now, then writes.
 */
export function writeReadFile(doc: Y.Doc, origin: unknown, file: ReadFile): void {
  const files = filesMap(doc)
  if (files.has(file.name)) throw fileExists(file.name)
  if (file.kind === 'bpmn') {
    const existing = sortedFiles(doc).find(([, info]) => info.kind === 'bpmn')
    if (existing) throw secondBpmn(file.name, existing[0])
  }
  doc.transact(() => {
    const info: FileInfo = { kind: file.kind, content: nextContentId(doc) }
    if ('definitions' in file) {
      const target = modelMaps(doc, contentName(file.name, info))
      info.root = encodeModel(file.kind, file.definitions, target)
    } else if ('value' in file) {
      jsonRoot(doc, file.name, info).set('value', toShared(file.value))
    } else {
      textRoot(doc, file.name, info).insert(0, file.text)
    }
    files.set(file.name, info)
  }, origin)
}

/**
 * Removes a file from the draft's document in one transaction with `origin`: its `files` entry
 * goes, and its root types are cleared (so the content does not linger in the document, and the
 * remover's undo manager can bring both back). Refuses `baustein.json` and the BPMN model, which
 * every building block has, and a file the draft does not have.
 *
 * A concurrent edit inside the removed file is lost: the entry it writes into was deleted, or it
 * writes into root types no `files` entry names any more (delete wins, as for elements).
 */
export function removeFile(doc: Y.Doc, origin: unknown, fileName: string): void {
  const files = filesMap(doc)
  const info = files.get(fileName)
  if (!info) throw unknownFile(fileName)
  if (fileName === METADATA_FILE) {
    throw requiredFile(fileName, { de: 'Die Metadatendatei', en: 'The metadata file' })
  }
  if (info.kind === 'bpmn') {
    throw requiredFile(fileName, { de: 'Das BPMN-Modell', en: 'The BPMN model' })
  }
  doc.transact(() => {
    for (const root of contentRoots(doc, fileName, info)) clear(root)
    files.delete(fileName)
  }, origin)
}

function clear(root: Y.AbstractType<unknown>): void {
  if (root instanceof Y.Map) root.clear()
  else if (root instanceof Y.Text && root.length > 0) root.delete(0, root.length)
}

/**
 * An id no other add can have: this client's id and its clock before the add (every write raises
 * the clock, so two adds by one client differ too). Root type names repeat the file name, so the
 * id only needs to be unique per file.
 */
function nextContentId(doc: Y.Doc): string {
  return `${doc.clientID}.${Y.getState(doc.store, doc.clientID)}`
}
