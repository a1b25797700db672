import {
  checkBausteinFolder,
  checkBpmn,
  checkDmn,
  METADATA_FILE,
  parseBpmn,
  parseDmn,
  satisfiesRange,
  type Problem,
} from '@bauplan/domain'
import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import { manifestSchemaProblems } from '../manifest/manifestSchema'
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  type BlueprintManifest,
  type ManifestBlock,
} from '../manifest/manifestTypes'
import { referencesOf } from '../resolve/readReferences'
import { contentHashOf, sha256Hex } from '../source/contentHash'
import { BUNDLE_LIMITS, type BundleLimits } from '../zip/limits'
import { readBundleZip } from '../zip/readZip'
import {
  VERIFY_CHECKS,
  type VerifiedBundle,
  type VerifyCheck,
  type VerifyReport,
} from './verifyTypes'

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Verifies a bundle archive, check by check: a safe archive; a manifest of a known format version;
 * the schema; integrity (every file's size and sha256, nothing missing, nothing extra); the blocks
 * (each block folder recomputes to the content hash the manifest names); references (the lock
 * covers every call activity of every block in the bundle, within its range); and the domain checks
 * on every BPMN/DMN model. Never throws for a bad bundle: the report says what is wrong.
 */
export async function verifyBundle(
  archive: Uint8Array,
  limits: BundleLimits = BUNDLE_LIMITS
): Promise<VerifyReport & { files?: ReadonlyMap<string, Uint8Array> }> {
  const checks = Object.fromEntries(
    VERIFY_CHECKS.map((c) => [c, 'skipped'])
  ) as VerifyReport['checks']
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const finish = (failed: VerifyCheck | undefined, manifest?: BlueprintManifest) => {
    if (failed !== undefined) checks[failed] = 'failed'
    return {
      ok: failed === undefined,
      checks,
      problems,
      warnings,
      ...(manifest !== undefined ? { manifest } : {}),
    }
  }

  let files: Map<string, Uint8Array>
  try {
    files = readBundleZip(archive, limits)
  } catch (error) {
    if (!(error instanceof BlueprintError)) throw error
    problems.push(...error.problems)
    return finish('archive')
  }
  checks.archive = 'passed'

  const parsed = readManifest(files.get(MANIFEST_FILE))
  if ('problem' in parsed) {
    problems.push(parsed.problem)
    return finish('manifest')
  }
  checks.manifest = 'passed'

  problems.push(...manifestSchemaProblems(parsed.value))
  if (problems.length > 0) return finish('schema')
  checks.schema = 'passed'
  const manifest = parsed.value as BlueprintManifest

  problems.push(...integrityProblems(manifest, files))
  if (problems.length > 0) return finish('integrity', manifest)
  checks.integrity = 'passed'

  const blocks = [manifest.provenance, ...manifest.lock]
  const folders = new Map(blocks.map((block) => [block.folder, folderFiles(block.folder, files)]))
  problems.push(...blockProblems(blocks, folders))
  if (problems.length > 0) return finish('blocks', manifest)
  checks.blocks = 'passed'

  problems.push(...(await referenceProblems(manifest, folders)))
  if (problems.length > 0) return finish('references', manifest)
  checks.references = 'passed'

  const modelProblems = await domainProblems(folders, files)
  problems.push(...modelProblems.filter((p) => p.severity === 'error'))
  warnings.push(...modelProblems.filter((p) => p.severity !== 'error'))
  if (problems.length > 0) return finish('models', manifest)
  checks.models = 'passed'
  return { ...finish(undefined, manifest), files }
}

/** For import: the verified bundle, or a BlueprintError with every problem — nothing half-read. */
export async function readVerifiedBundle(
  archive: Uint8Array,
  limits: BundleLimits = BUNDLE_LIMITS
): Promise<VerifiedBundle> {
  const report = await verifyBundle(archive, limits)
  if (!report.ok || report.manifest === undefined || report.files === undefined) {
    const kind = report.checks.archive === 'failed' ? 'unsafeArchive' : 'invalidBundle'
    throw new BlueprintError(kind, report.problems)
  }
  const { files, ...rest } = report
  return { manifest: report.manifest, files, report: rest }
}

function readManifest(bytes: Uint8Array | undefined): { value: unknown } | { problem: Problem } {
  const problem = (code: string, de: string, en: string) => ({
    problem: blueprintProblem(code, { de, en }, { file: MANIFEST_FILE }),
  })
  if (bytes === undefined) {
    return problem(
      'blueprint.manifestMissing',
      `Das Archiv enthält kein ${MANIFEST_FILE}; es ist keine Bauplan-Blaupause.`,
      `The archive has no ${MANIFEST_FILE}; it is not a Bauplan bundle.`
    )
  }
  let value: unknown
  try {
    value = JSON.parse(decoder.decode(bytes))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return problem(
      'blueprint.manifestSyntax',
      `${MANIFEST_FILE} ist kein gültiges UTF-8-JSON (${detail}).`,
      `${MANIFEST_FILE} is not valid UTF-8 JSON (${detail}).`
    )
  }
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  if (record.format !== MANIFEST_FORMAT || record.formatVersion !== MANIFEST_FORMAT_VERSION) {
    const found = `${JSON.stringify(record.format ?? null)} ${JSON.stringify(record.formatVersion ?? null)}`
    return problem(
      'blueprint.unknownManifestVersion',
      `${MANIFEST_FILE} hat das Format ${found}; dieses Programm kennt nur „${MANIFEST_FORMAT}“ Version ${MANIFEST_FORMAT_VERSION}. Verwenden Sie eine passende Bauplan-Version.`,
      `${MANIFEST_FILE} has the format ${found}; this program knows only "${MANIFEST_FORMAT}" version ${MANIFEST_FORMAT_VERSION}. Use a matching Bauplan version.`
    )
  }
  return { value }
}

function integrityProblems(
  manifest: BlueprintManifest,
  files: ReadonlyMap<string, Uint8Array>
): Problem[] {
  const problems: Problem[] = []
  const listed = new Set<string>()
  for (const entry of manifest.files) {
    if (listed.has(entry.path)) {
      problems.push(
        blueprintProblem(
          'blueprint.fileListedTwice',
          {
            de: `${entry.path} steht zweimal in ${MANIFEST_FILE}.`,
            en: `${entry.path} is listed twice in ${MANIFEST_FILE}.`,
          },
          { file: entry.path }
        )
      )
    }
    listed.add(entry.path)
    const bytes = files.get(entry.path)
    if (bytes === undefined || entry.path === MANIFEST_FILE) {
      problems.push(
        blueprintProblem(
          'blueprint.fileMissing',
          {
            de: `${entry.path} steht in ${MANIFEST_FILE}, fehlt aber im Archiv.`,
            en: `${entry.path} is listed in ${MANIFEST_FILE} but missing from the archive.`,
          },
          { file: entry.path }
        )
      )
      continue
    }
    const actual = sha256Hex(bytes)
    if (bytes.length !== entry.size || actual !== entry.sha256) {
      problems.push(
        blueprintProblem(
          'blueprint.hashMismatch',
          {
            de: `${entry.path} wurde verändert: erwartet ${entry.size} Byte mit sha256 ${entry.sha256}, gefunden ${bytes.length} Byte mit sha256 ${actual}.`,
            en: `${entry.path} was changed: expected ${entry.size} bytes with sha256 ${entry.sha256}, found ${bytes.length} bytes with sha256 ${actual}.`,
          },
          { file: entry.path }
        )
      )
    }
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_FILE && !listed.has(path)) {
      problems.push(
        blueprintProblem(
          'blueprint.fileNotListed',
          {
            de: `${path} liegt im Archiv, steht aber nicht in ${MANIFEST_FILE}; es könnte untergeschoben sein.`,
            en: `${path} is in the archive but not listed in ${MANIFEST_FILE}; it may have been slipped in.`,
          },
          { file: path }
        )
      )
    }
  }
  return problems
}

