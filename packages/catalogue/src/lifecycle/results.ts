import type { Problem } from '@bauplan/domain'
import type { ReferenceResolution } from '../model/inputs'
import type { BlockVersion } from '../model/records'

/** A stored draft and what the checks found in it (drafts may be incomplete: these do not block). */
export interface DraftResult {
  version: BlockVersion
  problems: Problem[]
}

/** A submitted version and the warnings of the publishing gate's dry run. */
export interface SubmitResult {
  version: BlockVersion
  problems: Problem[]
}

export interface ApproveResult {
  version: BlockVersion
  /** Warnings of the publishing gate (e.g. a reference to a deprecated version). */
  problems: Problem[]
  /** The exact versions the references were pinned to. */
  resolutions: ReferenceResolution[]
  /** Variants (blocks with relation ABL to this block) now flagged "upstream changed". */
  flaggedVariants: string[]
}
