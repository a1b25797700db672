/**
 * Names of related blocks. The overview lists dependencies, usages and variants by id only, so
 * the names come from each version's metadata (cached); without a known version, from the block's
 * latest published (or newest visible) version. Until a name arrives, and for blocks the user may
 * not read, the last part of the URN stands in.
 */
import { useEffect, useState } from 'react'
import { useApi } from './ApiContext'
import type { BauplanApi } from './bauplanApi'
import { loadVersionCached } from './versionCache'

export interface BlockRef {
  blockId: string
  version: string | null | undefined
}

export function useBlockNames(refs: readonly BlockRef[]): (blockId: string) => string {
  const api = useApi()
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  const key = refs.map((ref) => `${ref.blockId}@${ref.version ?? ''}`).join('|')
  useEffect(() => {
    let cancelled = false
    for (const ref of refs) {
      loadName(api, ref).then(
        (name) => {
          if (!cancelled) setNames((previous) => new Map(previous).set(ref.blockId, name))
        },
        () => undefined
      )
    }
    return () => {
      cancelled = true
    }
    // `key` stands for `refs`, which is a new array on every render.
  }, [api, key])
  return (blockId) => names.get(blockId) ?? shortName(blockId)
}

/** `urn:bauplan:baustein:sn:identitaet-pruefen` → `identitaet-pruefen`. */
export function shortName(blockId: string): string {
  return blockId.split(':').pop() || blockId
}

async function loadName(api: BauplanApi, ref: BlockRef): Promise<string> {
  let version = ref.version
  if (!version) {
    const overview = await api.getOverview(ref.blockId)
    version = overview.latestPublished ?? overview.versions[0]?.version
    if (!version) return shortName(ref.blockId)
  }
  const detail = await loadVersionCached(api, ref.blockId, version)
  return detail.version.metadata.name
}
