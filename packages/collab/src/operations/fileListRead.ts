import type { ModdleElement, Problem } from '@bauplan/domain'
import type { Json } from '../document/jsonValue'
import { parseModel, type ModelKind } from '../document/modelKind'
import { fileKind } from '../document/seedDraftDocument'
import { invalidFileName, unreadableFile } from './fileListErrors'

/**
 * Plain names only, the rule of the domain's folder check (`folder/fileSet.ts`) and the
 * catalogue's `requireFileName`: no folders, no `..`, nothing a zip or file system could misread.
 */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/** A file read for the document, ready to be written in one synchronous transaction. */
export type ReadFile =
  | { name: string; kind: ModelKind; definitions: ModdleElement }
  | { name: string; kind: 'json'; value: Json }
  | { name: string; kind: 'text'; text: string }

/**
 * Reads a file as seeding does: the kind follows the name (`.bpmn`, `.dmn`, `.json`, else text),
 * models go through the domain parsers. Parsing is asynchronous, so it happens before the
 * transaction that writes the file. Throws `OperationError` for a bad name or an unreadable file.
 */
export async function readFileForDocument(name: string, text: string): Promise<ReadFile> {
  if (!FILE_NAME.test(name)) throw invalidFileName(name)
  const kind = fileKind(name)
  if (kind === 'bpmn' || kind === 'dmn') {
    const parsed = await parseModel(kind, name, text)
    if (!parsed.definitions) {
      throw unreadableFile(
        name,
        parsed.problems.filter((problem) => problem.severity === 'error')
      )
    }
    return { name, kind, definitions: parsed.definitions }
  }
  if (kind === 'json') {
    try {
      return { name, kind, value: JSON.parse(text) as Json }
    } catch (error) {
      throw unreadableFile(name, [jsonProblem(name, error)])
    }
  }
  return { name, kind, text }
}

function jsonProblem(file: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: 'collab.operation.unreadableJson',
    severity: 'error',
    file,
    message: { de: `kein gültiges JSON (${reason}).`, en: `not valid JSON (${reason}).` },
  }
}
