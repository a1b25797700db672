/**
 * Names of the blocks an overview relates to, as the server sent them (dependencies, where-used,
 * variants, origin). A block without a visible name shows the last part of its URN.
 */
import type { BlockOverview } from '../../lib/api/types'
import { shortName } from '../../lib/api/useBlockNames'

export function overviewNames(overview: BlockOverview): (blockId: string) => string {
  const names = new Map<string, string>()
  const add = (id: string, name: string | null | undefined) => {
    if (name) names.set(id, name)
  }
  for (const d of overview.dependencies) add(d.targetBlockId, d.targetName)
  for (const w of overview.whereUsed) add(w.blockId, w.name)
  for (const v of overview.variants) add(v.blockId, v.name)
  if (overview.origin) add(overview.origin.blockId, overview.origin.name)
  return (blockId) => names.get(blockId) ?? shortName(blockId)
}
