import { cycleProblems, findCycles, maxSatisfying, type Problem } from '@bauplan/domain'
import type { VersionKey } from '../model/inputs'
import type { CatalogueStore } from '../store'
import { publishedVersionsOf } from './versionsOf'

/**
 * Cycles the new version would close. The graph is built from what would actually run: the new
 * version's exact resolutions, then the versions those published versions were resolved to at their
 * own publication, and so on. A cycle through an old major line that nothing resolves to any more is
 * therefore not a cycle, while one through any version that would be called is.
 */
export async function cyclesThrough(
  store: CatalogueStore,
  key: VersionKey,
  resolutions: ReadonlyArray<{ targetBlockId: string; resolvedVersion: string }>,
  file: string | undefined
): Promise<Problem[]> {
  const edges = new Map<string, Set<string>>()
  const addEdge = (from: string, to: string) => {
    const targets = edges.get(from) ?? new Set<string>()
    targets.add(to)
    edges.set(from, targets)
  }
  const pending: VersionKey[] = []
  for (const r of resolutions) {
    addEdge(key.blockId, r.targetBlockId)
    pending.push({ blockId: r.targetBlockId, version: r.resolvedVersion })
  }
  const seen = new Set<string>()
  while (pending.length > 0) {
    const next = pending.pop() as VersionKey
    const label = `${next.blockId}@${next.version}`
    // The new version itself is reached through a self-reference; its edges are already in.
    if (seen.has(label) || (next.blockId === key.blockId && next.version === key.version)) continue
    seen.add(label)
    for (const reference of await store.listReferences(next)) {
      addEdge(next.blockId, reference.targetBlockId)
      const version =
        reference.resolvedVersion ??
        maxSatisfying(
          (await publishedVersionsOf(store, reference.targetBlockId)) ?? [],
          reference.range
        )
      if (version !== undefined) pending.push({ blockId: reference.targetBlockId, version })
    }
  }
  const graph = new Map([...edges].map(([from, targets]) => [from, [...targets]]))
  return cycleProblems(findCycles(graph), file === undefined ? {} : { file })
}
