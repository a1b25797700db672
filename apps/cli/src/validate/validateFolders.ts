/**
 * `bauplan validate` without the printing: checks each folder on its own (checkBausteinFolder) and
 * then the folders as a set (checkFolderSet), as if they were a catalogue in which all of them are
 * published — so a reference to a block that is not among the folders is found here, offline.
 */
import path from 'node:path'
import {
  checkBausteinFolder,
  checkFolderSet,
  METADATA_FILE,
  type FolderSetEntry,
  type Problem,
} from '@bauplan/domain'
import { readFolder } from './readFolder'

export interface FolderReport {
  /** The folder as the user wrote it. */
  dir: string
  /** Id and version from baustein.json, when it names them. */
  id?: string
  version?: string
  problems: Problem[]
}

export interface ValidationReport {
  folders: FolderReport[]
  /** Problems of the set as a whole (reference cycles), not of one folder. */
  crossFolderProblems: Problem[]
}

export interface ValidateOptions {
  /** Relative folders are resolved against this directory. */
  cwd: string
  /** Resolve references between the folders (default true). */
  references?: boolean
  /** Called after each folder, for the progress bar. */
  onFolder?: (dir: string) => void
}

export async function validateFolders(
  dirs: readonly string[],
  options: ValidateOptions
): Promise<ValidationReport> {
  const folders: FolderReport[] = []
  const entries = new Map<string, { entry: FolderSetEntry; report: FolderReport }>()
  for (const dir of dirs) {
    const report: FolderReport = { dir, problems: [] }
    folders.push(report)
    const read = await readFolder(path.resolve(options.cwd, dir))
    if ('problem' in read) {
      report.problems.push(read.problem)
    } else {
      const result = await checkBausteinFolder(read.files)
      report.problems.push(...result.problems)
      const identity = result.metadata ?? identityOf(read.files[METADATA_FILE])
      if (identity !== undefined) {
        report.id = identity.id
        report.version = identity.version
        const key = `${identity.id}@${identity.version}`
        const first = entries.get(key)
        if (first !== undefined) {
          report.problems.push(duplicate(key, first.report.dir))
        } else {
          const bpmnFile =
            result.metadata?.artefakte.bpmn.datei ??
            Object.keys(read.files).find((name) => name.endsWith('.bpmn'))
          entries.set(key, {
            report,
            entry: {
              id: identity.id,
              version: identity.version,
              references: result.references,
              ...(bpmnFile !== undefined ? { file: bpmnFile } : {}),
            },
          })
        }
      }
    }
    options.onFolder?.(dir)
  }
  const crossFolderProblems: Problem[] = []
  if (options.references !== false) {
    const set = checkFolderSet([...entries.values()].map((e) => e.entry))
    for (const { block, ...problem } of set.problems) {
      const owner = entries.get(block)?.report
      if (owner) owner.problems.push(problem)
      else crossFolderProblems.push(problem)
    }
  }
  return { folders, crossFolderProblems }
}

/**
 * Id and version even when the metadata fails the schema elsewhere, so the other folders' references
 * to this block still resolve and the user sees the real problem, not a cascade of "unknown block".
 */
function identityOf(text: string | undefined): { id: string; version: string } | undefined {
  if (text === undefined) return undefined
  try {
    const value = JSON.parse(text) as { id?: unknown; version?: unknown }
    return typeof value.id === 'string' && typeof value.version === 'string'
      ? { id: value.id, version: value.version }
      : undefined
  } catch {
    return undefined
  }
}

function duplicate(key: string, otherDir: string): Problem {
  return {
    code: 'cli.duplicateBlock',
    severity: 'error',
    file: METADATA_FILE,
    pointer: '/version',
    message: {
      de: `${key} liegt auch im Ordner „${otherDir}“. Jede Version eines Bausteins darf nur einmal vorkommen; erhöhen Sie die Version oder geben Sie nur einen der Ordner an.`,
      en: `${key} is also in the folder "${otherDir}". Each version of a block may occur only once; raise the version or give only one of the folders.`,
    },
  }
}
