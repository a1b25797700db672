import type { Problem } from '../problem'
import type { LocatedBausteinRef, ResolvedBausteinRef } from '../references/bausteinRef'
import { cycleProblems, findCycles } from '../references/findCycles'
import { resolveReferences } from '../references/resolveReferences'

export interface FolderSetEntry {
  /** The block's id and version from its metadata. */
  id: string
  version: string
  /** BPMN file of the block, for the problems. */
  file?: string
  references: readonly LocatedBausteinRef[]
}

export interface FolderSetResult {
  /** Per block id@version, its references pinned to the highest version in range. */
  resolved: Map<string, ResolvedBausteinRef[]>
  /** Problems, each tagged with the block (`id@version`) it belongs to. */
  problems: Array<Problem & { block: string }>
}

/**
 * Resolves the references of a set of folders against each other, as if the set were a catalogue in
 * which every folder is published: a `models/` tree in git, a zip of several blocks, or the seed
 * catalogue. Finds references to unknown blocks, ranges no version satisfies, and cycles.
 */
export function checkFolderSet(entries: readonly FolderSetEntry[]): FolderSetResult {
  const versions = new Map<string, string[]>()
  for (const entry of entries)
    versions.set(entry.id, [...(versions.get(entry.id) ?? []), entry.version])

  const resolved = new Map<string, ResolvedBausteinRef[]>()
  const problems: FolderSetResult['problems'] = []
  const edges = new Map<string, string[]>()
  for (const entry of entries) {
    const block = `${entry.id}@${entry.version}`
    const result = resolveReferences(entry.references, (id) => versions.get(id), {
      ...(entry.file !== undefined ? { file: entry.file } : {}),
    })
    resolved.set(block, result.resolved)
    problems.push(...result.problems.map((p) => ({ ...p, block })))
    const targets = new Set([...(edges.get(entry.id) ?? []), ...entry.references.map((r) => r.id)])
    edges.set(entry.id, [...targets])
  }
  for (const problem of cycleProblems(findCycles(edges))) problems.push({ ...problem, block: '*' })
  return { resolved, problems }
}
