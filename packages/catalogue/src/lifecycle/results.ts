import type { Problem } from '@bauplan/domain'
import type { ReferenceResolution } from '../model/inputs'
import type { BlockVersion } from '../model/records'
import type { DecisionTestReport } from './quality/decisionTestReport'

/** What the quality gates found: the decision tests as run, and the rule configuration used. */
export interface QualityFields {
  /** Undefined when the folder is too broken to run its decision tests (`problems` say why). */
  decisionTests?: DecisionTestReport
  /** The revision of the catalogue's rule configuration the rules ran with (0: the defaults). */
  lintConfigRevision: number
}

/** A stored draft and what the checks found in it (drafts may be incomplete: these do not block). */
export interface DraftResult extends Partial<QualityFields> {
  version: BlockVersion
  /** With uploads (new block, changed files) also the rule findings and failing decision tests. */
  problems: Problem[]
}

/** A submitted version and the warnings of the publishing gate's dry run. */
export interface SubmitResult extends QualityFields {
  version: BlockVersion
  problems: Problem[]
}

export interface ApproveResult extends QualityFields {
  version: BlockVersion
  /** Warnings of the publishing gate (e.g. a reference to a deprecated version). */
  problems: Problem[]
  /** The exact versions the references were pinned to. */
  resolutions: ReferenceResolution[]
  /** Variants (blocks with relation ABL to this block) now flagged "upstream changed". */
  flaggedVariants: string[]
}
