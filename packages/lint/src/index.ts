// The only door into @bauplan/lint: modelling conventions for building blocks as configurable
// rules. Every public name is listed here explicitly.

// Running the rules over a building block
export { lintBaustein } from './runner/lintBaustein'
export type { LintBausteinInput } from './runner/lintBaustein'
export { lintFolder } from './runner/lintFolder'
export type { LintFolderFiles } from './runner/lintFolder'

// The rule set for live linting in bpmn-js (bpmn-js-bpmnlint's `linting.bpmnlint`)
export { createBpmnlintBundle } from './runner/bpmnlintBundle'
export type {
  BpmnlintBundle,
  BpmnlintBundleOptions,
  BpmnlintCategory,
  BpmnlintResolver,
} from './runner/bpmnlintBundle'
export type { BpmnRuleContext } from './rules/bpmn/bpmnRule'

// The rules: names, default levels, titles
export { LINT_RULES, LINT_RULE_NAMES, isLintRuleName } from './rules/ruleCatalogue'
export type { LintLevel, LintRuleInfo, LintRuleName, LintRuleTarget } from './rules/ruleCatalogue'
export { assessTaskName, ADMINISTRATIVE_VERBS, NOT_VERBS } from './rules/bpmn/taskNames'
export type { TaskNameVerdict } from './rules/bpmn/taskNames'

// Configuration by curators
export { DEFAULT_LINT_CONFIG, LINT_LEVELS, isLintLevel, resolveConfig } from './config/lintConfig'
export type { LintConfig, LintConfigInput } from './config/lintConfig'
export { validateLintConfig, parseLintConfig } from './config/validateLintConfig'
export type { LintConfigValidation } from './config/validateLintConfig'
export { lintConfigSchema, LINT_CONFIG_SCHEMA_ID } from './config/lintConfigSchema'

// Messages in German and English
export { LINT_MESSAGES, renderLintMessage, lintReportMessage } from './messages/catalogue'
export type { LintMessageKey } from './messages/catalogue'
export type { MessageParam, MessageParams } from './messages/localize'
