/**
 * Label functions for codes from the server. An unknown code (a newer server, a Land key outside
 * the list) is shown as it is rather than hidden.
 */
import { useMemo } from 'react'
import { useLocale, type Messages } from '../i18n/i18n'
import {
  auditActionMessages,
  bausteinartMessages,
  bundeslandMessages,
  einsatzbereichMessages,
  prozessrolleMessages,
  reviewEventMessages,
  roleMessages,
  stateMessages,
  themenfeldMessages,
} from './messages'

export type Label = (code: string) => string

export interface Vocabulary {
  state: Label
  role: Label
  bausteinart: Label
  einsatzbereich: Label
  themenfeld: Label
  bundesland: Label
  prozessrolle: Label
  reviewEvent: Label
  auditAction: Label
}

export function useVocabulary(): Vocabulary {
  const { locale } = useLocale()
  return useMemo(() => {
    const label =
      <K extends string>(messages: Messages<K>): Label =>
      (code) =>
        (messages[locale] as Record<string, string>)[code] ?? code
    return {
      state: label(stateMessages),
      role: label(roleMessages),
      bausteinart: label(bausteinartMessages),
      einsatzbereich: label(einsatzbereichMessages),
      themenfeld: label(themenfeldMessages),
      bundesland: label(bundeslandMessages),
      prozessrolle: label(prozessrolleMessages),
      reviewEvent: label(reviewEventMessages),
      auditAction: label(auditActionMessages),
    }
  }, [locale])
}
