import type { FolderFiles } from '../lifecycle/folderFiles'
import type { VersionKey } from '../model/inputs'

/** The catalogue a version was first published in. */
export interface FederationCatalogue {
  name: string
  url: string | null
}

/** Where an imported version came from; kept so a later export names the origin, not us. */
export interface FederationOrigin {
  catalogue: FederationCatalogue
  /** Publication date at the origin (ISO 8601), or null when it came from a folder. */
  publishedAt: string | null
  /** The content hash the origin published; equal to the one this catalogue recomputed. */
  contentHash: string
}

/** One published version to import, with its whole folder (including `baustein.json`). */
export interface FederatedVersion extends VersionKey {
  origin: FederationOrigin
  files: FolderFiles
  /** The exact versions its references were resolved to at the origin (target id → version). */
  lockedReferences: Readonly<Record<string, string>>
}

export interface FederationImportInput {
  /** The organisation the imported blocks belong to when they are new here. */
  organisationId: string
  /** What was imported, for the audit log (e.g. the bundle's root `id@version`). */
  source: string
  versions: readonly FederatedVersion[]
}

export interface FederationImportResult {
  /** Versions created and published here, in the order they were imported (dependencies first). */
  created: VersionKey[]
  /** Versions that already existed here with the same content hash: nothing was written. */
  unchanged: VersionKey[]
}
