import type { LocalizedText } from '@bauplan/domain'

/** The "did you mean" tail of a message, or nothing when there is no close candidate. */
export function suggestion(candidate: string | undefined): LocalizedText {
  return candidate === undefined
    ? { de: '', en: '' }
    : { de: ` Meinten Sie „${candidate}“?`, en: ` Did you mean "${candidate}"?` }
}
