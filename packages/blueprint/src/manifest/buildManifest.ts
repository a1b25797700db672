import { blockFolder } from '../bundle/blockFolder'
import type { BlockVersionFiles, BundleFile } from '../model/exportTypes'
import type { Resolution } from '../resolve/resolveProcedure'
import { sha256Hex } from '../source/contentHash'
import {
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  type BlueprintManifest,
  type ManifestBlock,
} from './manifestTypes'

/**
 * The manifest over the bundle's files. It carries no export timestamp — the only date is the
 * publication date at the origin catalogue — so two exports of the same version are identical.
 */
export function buildManifest(
  resolution: Resolution,
  files: readonly BundleFile[],
  settings: Omit<BlueprintManifest['export'], never> & { tool: BlueprintManifest['tool'] }
): BlueprintManifest {
  const { procedure, info } = resolution
  const { tool, ...exported } = settings
  const block = (entry: BlockVersionFiles): ManifestBlock => {
    const details = info.get(entry.id)
    return {
      blockId: entry.id,
      version: entry.version,
      contentHash: entry.contentHash,
      origin: details?.origin ?? resolution.catalogue,
      publishedAt: details?.publishedAt ?? null,
      folder: blockFolder(entry.id, entry.version),
    }
  }
  return {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    tool: { name: tool.name, version: tool.version },
    provenance: block(procedure.root),
    export: {
      parts: exported.parts,
      flavour: exported.flavour,
      locale: exported.locale,
      handbook: exported.handbook,
    },
    lock: procedure.dependencies.map((dependency) => ({
      ...block(dependency),
      requestedBy: (info.get(dependency.id)?.requestedBy ?? []).map((r) => ({ ...r })),
    })),
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({
        path: file.path,
        sha256: sha256Hex(file.content),
        size: file.content.length,
      })),
  }
}
