import type { FederatedVersion } from './federationTypes'

/**
 * Dependencies before the versions that call them, so every reference resolves when its caller is
 * published. Ties are broken by id for a stable order. A cycle cannot come from a verified bundle
 * (the origin's publishing gate forbids them); if one appears, the rest is appended and the
 * publishing gate reports it.
 */
export function importOrder(versions: readonly FederatedVersion[]): FederatedVersion[] {
  const byId = new Map(versions.map((v) => [v.blockId, v]))
  const ordered: FederatedVersion[] = []
  const done = new Set<string>()
  const visiting = new Set<string>()
  const visit = (version: FederatedVersion) => {
    if (done.has(version.blockId) || visiting.has(version.blockId)) return
    visiting.add(version.blockId)
    for (const target of Object.keys(version.lockedReferences).sort()) {
      const dependency = byId.get(target)
      if (dependency !== undefined) visit(dependency)
    }
    visiting.delete(version.blockId)
    done.add(version.blockId)
    ordered.push(version)
  }
  for (const version of [...versions].sort((a, b) => (a.blockId < b.blockId ? -1 : 1))) {
    visit(version)
  }
  return ordered
}
