import type { Locale } from '../../lib/i18n/i18n'
import { germanBpmnStrings } from './germanBpmnStrings'

type Replacements = Record<string, string>

function interpolateTemplate(template: string, replacements: Replacements = {}): string {
  return template.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole)
}

/**
 * A diagram-js `translate` module. bpmn-io components call `translate(englishText, replacements)`;
 * this looks the text up for the current locale. The locale is read on every call (not fixed at
 * creation) so menus, context pad and properties panel follow a language switch without
 * re-importing the diagram.
 */
export function createTranslateModule(
  getLocale: () => Locale,
  dictionary: Readonly<Record<string, string>> = germanBpmnStrings
) {
  const translate = (template: string, replacements?: Replacements) =>
    interpolateTemplate(
      getLocale() === 'de' ? (dictionary[template] ?? template) : template,
      replacements
    )
  return { translate: ['value', translate] }
}
