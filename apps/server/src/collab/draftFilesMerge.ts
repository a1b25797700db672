/**
 * A REST write into a draft that has a shared document (PUT of the folder, a file upload,
 * `bauplan push`): the uploaded folder is reconciled into a copy of the stored document, and only
 * the difference is written, as one server-side update, so editors connected to the document see
 * it live and their concurrent edits of other elements stay. Files the document does not list are
 * added (`writeReadFile`) and removed files are removed (`removeFile`) in the same update.
 */
import { DraftDocumentConflictError, ValidationError, type FolderFiles } from '@bauplan/catalogue'
import {
  FILES_MAP,
  OperationError,
  fromShared,
  jsonRoot,
  readFileForDocument,
  reconcileDefinitions,
  removeFile,
  setJsonValue,
  textRoot,
  writeReadFile,
  type FileInfo,
  type Json,
  type JsonPath,
  type ReadFile,
} from '@bauplan/collab'
import { parseBpmn, parseDmn, type ModdleElement } from '@bauplan/domain'
import * as Y from 'yjs'

/** Transaction origin of REST writes into a document (tells them apart from editors' edits). */
export const REST_ORIGIN = 'bauplan:rest'

/**
 * Makes the files `files` names in `doc` equal to their given texts (files it leaves out stay as
 * they are; files the document does not list are added) and removes the files `removed` names;
 * returns the update that did it, or undefined when nothing differed. Refuses, changing nothing, a
 * model with another root and a file list a building block cannot have (a second BPMN model,
 * removing the BPMN model or baustein.json) with 409, and an added file that cannot be read with
 * 422.
 */
export async function mergeFolderIntoDocument(
  doc: Y.Doc,
  label: string,
  files: FolderFiles,
  removed: readonly string[] = []
): Promise<Uint8Array | undefined> {
  const listed = doc.getMap<FileInfo>(FILES_MAP)
  const merged = Object.keys(files)
    .filter((name) => listed.has(name))
    .sort()
  // Everything is parsed before the document is touched: a file that does not parse changes nothing.
  const added = await readAddedFiles(
    label,
    Object.keys(files)
      .filter((name) => !listed.has(name))
      .sort(),
    files
  )
  const models = new Map<string, ModdleElement>()
  for (const name of merged) {
    const kind = listed.get(name)?.kind
    if (kind === 'bpmn' || kind === 'dmn') {
      models.set(name, await parseModel(kind, name, files[name] ?? ''))
    }
  }
  const updates: Uint8Array[] = []
  const collect = (update: Uint8Array): void => {
    updates.push(update)
  }
  doc.on('update', collect)
  try {
    // A refusal thrown inside leaves this copy half-changed; the caller then discards it unstored.
    doc.transact(() => {
      changeFileList(label, () => {
        // A file the document no longer lists was removed by an editor (not yet written back):
        // the upload wants what the document already is.
        for (const name of removed) if (listed.has(name)) removeFile(doc, REST_ORIGIN, name)
        for (const file of added) writeReadFile(doc, REST_ORIGIN, file)
      })
      for (const name of merged) {
        const text = files[name] ?? ''
        const model = models.get(name)
        if (model) reconcileModel(doc, label, name, model)
        else if (listed.get(name)?.kind === 'json')
          reconcileJson(doc, name, JSON.parse(text) as Json)
        else reconcileText(textRoot(doc, name), text)
      }
    }, REST_ORIGIN)
  } finally {
    doc.off('update', collect)
  }
  return updates.length === 0 ? undefined : Y.mergeUpdates(updates)
}

/** Reads the files to add; one that cannot be read is refused as bad input (422). */
async function readAddedFiles(
  label: string,
  names: readonly string[],
  files: FolderFiles
): Promise<ReadFile[]> {
  const read: ReadFile[] = []
  for (const name of names) {
    try {
      read.push(await readFileForDocument(name, files[name] ?? ''))
    } catch (error) {
      if (!(error instanceof OperationError)) throw error
      throw new ValidationError([{ ...error.problem, file: name }], {
        de: `${label}: ${error.problem.message.de}`,
        en: `${label}: ${error.problem.message.en}`,
      })
    }
  }
  return read
}

/** Runs adds and removals; the document's refusal becomes 409 `lifecycle.documentFileList`. */
function changeFileList(label: string, change: () => void): void {
  try {
    change()
  } catch (error) {
    if (!(error instanceof OperationError)) throw error
    throw new DraftDocumentConflictError('lifecycle.documentFileList', {
      de: `${label} wird gemeinsam bearbeitet; seine Dateiliste kann so nicht geändert werden: ${error.problem.message.de}`,
      en: `${label} is being edited together; its list of files cannot change this way: ${error.problem.message.en}`,
    })
  }
}

async function parseModel(kind: 'bpmn' | 'dmn', name: string, xml: string): Promise<ModdleElement> {
  const parsed = kind === 'bpmn' ? await parseBpmn(xml) : await parseDmn(xml, { file: name })
  // The catalogue read the folder before (readDraftFolder refuses unreadable models), so this
  // only fails if the two parsers disagree.
  if (!parsed.definitions) throw new Error(`${name} could not be read for the shared document`)
  return parsed.definitions as unknown as ModdleElement
}

function reconcileModel(doc: Y.Doc, label: string, name: string, model: ModdleElement): void {
  try {
    reconcileDefinitions(doc, REST_ORIGIN, name, model)
  } catch (error) {
    if (!(error instanceof OperationError)) throw error
    throw new DraftDocumentConflictError('lifecycle.documentModelRoot', {
      de: `${label}, ${name}: ${error.problem.message.de} Ein gemeinsam bearbeitetes Modell behält die ID seiner Definitionen.`,
      en: `${label}, ${name}: ${error.problem.message.en} A model edited together keeps the id of its definitions.`,
    })
  }
}

/** Writes only the fields that differ, so concurrent edits of other fields are kept. */
function reconcileJson(doc: Y.Doc, file: string, next: Json): void {
  const current = fromShared(jsonRoot(doc, file).get('value'))
  writeJsonDifference(doc, file, [], current, next)
}

function writeJsonDifference(
  doc: Y.Doc,
  file: string,
  path: JsonPath,
  current: Json | undefined,
  next: Json
): void {
  if (sameJson(current, next)) return
  if (isObject(current) && isObject(next)) {
    for (const key of Object.keys(current)) {
      if (!Object.hasOwn(next, key)) setJsonValue(doc, REST_ORIGIN, file, [...path, key], undefined)
    }
    for (const [key, value] of Object.entries(next)) {
      writeJsonDifference(doc, file, [...path, key], current[key], value)
    }
    return
  }
  // Arrays and leaves are replaced whole (an array's items have no identity to merge by).
  setJsonValue(doc, REST_ORIGIN, file, path, next)
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sameJson(a: Json | undefined, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Replaces only the changed middle of a text (common start and end stay, with others' edits). */
function reconcileText(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  let start = 0
  while (start < current.length && start < next.length && current[start] === next[start]) start++
  let end = 0
  while (
    end < current.length - start &&
    end < next.length - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++
  }
  text.delete(start, current.length - start - end)
  text.insert(start, next.slice(start, next.length - end))
}
