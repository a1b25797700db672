import type { Locale, LocalizedText, ModdleElement } from '@bauplan/domain'
import { isLintMessageKey, renderLintMessage } from '../messages/catalogue'
import type { MessageParams } from '../messages/localize'
import { resolveConfig, type LintConfig, type LintConfigInput } from '../config/lintConfig'
import type { BpmnReporter, BpmnRule, BpmnRuleContext } from '../rules/bpmn/bpmnRule'
import { BPMN_RULE_FACTORIES, isBpmnRuleName } from '../rules/bpmn/bpmnRules'
import { BPMNLINT_PLUGIN_PACKAGE, RULE_PREFIX } from '../rules/ruleCatalogue'

/** Rule levels as bpmnlint spells them. */
export type BpmnlintCategory = 'off' | 'warn' | 'error'

/**
 * What bpmn-js-bpmnlint takes as `linting.bpmnlint` (and what bpmnlint's compile-config would
 * generate): a configuration naming the rules and a resolver that hands them out from memory.
 * Nothing is looked up on the file system, so it works in the browser as on the server.
 */
export interface BpmnlintBundle {
  config: { rules: Record<string, BpmnlintCategory> }
  resolver: BpmnlintResolver
}

export interface BpmnlintResolver {
  resolveRule(pkg: string, ruleName: string): (() => BpmnRule) | null
  resolveConfig(pkg: string, configName: string): never
}

export interface BpmnlintBundleOptions {
  /** The catalogue's configuration; rules left out keep their defaults. */
  config?: LintConfigInput
  /** Metadata and catalogue lookup, for the rules that use them. */
  context?: BpmnRuleContext
  /** The language of the marker texts. */
  locale?: Locale
}

/**
 * The rule set for live linting in the editor. Reports carry the text in `locale` as `message`
 * (what bpmn-js-bpmnlint shows on its markers) and, for a UI that wants more, the message `key`,
 * its `params` and the text in both languages as `messages`. Build a new bundle when the
 * configuration, the metadata or the language change.
 */
export function createBpmnlintBundle(options: BpmnlintBundleOptions = {}): BpmnlintBundle {
  return {
    config: { rules: bpmnlintRules(resolveConfig(options.config)) },
    resolver: createResolver(options.context ?? {}, options.locale ?? 'de'),
  }
}

/** The BPMN rules of a configuration in bpmnlint's terms. */
export function bpmnlintRules(config: LintConfig): Record<string, BpmnlintCategory> {
  const rules: Record<string, BpmnlintCategory> = {}
  for (const name of Object.keys(BPMN_RULE_FACTORIES)) {
    const level = config.rules[name as keyof LintConfig['rules']]
    rules[name] = level === 'warning' ? 'warn' : level
  }
  return rules
}

/**
 * A bpmnlint resolver for the `bauplan/…` rules, bound to a lint context. Without a locale the
 * reports keep the message key as `message`, which is what the runner needs to build Problems.
 */
export function createResolver(context: BpmnRuleContext, locale?: Locale): BpmnlintResolver {
  return {
    resolveRule(pkg, ruleName) {
      const name = RULE_PREFIX + ruleName
      if (pkg !== BPMNLINT_PLUGIN_PACKAGE || !isBpmnRuleName(name)) return null
      return () => {
        const rule = BPMN_RULE_FACTORIES[name](context)
        return locale === undefined ? rule : localized(rule, locale)
      }
    },
    resolveConfig(pkg, configName) {
      throw new Error(
        `cannot resolve config <${configName}> in <${pkg}>: only bauplan rules are bundled`
      )
    },
  }
}

/** The rule with its reports turned from keys into text, keeping key and parameters alongside. */
function localized(rule: BpmnRule, locale: Locale): BpmnRule {
  let last: { reporter: BpmnReporter; localized: BpmnReporter } | undefined
  const reporterFor = (reporter: BpmnReporter): BpmnReporter => {
    if (last?.reporter !== reporter)
      last = { reporter, localized: localizingReporter(reporter, locale) }
    return last.localized
  }
  return { check: (node: ModdleElement, reporter) => rule.check(node, reporterFor(reporter)) }
}

function localizingReporter(reporter: BpmnReporter, locale: Locale): BpmnReporter {
  return {
    report(id, key, context) {
      const params: MessageParams = context?.params ?? {}
      if (!isLintMessageKey(key)) return reporter.report(id, key, context)
      const messages: LocalizedText = renderLintMessage(key, params)
      reporter.report(id, messages[locale], { ...context, key, params, messages })
    },
  }
}