/** The files directly inside a bundle folder, as a models/ folder: name → text. */
function folderFiles(
  folder: string,
  files: ReadonlyMap<string, Uint8Array>
): Record<string, string> {
  const prefix = `${folder}/`
  const result: Record<string, string> = {}
  for (const [path, bytes] of files) {
    if (!path.startsWith(prefix) || path.slice(prefix.length).includes('/')) continue
    try {
      result[path.slice(prefix.length)] = decoder.decode(bytes)
    } catch {
      result[path.slice(prefix.length)] = '\uFFFD'
    }
  }
  return result
}

function blockProblems(
  blocks: readonly ManifestBlock[],
  folders: ReadonlyMap<string, Record<string, string>>
): Problem[] {
  const problems: Problem[] = []
  const ids = new Set<string>()
  for (const block of blocks) {
    const label = `${block.blockId}@${block.version}`
    const problem = (code: string, de: string, en: string) =>
      problems.push(
        blueprintProblem(code, { de, en }, { file: `${block.folder}/${METADATA_FILE}` })
      )
    if (ids.has(block.blockId)) {
      problem(
        'blueprint.blockTwice',
        `${block.blockId} steht mehrfach im Bundle; jeder Baustein darf nur in einer Version enthalten sein.`,
        `${block.blockId} occurs more than once in the bundle; each block may be included in one version only.`
      )
    }
    ids.add(block.blockId)
    const files = folders.get(block.folder) ?? {}
    const text = files[METADATA_FILE]
    let metadata: unknown
    try {
      metadata = text === undefined ? undefined : JSON.parse(text)
    } catch {
      metadata = undefined
    }
    const record = (metadata ?? {}) as Record<string, unknown>
    if (metadata === undefined || record.id !== block.blockId || record.version !== block.version) {
      problem(
        'blueprint.blockFolderMismatch',
        `Der Ordner ${block.folder} enthält nicht ${label}: ${METADATA_FILE} fehlt, ist kein JSON oder nennt eine andere id/version.`,
        `The folder ${block.folder} does not hold ${label}: ${METADATA_FILE} is missing, not JSON, or names another id/version.`
      )
      continue
    }
    const recomputed = contentHashOf(metadata, files)
    if (recomputed !== block.contentHash) {
      problem(
        'blueprint.contentHashMismatch',
        `Der Inhalt von ${label} ergibt den Hash ${recomputed}, das Manifest nennt ${block.contentHash}: Der Baustein ist nicht der veröffentlichte.`,
        `The content of ${label} hashes to ${recomputed}, the manifest names ${block.contentHash}: the block is not the published one.`
      )
    }
  }
  return problems
}

