import { findCycles, type FolderCheckResult } from '@bauplan/domain'

export interface CheckedFolder {
  /** Where the folder came from, e.g. `bausteine/identitaet-pruefen`; used in problems. */
  name: string
  files: Readonly<Record<string, string>>
  check: FolderCheckResult
  id: string
}

/**
 * Folders ordered so every block comes after the blocks it calls (a procedure after its building
 * blocks), ties broken by id so the order — and the audit log — is the same on every run.
 * References to blocks outside the set do not constrain the order; the publishing gate reports them.
 * Returns the cycles instead when there are any.
 */
export function dependencyOrder(folders: readonly CheckedFolder[]): {
  ordered: CheckedFolder[]
  cycles: string[][]
} {
  const byId = new Map(folders.map((f) => [f.id, f]))
  const edges = new Map(
    folders.map((f) => [
      f.id,
      [...new Set(f.check.references.map((r) => r.id))].filter((id) => byId.has(id)),
    ])
  )
  const cycles = findCycles(edges)
  if (cycles.length > 0) return { ordered: [], cycles }
  const ordered: CheckedFolder[] = []
  const done = new Set<string>()
  const visit = (id: string) => {
    if (done.has(id)) return
    done.add(id)
    for (const target of [...(edges.get(id) ?? [])].sort()) visit(target)
    ordered.push(byId.get(id) as CheckedFolder)
  }
  for (const id of [...byId.keys()].sort()) visit(id)
  return { ordered, cycles: [] }
}
