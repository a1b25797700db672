/** Dependencies and where-used of the shown version: the graph, then the same as tables. */
import type { BlockOverview } from '../../lib/api/types'
import { hrefFor } from '../../lib/router/routes'
import { DependencyGraph } from './DependencyGraph'
import { DependencyTable, WhereUsedTable } from './DependencyTables'
import type { GraphNodeInput } from './graphLayout'
import { overviewNames } from './overviewNames'

export function DependenciesSection({
  overview,
  name,
  version,
}: {
  overview: BlockOverview
  name: string
  version: string
}) {
  const nameOf = overviewNames(overview)
  const callers = groupCallers(overview, nameOf)
  const callees: GraphNodeInput[] = overview.dependencies.map((dep) => {
    const pinned = dep.resolvedVersion ?? dep.wouldResolveTo
    return {
      key: `callee:${dep.targetBlockId}`,
      label: nameOf(dep.targetBlockId),
      detail: pinned ? `${dep.range} → ${pinned}` : dep.range,
      href: hrefFor(
        pinned
          ? { name: 'version', id: dep.targetBlockId, version: pinned }
          : { name: 'baustein', id: dep.targetBlockId }
      ),
    }
  })
  const center: GraphNodeInput = {
    key: `center:${overview.block.id}`,
    label: name,
    detail: version,
    href: hrefFor({ name: 'version', id: overview.block.id, version }),
  }
  return (
    <>
      {callers.length > 0 || callees.length > 0 ? (
        <DependencyGraph callers={callers} center={center} callees={callees} />
      ) : null}
      <DependencyTable dependencies={overview.dependencies} nameOf={nameOf} />
      <WhereUsedTable whereUsed={overview.whereUsed} nameOf={nameOf} />
    </>
  )
}

/** One node per calling block, listing the versions that call this one. */
function groupCallers(overview: BlockOverview, nameOf: (id: string) => string): GraphNodeInput[] {
  const byBlock = new Map<string, string[]>()
  for (const use of overview.whereUsed) {
    byBlock.set(use.blockId, [...(byBlock.get(use.blockId) ?? []), use.version])
  }
  return [...byBlock].map(([blockId, versions]) => ({
    key: `caller:${blockId}`,
    label: nameOf(blockId),
    detail: versions.join(', '),
    href: hrefFor({ name: 'version', id: blockId, version: versions[0] as string }),
  }))
}
