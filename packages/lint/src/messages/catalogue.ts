import type { Locale, LocalizedText } from '@bauplan/domain'
import { BPMN_MESSAGES } from './bpmnMessages'
import { CONFIG_MESSAGES } from './configMessages'
import { fillTemplates, type MessageParams } from './localize'
import { METADATA_MESSAGES } from './metadataMessages'

/**
 * Every message of the lint package. Rules report a key and parameters, never text, so one finding
 * can be shown in German and English (and the editor can render it in the user's language).
 */
export const LINT_MESSAGES = {
  ...BPMN_MESSAGES,
  ...METADATA_MESSAGES,
  ...CONFIG_MESSAGES,
  'lint.ruleFailed': {
    de: 'Die Regel „{rule}“ ist bei der Prüfung abgebrochen ({detail}); ihr Ergebnis fehlt. Bitte melden Sie diesen Fehler.',
    en: 'The rule "{rule}" failed while checking ({detail}); its result is missing. Please report this bug.',
  },
} as const satisfies Record<string, LocalizedText>

export type LintMessageKey = keyof typeof LINT_MESSAGES

export function isLintMessageKey(key: string): key is LintMessageKey {
  return Object.hasOwn(LINT_MESSAGES, key)
}

/** The message for a key in both languages. */
export function renderLintMessage(key: LintMessageKey, params: MessageParams = {}): LocalizedText {
  return fillTemplates(LINT_MESSAGES[key], params)
}

/**
 * The message of a bpmnlint report (whose `message` is a key and whose `params` fill it) in one
 * language, e.g. for bpmn-js-bpmnlint markers. A message that is not a known key, such as the text
 * of a rule that threw, is returned as it is.
 */
export function lintReportMessage(
  report: { message: string; params?: MessageParams },
  locale: Locale = 'de'
): string {
  if (!isLintMessageKey(report.message)) return report.message
  return renderLintMessage(report.message, report.params)[locale]
}
