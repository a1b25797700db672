/**
 * Names for "who" in histories and logs. The API names people next to their ids (`actorName`,
 * `createdByName`); the signed-in user is "you", the system (imports, seeding) is named as such, and
 * anyone whose name is unknown appears with a short, stable form of their id.
 */
import { useCallback } from 'react'
import { defineMessages, useT } from '../i18n/i18n'
import { useSession } from './SessionContext'

const messages = defineMessages({
  de: { you: 'Sie ({name})', system: 'System', user: 'Benutzer {short}' },
  en: { you: 'You ({name})', system: 'System', user: 'User {short}' },
})

export function useActorLabel(): (actorId: string | null, name?: string | null) => string {
  const t = useT(messages)
  const { state } = useSession()
  const me = state.status === 'signedIn' ? state.user : undefined
  return useCallback(
    (actorId: string | null, name?: string | null) => {
      if (actorId === null) return t('system')
      if (me && actorId === me.id) return t('you', { name: me.displayName })
      return name ?? t('user', { short: actorId.slice(0, 8) })
    },
    [t, me]
  )
}
