import { parseBpmn, parseDmn, type ModdleElement, type Problem } from '@bauplan/domain'
import type { VersionFile } from '../model/records'
import type { Actor } from '../lifecycle/actor'
import { readFiles, requireVersion } from '../lifecycle/operationSupport'
import { requireReader } from '../lifecycle/rights'
import type { ServiceContext } from '../lifecycle/serviceContext'
import { requireVisible } from '../lifecycle/visibility'
import { diffBpmn } from './bpmnDiff'
import type { FileChanges, VersionDiff } from './diffTypes'
import { diffDmn } from './dmnDiff'
import { decisionsOf, type PlainDecision } from './dmnTables'
import { diffMetadata } from './metadataDiff'

const decoder = new TextDecoder()

function fileChanges(before: readonly VersionFile[], after: readonly VersionFile[]): FileChanges {
  const old = new Map(before.map((f) => [f.name, f.sha256]))
  const now = new Map(after.map((f) => [f.name, f.sha256]))
  return {
    added: after.filter((f) => !old.has(f.name)).map((f) => f.name),
    removed: before.filter((f) => !now.has(f.name)).map((f) => f.name),
    changed: after
      .filter((f) => old.has(f.name) && old.get(f.name) !== f.sha256)
      .map((f) => f.name),
  }
}

function unreadable(file: string, version: string, problems: readonly Problem[]): Problem {
  return {
    code: 'diff.unreadableModel',
    severity: 'warning',
    file,
    message: {
      de: `${file} in Version ${version} ist nicht lesbar und wird nicht verglichen (${problems[0]?.message.de ?? '—'}).`,
      en: `${file} in version ${version} cannot be read and is not compared (${problems[0]?.message.en ?? '—'}).`,
    },
  }
}

async function readBpmn(
  files: readonly VersionFile[],
  version: string,
  problems: Problem[]
): Promise<ModdleElement | undefined> {
  const file = files.find((f) => f.name.endsWith('.bpmn'))
  if (file === undefined) return undefined
  const parsed = await parseBpmn(decoder.decode(file.bytes))
  if (parsed.definitions === undefined)
    problems.push(unreadable(file.name, version, parsed.problems))
  return parsed.definitions
}

async function readDecisions(
  files: readonly VersionFile[],
  version: string,
  problems: Problem[]
): Promise<PlainDecision[]> {
  const decisions: PlainDecision[] = []
  for (const file of files.filter((f) => f.name.endsWith('.dmn'))) {
    const parsed = await parseDmn(decoder.decode(file.bytes), { file: file.name })
    if (parsed.definitions === undefined)
      problems.push(unreadable(file.name, version, parsed.problems))
    else decisions.push(...decisionsOf(parsed.definitions, file.name))
  }
  return decisions
}

/**
 * The difference between any two versions of a block (in either order): files, metadata fields,
 * BPMN elements (semantic and layout) and DMN rules. A model that cannot be read (only possible in a
 * draft) is reported in `problems` instead of failing the whole diff.
 */
export async function diffVersions(
  ctx: ServiceContext,
  actor: Actor,
  blockId: string,
  fromVersion: string,
  toVersion: string
): Promise<VersionDiff> {
  requireReader(actor)
  const from = await requireVersion(ctx.store, { blockId, version: fromVersion })
  const to = await requireVersion(ctx.store, { blockId, version: toVersion })
  requireVisible(actor, from)
  requireVisible(actor, to)
  const before = await readFiles(ctx.store, from)
  const after = await readFiles(ctx.store, to)
  const problems: Problem[] = []
  const oldBpmn = await readBpmn(before, fromVersion, problems)
  const newBpmn = await readBpmn(after, toVersion, problems)
  return {
    blockId,
    fromVersion,
    toVersion,
    files: fileChanges(before, after),
    metadata: diffMetadata(from.metadata, to.metadata),
    bpmn: oldBpmn && newBpmn ? diffBpmn(oldBpmn, newBpmn) : null,
    dmn: diffDmn(
      await readDecisions(before, fromVersion, problems),
      await readDecisions(after, toVersion, problems)
    ),
    problems,
  }
}
