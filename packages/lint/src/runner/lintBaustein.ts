import {
  METADATA_FILE,
  type Baustein,
  type DmnFileFacts,
  type ModdleElement,
  type Problem,
  type PublishedVersionsLookup,
  type Severity,
} from '@bauplan/domain'
import bpmnlint from 'bpmnlint'
import { resolveConfig, type LintConfig, type LintConfigInput } from '../config/lintConfig'
import { isLintMessageKey, renderLintMessage, type LintMessageKey } from '../messages/catalogue'
import type { MessageParams } from '../messages/localize'
import { METADATA_RULE_FACTORIES } from '../rules/metadata/metadataRules'
import type { MetadataLocation, ReportOptions } from '../rules/metadata/metadataRule'
import { LINT_RULES, type LintRuleName } from '../rules/ruleCatalogue'
import { bpmnlintRules, createResolver } from './bpmnlintBundle'

export interface LintBausteinInput {
  /** The `bpmn:Definitions` root from the domain's `parseBpmn`; without it only metadata rules run. */
  bpmnDefinitions?: ModdleElement
  /** The schema-valid metadata (`checkBausteinFolder().metadata`); without it only BPMN rules run. */
  metadata?: Baustein
  /**
   * The DMN facts of the block (`checkBausteinFolder().dmn`). Pass them only when every DMN file
   * could be read; rules that need decisions skip those checks when this is missing.
   */
  dmnFacts?: readonly DmnFileFacts[]
  /** The catalogue's rule levels; rules left out keep their defaults. */
  config?: LintConfigInput
  /** Published versions of catalogue blocks; with it, call activities must resolve. */
  lookup?: PublishedVersionsLookup
  /** File name for BPMN findings; defaults to the metadata's `artefakte.bpmn.datei`. */
  bpmnFile?: string
}

/**
 * Runs the rule set over a building block and returns its findings as Problems: `code` is the rule
 * name, `severity` its configured level, the message is in German and English, and the place is
 * the BPMN element (`elementId`) or the metadata field (`pointer`) with its file. BPMN rules run
 * through bpmnlint's Linter with the rules registered in code, so this works in the browser too.
 * Findings come in the order of the rule list, each rule's in model order.
 */
export async function lintBaustein(input: LintBausteinInput): Promise<Problem[]> {
  const config = resolveConfig(input.config)
  const bpmnFile = input.bpmnFile ?? input.metadata?.artefakte.bpmn.datei
  const bpmnProblems = input.bpmnDefinitions
    ? await lintBpmn(input.bpmnDefinitions, config, input, bpmnFile)
    : []
  const metadataProblems = input.metadata ? lintMetadata(input.metadata, config, input) : []
  return [...bpmnProblems, ...metadataProblems]
}

async function lintBpmn(
  definitions: ModdleElement,
  config: LintConfig,
  input: LintBausteinInput,
  file: string | undefined
): Promise<Problem[]> {
  const linter = new bpmnlint.Linter({
    config: { rules: bpmnlintRules(config) },
    resolver: createResolver({ metadata: input.metadata, lookup: input.lookup }),
  })
  const results = await linter.lint(definitions)
  const problems: Problem[] = []
  for (const rule of LINT_RULES) {
    for (const report of results[rule.name] ?? []) {
      const where = { ...(file !== undefined ? { file } : {}) }
      if (report.category === 'rule-error' || !isLintMessageKey(report.message)) {
        problems.push(ruleFailed(rule.name, report.message, where))
        continue
      }
      problems.push({
        code: rule.name,
        severity: severityOf(config, rule.name),
        message: renderLintMessage(report.message, report.params as MessageParams | undefined),
        ...where,
        ...(report.id ? { elementId: report.id } : {}),
      })
    }
  }
  return problems
}

function lintMetadata(metadata: Baustein, config: LintConfig, input: LintBausteinInput): Problem[] {
  const problems: Problem[] = []
  for (const [name, factory] of Object.entries(METADATA_RULE_FACTORIES)) {
    const ruleName = name as LintRuleName
    if (config.rules[ruleName] === 'off') continue
    const report = (
      location: MetadataLocation,
      key: LintMessageKey,
      params?: MessageParams,
      options: ReportOptions = {}
    ) =>
      problems.push({
        code: ruleName,
        severity: options.atMostWarning ? 'warning' : severityOf(config, ruleName),
        message: renderLintMessage(key, params),
        file: location.file ?? METADATA_FILE,
        ...(location.pointer !== undefined ? { pointer: location.pointer } : {}),
        ...(location.elementId !== undefined ? { elementId: location.elementId } : {}),
      })
    try {
      factory().check({ metadata, ...(input.dmnFacts ? { dmn: input.dmnFacts } : {}) }, { report })
    } catch (error) {
      // A crashing rule must not pass silently as "no findings", nor stop the other rules.
      problems.push(
        ruleFailed(ruleName, error instanceof Error ? error.message : String(error), {})
      )
    }
  }
  return problems
}

function severityOf(config: LintConfig, rule: LintRuleName): Severity {
  return config.rules[rule] === 'warning' ? 'warning' : 'error'
}

function ruleFailed(rule: string, detail: string, where: { file?: string }): Problem {
  return {
    code: 'lint.ruleFailed',
    severity: 'error',
    message: renderLintMessage('lint.ruleFailed', { rule, detail }),
    ...where,
  }
}
