import type { Locale, LocalizedText } from '@bauplan/domain'

/** A value for a message placeholder: the same in both languages, or given per language. */
export type MessageParam = string | number | LocalizedText

export type MessageParams = Readonly<Record<string, MessageParam>>

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g

/**
 * Fills the `{name}` placeholders of a template. `{Name}` with a capital letter inserts the value
 * of `name` with its first letter capitalised: element descriptions start with an article ("die
 * Aufgabe …") and need a capital only at the start of a sentence.
 * An unknown placeholder stays visible instead of vanishing, so a missing parameter shows up in
 * tests and in the UI rather than as a silently wrong sentence.
 */
export function fillTemplate(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name]
    if (value !== undefined) return textOf(value, locale)
    const lowerName = name.charAt(0).toLowerCase() + name.slice(1)
    const lowerValue = lowerName === name ? undefined : params[lowerName]
    return lowerValue === undefined ? placeholder : capitalize(textOf(lowerValue, locale))
  })
}

/** Both languages of a template pair, filled with the same parameters. */
export function fillTemplates(templates: LocalizedText, params: MessageParams): LocalizedText {
  return {
    de: fillTemplate(templates.de, params, 'de'),
    en: fillTemplate(templates.en, params, 'en'),
  }
}

function textOf(value: MessageParam, locale: Locale): string {
  return typeof value === 'object' ? value[locale] : String(value)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** German and English quotation marks around a value, e.g. for names. */
export function quoted(value: string): LocalizedText {
  return { de: `„${value}“`, en: `"${value}"` }
}

/** A list of values for a message, or a dash when there are none. */
export function listOf(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ')
}
