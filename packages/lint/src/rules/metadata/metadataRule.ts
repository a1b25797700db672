import type { Baustein, DmnFileFacts } from '@bauplan/domain'
import type { LintMessageKey } from '../../messages/catalogue'
import type { MessageParams } from '../../messages/localize'

/** What a metadata rule reads: the schema-valid metadata and, when known, the block's DMN facts. */
export interface MetadataRuleInput {
  metadata: Baustein
  /**
   * Facts of every DMN file of the block, as `checkBausteinFolder` returns them. Leave it out when
   * the DMN files could not all be read: rules then skip what depends on decisions instead of
   * reporting decisions as missing that only failed to parse.
   */
  dmn?: readonly DmnFileFacts[]
}

/** Where a finding is: a JSON pointer into baustein.json, or an element of a model file. */
export interface MetadataLocation {
  pointer?: string
  /** A model file, for findings in a DMN file; without it the finding is in baustein.json. */
  file?: string
  elementId?: string
}

export interface ReportOptions {
  /**
   * The finding is a reminder, not a defect: it is reported at most as a warning even when the
   * rule's level is `error` (and not at all when the rule is off). Used where the metadata
   * legitimately leaves something open, e.g. a generic block deferring to its caller.
   */
  atMostWarning?: boolean
}

export interface MetadataReporter {
  report(
    location: MetadataLocation,
    key: LintMessageKey,
    params?: MessageParams,
    options?: ReportOptions
  ): void
}

/** The same shape as a bpmnlint rule: a factory returning `check`, which reports keys with params. */
export interface MetadataRule {
  check(input: MetadataRuleInput, reporter: MetadataReporter): void
}

export type MetadataRuleFactory = () => MetadataRule
