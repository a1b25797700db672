/**
 * Where the bundle core reads blocks from. The package itself does no I/O: the CLI adapts a folder
 * of blocks in the models/ format (`folderBlockSource`), the server adapts the catalogue store.
 */

/** The catalogue a block comes from, as the manifest names it. */
export interface CatalogueInfo {
  /** Human name, e.g. "Bauplan Sachsen" or "models/ (Ordner)". */
  name: string
  /** Base URL of the catalogue's API, when it has one; null for folders. */
  url: string | null
}

/** A reference of a block to another, with the exact version pinned at publication if known. */
export interface SourceReference {
  blockId: string
  range: string
  /** Set by a catalogue: the version chosen when the calling version was published. */
  pinnedVersion?: string
}

/** One block version as a source hands it over. */
export interface SourceBlock {
  id: string
  version: string
  /** The parsed `baustein.json`. */
  metadata: unknown
  /** Model files (name → UTF-8 text); a `baustein.json` among them is ignored (metadata wins). */
  files: Readonly<Record<string, string>>
  /** The content hash the catalogue stored at publication; computed for folders. */
  contentHash: string
  /** Where the version was first published (differs from the source after a federation import). */
  origin: CatalogueInfo
  /** Publication date at the origin (ISO 8601), or null for folders. */
  publishedAt: string | null
  /** The references, when the source knows them; otherwise they are read from the BPMN. */
  references?: readonly SourceReference[]
}

export interface BlockSource {
  readonly catalogue: CatalogueInfo
  /** The exportable (published) versions of a block; empty when the block is unknown. */
  versions(blockId: string): Promise<readonly string[]>
  /** One exportable version, or null when it does not exist or is not published. */
  load(blockId: string, version: string): Promise<SourceBlock | null>
}
