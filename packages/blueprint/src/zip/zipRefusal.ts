/**
 * Why the safe zip reader refused an archive, as data: each caller (bundle import, folder upload)
 * turns a reason into its own error with its own codes and bilingual messages, so one reader can
 * serve APIs that promise different answers.
 */
export type ZipRefusalReason =
  | { kind: 'archiveTooLarge'; size: number; limit: number }
  | { kind: 'tooManyEntries'; limit: number }
  | { kind: 'unsafePath'; path: string }
  | { kind: 'duplicateEntry'; path: string }
  | { kind: 'unsupportedCompression'; path: string; method: number }
  | { kind: 'compressionRatio'; path: string; ratio: number; limit: number }
  | { kind: 'entryTooLarge'; path: string; limit: number }
  | { kind: 'totalTooLarge'; limit: number }
  /** The entry inflated to more or fewer bytes than the central directory declares. */
  | { kind: 'sizeMismatch'; path: string }
  /** The central directory lists the entry, but no local entry of that name was found. */
  | { kind: 'missingEntry'; path: string }
  /** Not a readable zip at all (or a local entry that the central directory does not list). */
  | { kind: 'corrupt'; cause: unknown }

export class ZipRefusal extends Error {
  constructor(readonly reason: ZipRefusalReason) {
    super(`zip refused: ${reason.kind}`, {
      cause: reason.kind === 'corrupt' ? reason.cause : undefined,
    })
    this.name = 'ZipRefusal'
  }
}
