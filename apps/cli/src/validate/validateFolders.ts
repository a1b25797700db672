/**
 * `bauplan validate` without the printing, the same gates the server's publishing gate runs: each
 * folder on its own (checkBausteinFolder), then the folders as a set (checkFolderSet), as if they
 * were a catalogue in which all of them are published — so a reference to a block that is not among
 * the folders is found here, offline — and then per folder the modelling rules (@bauplan/lint, with
 * calls resolved against the set) and the decision tests (@bauplan/dmn-engine).
 */
import path from 'node:path'
import { runFolderDecisionTests, type DecisionTestReport } from '@bauplan/dmn-engine'
import {
  checkBausteinFolder,
  checkFolderSet,
  METADATA_FILE,
  type FolderCheckResult,
  type FolderSetEntry,
  type Problem,
  type PublishedVersionsLookup,
} from '@bauplan/domain'
import { lintFolder, type LintConfigInput } from '@bauplan/lint'
import { readFolder } from './readFolder'

export interface FolderReport {
  /** The folder as the user wrote it. */
  dir: string
  /** Id and version from baustein.json, when it names them. */
  id?: string
  version?: string
  problems: Problem[]
  /** The decision tests as they ran; undefined when the folder is too broken to run them. */
  decisionTests?: DecisionTestReport
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
  /** The rule levels (default: every rule at its default level). */
  lintConfig?: LintConfigInput
  /** Called after each folder, for the progress bar. */
  onFolder?: (dir: string) => void
}

const CALL_RULE = 'bauplan/call-activity-reference'

/** A folder that could be read and checked, kept for the rules and the decision tests. */
interface CheckedFolder {
  report: FolderReport
  files: Record<string, string>
  check: FolderCheckResult
}

export async function validateFolders(
  dirs: readonly string[],
  options: ValidateOptions
): Promise<ValidationReport> {
  const folders: FolderReport[] = []
  const checked: CheckedFolder[] = []
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
      checked.push({ report, files: read.files, check: result })
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
  }
  const crossFolderProblems: Problem[] = []
  const references = options.references !== false
  if (references) {
    const set = checkFolderSet([...entries.values()].map((e) => e.entry))
    for (const { block, ...problem } of set.problems) {
      const owner = entries.get(block)?.report
      if (owner) owner.problems.push(problem)
      else crossFolderProblems.push(problem)
    }
  }
  const lookup = references ? setLookup([...entries.values()].map((e) => e.entry)) : undefined
  for (const folder of folders) {
    const found = checked.find((c) => c.report === folder)
    if (found) await runQualityGates(found, options.lintConfig ?? {}, lookup)
    options.onFolder?.(folder.dir)
  }
  return { folders, crossFolderProblems }
}

/**
 * The lint rules and decision tests of one folder, added to its report. A call the reference
 * checks already report (domain or set: `ref.*` at the same element) is not reported a second time
 * by the call-activity rule, as in the server's gate.
 */
async function runQualityGates(
  { report, files, check }: CheckedFolder,
  config: LintConfigInput,
  lookup: PublishedVersionsLookup | undefined
): Promise<void> {
  const lint = await lintFolder(files, check, config, lookup)
  const reported = new Set(
    report.problems.filter((p) => p.code.startsWith('ref.') && p.elementId).map((p) => p.elementId)
  )
  report.problems.push(...lint.filter((p) => !(p.code === CALL_RULE && reported.has(p.elementId))))
  const tests = await runFolderDecisionTests(files, check)
  report.problems.push(...tests.problems)
  if (tests.report) report.decisionTests = tests.report
}

/** The given folders as a catalogue in which every version is published. */
function setLookup(entries: readonly FolderSetEntry[]): PublishedVersionsLookup {
  const versions = new Map<string, string[]>()
  for (const { id, version } of entries) versions.set(id, [...(versions.get(id) ?? []), version])
  return (id) => versions.get(id)
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