async function referenceProblems(
  manifest: BlueprintManifest,
  folders: ReadonlyMap<string, Record<string, string>>
): Promise<Problem[]> {
  const problems: Problem[] = []
  const locked = new Map(manifest.lock.map((entry) => [entry.blockId, entry]))
  const calls = new Set<string>()
  for (const block of [manifest.provenance, ...manifest.lock]) {
    const files = folders.get(block.folder) ?? {}
    let references
    try {
      references = await referencesOf(
        {
          id: block.blockId,
          version: block.version,
          metadata: undefined,
          files,
          contentHash: block.contentHash,
          origin: block.origin,
          publishedAt: block.publishedAt,
        },
        { fullParse: true }
      )
    } catch (error) {
      if (!(error instanceof BlueprintError)) throw error
      problems.push(...error.problems)
      continue
    }
    for (const reference of references) {
      calls.add(callKey(block.blockId, block.version, reference.blockId, reference.range))
      const target = locked.get(reference.blockId)
      if (target !== undefined && satisfiesRange(target.version, reference.range)) continue
      problems.push(
        blueprintProblem(
          'blueprint.lockIncomplete',
          {
            de: `${block.blockId}@${block.version} ruft ${reference.blockId} im Bereich ${reference.range} auf, ${target === undefined ? 'aber der Baustein fehlt im Lock' : `aber der Lock enthält ${target.version}`}.`,
            en: `${block.blockId}@${block.version} calls ${reference.blockId} in the range ${reference.range}, ${target === undefined ? 'but the block is missing from the lock' : `but the lock holds ${target.version}`}.`,
          },
          { file: block.folder }
        )
      )
    }
  }
  problems.push(...unexplainedLockEntries(manifest, calls))
  return problems
}

function callKey(callerId: string, callerVersion: string, targetId: string, range: string): string {
  return `${callerId}@${callerVersion} → ${targetId} ${range}`
}

/**
 * The lock must be exact as well as complete: every `requestedBy` names a call that a block of the
 * bundle really makes. Otherwise a bundle could carry (and an import publish) blocks nobody calls.
 */
function unexplainedLockEntries(
  manifest: BlueprintManifest,
  calls: ReadonlySet<string>
): Problem[] {
  const problems: Problem[] = []
  for (const entry of manifest.lock) {
    for (const requester of entry.requestedBy) {
      if (
        calls.has(callKey(requester.blockId, requester.version, entry.blockId, requester.range))
      ) {
        continue
      }
      problems.push(
        blueprintProblem(
          'blueprint.lockUnexplained',
          {
            de: `Laut Lock ruft ${requester.blockId}@${requester.version} ${entry.blockId} im Bereich ${requester.range} auf, aber kein Baustein im Bundle enthält diesen Aufruf.`,
            en: `The lock says ${requester.blockId}@${requester.version} calls ${entry.blockId} in the range ${requester.range}, but no block in the bundle makes that call.`,
          },
          { file: entry.folder }
        )
      )
    }
  }
  return problems
}

/** The domain checks on every block folder and on every BPMN/DMN the parts produced. */
async function domainProblems(
  folders: ReadonlyMap<string, Record<string, string>>,
  files: ReadonlyMap<string, Uint8Array>
): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [folder, folderContent] of folders) {
    const check = await checkBausteinFolder(folderContent)
    problems.push(...check.problems.map((p) => ({ ...p, file: `${folder}/${p.file ?? ''}` })))
  }
  const blockFolders = [...folders.keys()].map((folder) => `${folder}/`)
  for (const [path, bytes] of files) {
    if (blockFolders.some((prefix) => path.startsWith(prefix))) continue
    if (!path.endsWith('.bpmn') && !path.endsWith('.dmn')) continue
    const text = new TextDecoder().decode(bytes)
    if (path.endsWith('.bpmn')) {
      const parsed = await parseBpmn(text)
      problems.push(...parsed.problems.map((p) => ({ ...p, file: path })))
      if (parsed.definitions) {
        problems.push(...checkBpmn(parsed.definitions, text).map((p) => ({ ...p, file: path })))
      }
    } else {
      const parsed = await parseDmn(text, { file: path })
      problems.push(...parsed.problems)
      if (parsed.definitions) problems.push(...checkDmn(parsed.definitions, text, { file: path }))
    }
  }
  return problems
}
