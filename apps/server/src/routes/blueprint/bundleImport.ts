/**
 * A verified bundle as the catalogue's federation import sees it: every block (the exported one
 * and its lock) with its folder, its origin, and the exact versions its calls were locked to.
 */
import type { FederatedVersion } from '@bauplan/catalogue'
import type { ManifestBlock, VerifiedBundle } from '@bauplan/blueprint'

const decoder = new TextDecoder()

export function federatedVersionsOf(bundle: VerifiedBundle): FederatedVersion[] {
  const { manifest } = bundle
  return [manifest.provenance, ...manifest.lock].map((block) => ({
    blockId: block.blockId,
    version: block.version,
    files: folderOf(bundle, block),
    lockedReferences: Object.fromEntries(
      manifest.lock
        .filter((entry) =>
          entry.requestedBy.some((r) => r.blockId === block.blockId && r.version === block.version)
        )
        .map((entry) => [entry.blockId, entry.version])
    ),
    origin: {
      catalogue: { name: block.origin.name, url: block.origin.url },
      publishedAt: block.publishedAt,
      contentHash: block.contentHash,
    },
  }))
}

function folderOf(bundle: VerifiedBundle, block: ManifestBlock): Record<string, string> {
  const prefix = `${block.folder}/`
  const files: Record<string, string> = {}
  for (const [path, bytes] of bundle.files) {
    const name = path.slice(prefix.length)
    if (path.startsWith(prefix) && !name.includes('/')) files[name] = decoder.decode(bytes)
  }
  return files
}
