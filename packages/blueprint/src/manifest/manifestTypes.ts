import type { BackOfficeFlavour, BlueprintPart, HandbookLocale } from '../model/exportTypes'
import type { CatalogueInfo } from '../source/blockSource'

/** The manifest `blueprint.json`, as `blueprint.v1.schema.json` describes it. */
export const MANIFEST_FILE = 'blueprint.json'
export const MANIFEST_FORMAT = 'bauplan-blueprint'
export const MANIFEST_FORMAT_VERSION = 1

export interface ManifestBlock {
  blockId: string
  version: string
  contentHash: string
  origin: CatalogueInfo
  publishedAt: string | null
  /** Bundle folder with the block's files in the models/ format. */
  folder: string
}

export interface ManifestRequester {
  blockId: string
  version: string
  range: string
}

export interface ManifestLockEntry extends ManifestBlock {
  requestedBy: ManifestRequester[]
}

export interface ManifestFile {
  path: string
  sha256: string
  size: number
}

export interface BlueprintManifest {
  format: typeof MANIFEST_FORMAT
  formatVersion: typeof MANIFEST_FORMAT_VERSION
  tool: { name: string; version: string }
  provenance: ManifestBlock
  export: {
    parts: BlueprintPart[]
    flavour: BackOfficeFlavour
    locale: HandbookLocale
    handbook: boolean
  }
  lock: ManifestLockEntry[]
  files: ManifestFile[]
}
