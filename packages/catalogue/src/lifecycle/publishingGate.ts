import {
  checkVersionBump,
  hasErrors,
  highestVersion,
  requiredBump,
  type BumpKind,
  type FolderCheckResult,
  type Problem,
} from '@bauplan/domain'
import type { NewReference, ReferenceResolution, VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { blockInterfaceOf } from './blockInterface'
import { folderOf, type FolderFiles } from './folderFiles'
import { readFiles } from './operationSupport'
import type { CheckFolder } from './readDraftFolder'
import type { QualityFields } from './results'
import { referencesByBlock, resolveAgainstCatalogue } from './referenceResolution'
import { cyclesThrough } from './referenceCycles'
import { isPublished } from './versionsOf'
import type { DecisionTestReport } from './quality/decisionTestReport'
import { runQualityChecks } from './quality/qualityChecks'

export interface GateResult {
  /** Every finding; the gate passes when none is an error. */
  problems: Problem[]
  passed: boolean
  check: FolderCheckResult
  /** One reference per called block, as stored for where-used. */
  references: NewReference[]
  /** The exact published version chosen for each reference (stored when publishing). */
  resolutions: ReferenceResolution[]
  /** The bump the interface changes require over the highest published version. */
  requiredBump: BumpKind
  /** The block's decision tests as run; undefined when the folder is too broken to run them. */
  decisionTests?: DecisionTestReport
  /** The revision of the catalogue's rule configuration the gate ran the rules with (0: defaults). */
  lintConfigRevision: number
}

function identityProblems(key: VersionKey, check: FolderCheckResult): Problem[] {
  const problems: Problem[] = []
  const metadata = check.metadata
  if (metadata === undefined) return problems // the schema problems already say why
  if (metadata.id !== key.blockId) {
    problems.push({
      code: 'lifecycle.idMismatch',
      severity: 'error',
      file: 'baustein.json',
      pointer: '/id',
      message: {
        de: `Die Metadaten nennen die ID „${metadata.id}“, die Version gehört aber zum Baustein „${key.blockId}“; die ID eines Bausteins ändert sich nie.`,
        en: `The metadata names the id "${metadata.id}", but the version belongs to the block "${key.blockId}"; a block's id never changes.`,
      },
    })
  }
  if (metadata.version !== key.version) {
    problems.push({
      code: 'lifecycle.versionMismatch',
      severity: 'error',
      file: 'baustein.json',
      pointer: '/version',
      message: {
        de: `Die Metadaten nennen die Version ${metadata.version}, gespeichert ist sie als ${key.version}.`,
        en: `The metadata names version ${metadata.version}, but it is stored as ${key.version}.`,
      },
    })
  }
  return problems
}

/** The bump the changes since `previous` require; patch when the previous interface cannot be read. */
async function bumpSince(
  store: CatalogueStore,
  previous: VersionKey,
  check: FolderCheckResult,
  checkFolder: CheckFolder
): Promise<BumpKind> {
  if (check.metadata === undefined) return 'patch'
  const stored = await store.getVersion(previous)
  if (stored === null) return 'patch'
  const files = await readFiles(store, previous)
  const before = await checkFolder(folderOf(stored.metadata, files))
  if (before.metadata === undefined) return 'patch'
  return requiredBump(
    blockInterfaceOf(before.metadata, before.dmn),
    blockInterfaceOf(check.metadata, check.dmn)
  )
}

/**
 * The publishing gate: everything that must hold before a version becomes immutable. Runs as a dry
 * run at submission (so problems show before review) and for real at approval. Reads only.
 *
 * 1. The whole folder passes the domain checks (metadata schema and rules, BPMN, DMN, cross-file
 *    links, decision tests, well-formed references).
 * 2. The metadata's id and version are the stored ones.
 * 3. The version is greater than every published one and at least the bump the interface changes
 *    require over the highest published version (domain version rule).
 * 4. Every referenced block resolves to a published version within its range (deprecated versions
 *    resolve, with a warning), and all calls of one block agree on the range.
 * 5. No reference cycle, including through this version.
 * 6. The modelling rules at the catalogue's current configuration (errors block, warnings are
 *    reported), with calls resolved against the catalogue, and the block's decision tests: a
 *    failing test or DMN that does not compile blocks.
 */
export async function runPublishingGate(
  store: CatalogueStore,
  key: VersionKey,
  files: FolderFiles,
  checkFolder: CheckFolder
): Promise<GateResult> {
  const check = await checkFolder(files)
  const problems: Problem[] = [...check.problems, ...identityProblems(key, check)]

  const versions = await store.listVersions(key.blockId)
  const published = versions.filter(isPublished)
  const highest = highestVersion(published.map((v) => v.version))
  const bump =
    highest === undefined
      ? 'patch'
      : await bumpSince(store, { blockId: key.blockId, version: highest }, check, checkFolder)
  problems.push(...checkVersionBump(highest, key.version, bump).map(inMetadata))

  const bpmnFile = check.metadata?.artefakte.bpmn.datei
  const grouped = referencesByBlock(check.references)
  problems.push(...grouped.problems.map((p) => (bpmnFile ? { ...p, file: bpmnFile } : p)))
  const { resolved, problems: resolveProblems } = await resolveAgainstCatalogue(
    store,
    check.references,
    bpmnFile
  )
  problems.push(...resolveProblems)
  const resolutions: ReferenceResolution[] = []
  for (const ref of resolved) {
    if (resolutions.some((r) => r.targetBlockId === ref.id)) continue
    resolutions.push({ targetBlockId: ref.id, resolvedVersion: ref.version })
    const target = await store.getVersion({ blockId: ref.id, version: ref.version })
    if (target?.state === 'abgekuendigt') problems.push(deprecatedTarget(ref, bpmnFile))
  }
  problems.push(...(await cyclesThrough(store, key, resolutions, bpmnFile)))
  const quality = await runQualityChecks(store, files, check, problems)
  problems.push(...quality.problems)

  return {
    problems,
    passed: !hasErrors(problems),
    check,
    references: grouped.references,
    resolutions,
    requiredBump: bump,
    ...(quality.decisionTests ? { decisionTests: quality.decisionTests } : {}),
    lintConfigRevision: quality.lintConfigRevision,
  }
}

/** The gate's quality part, as the service's results carry it. */
export function qualityFieldsOf(gate: GateResult): QualityFields {
  return {
    ...(gate.decisionTests ? { decisionTests: gate.decisionTests } : {}),
    lintConfigRevision: gate.lintConfigRevision,
  }
}

function inMetadata(problem: Problem): Problem {
  return { ...problem, file: 'baustein.json' }
}

function deprecatedTarget(
  ref: { id: string; version: string; elementId?: string },
  file: string | undefined
): Problem {
  return {
    code: 'ref.deprecatedVersion',
    severity: 'warning',
    ...(ref.elementId !== undefined ? { elementId: ref.elementId } : {}),
    ...(file !== undefined ? { file } : {}),
    message: {
      de: `Der Aufruf nutzt ${ref.id}@${ref.version}; diese Version ist abgekündigt. Sie bleibt nutzbar, sollte aber durch ihren Nachfolger ersetzt werden.`,
      en: `The call uses ${ref.id}@${ref.version}; that version is deprecated. It still works but should be replaced by its successor.`,
    },
  }
}
