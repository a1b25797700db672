/**
 * Limits for reading a zip archive, all checked before anything is inflated (from the sizes the
 * central directory declares) and again while inflating (by counting the bytes that really come
 * out), so a forged header cannot smuggle more. The bundle limits are documented in
 * docs/blueprints.md; folder uploads bring their own (docs/api.md).
 */
const MIB = 1024 * 1024

export interface ZipLimits {
  /** The zip archive itself. */
  maxArchiveBytes: number
  /** Entries in the archive. */
  maxEntries: number
  /** One entry, uncompressed. */
  maxEntryBytes: number
  /** All entries together, uncompressed. */
  maxTotalBytes: number
  /** Uncompressed ÷ compressed size of one entry, for entries above `ratioCheckFromBytes`. */
  maxCompressionRatio: number
  ratioCheckFromBytes: number
}

/** The limits of a bundle archive (the name the public API has always used). */
export type BundleLimits = ZipLimits

export const BUNDLE_LIMITS: BundleLimits = {
  maxArchiveBytes: 50 * MIB,
  maxEntries: 2000,
  maxEntryBytes: 25 * MIB,
  maxTotalBytes: 200 * MIB,
  // Model XML compresses 10–30×; a deflate bomb reaches ~1000×.
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 64 * 1024,
}
