import type { PresenceAwareness, PresenceUser, PresentUser } from '@bauplan/collab'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { initials } from './initials'
import { presenceMessages } from './messages'
import { presenceChanges } from './presenceChanges'
import { usePresentUsers } from './usePresentUsers'
import './presence.css'

export interface PresenceBarProps {
  /** The draft's awareness, e.g. `provider.awareness` of the y-websocket provider. */
  awareness: PresenceAwareness
  /**
   * The signed-in user, from the session. The server stamps identities only on what it relays to
   * others, so the local client cannot learn its own from the awareness; without `self` the bar
   * shows only the others.
   */
  self?: PresenceUser
  /** Avatars shown before the rest is summed up as "+N". */
  maxAvatars?: number
  /**
   * While true the list follows the awareness but joins and leaves are not announced. Pass
   * `!synced` of the provider: right after connecting, everyone already in the draft arrives at
   * once, and announcing each of them as "joined" would be wrong and noisy.
   */
  quiet?: boolean
}

/**
 * Who is in the document: one avatar per person (initials in their colour, full name as
 * accessible name and tooltip), the signed-in user first and marked, the rest by name. Joins and
 * leaves after the bar appeared are announced politely to screen readers.
 */
export function PresenceBar({ awareness, self, maxAvatars = 5, quiet = false }: PresenceBarProps) {
  const t = useT(presenceMessages)
  const users = usePresentUsers(awareness, self)
  const announcement = useJoinLeaveAnnouncement(users, quiet)
  const ordered = [...users.filter((u) => u.isSelf), ...users.filter((u) => !u.isSelf)]
  const shown = ordered.slice(0, maxAvatars)
  const hidden = ordered.slice(shown.length)
  const label = (user: PresentUser) => (user.isSelf ? t('self', { name: user.name }) : user.name)
  return (
    <div className="bauplan-presence">
      <ul className="bauplan-presence__list" aria-label={t('listLabel')}>
        {shown.map((user) => (
          <li
            key={user.userId}
            className="bauplan-presence__avatar"
            data-self={user.isSelf ? 'true' : undefined}
            style={{ backgroundColor: user.colour.fill, color: user.colour.text }}
            tabIndex={0}
          >
            <span aria-hidden="true">{initials(user.name)}</span>
            <span className="visually-hidden">{label(user)}</span>
            <span className="bauplan-presence__tooltip" aria-hidden="true">
              {label(user)}
            </span>
          </li>
        ))}
        {hidden.length > 0 ? (
          <li className="bauplan-presence__avatar bauplan-presence__more" tabIndex={0}>
            <span aria-hidden="true">{t('more', { count: hidden.length })}</span>
            <span className="visually-hidden">
              {t('moreLabel', { count: hidden.length, names: hidden.map(label).join(', ') })}
            </span>
            <span className="bauplan-presence__tooltip" aria-hidden="true">
              {hidden.map(label).join(', ')}
            </span>
          </li>
        ) : null}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}

/**
 * The latest "X joined / Y left" text. The people already there when the bar appears, or who
 * arrive while it is quiet, are not news.
 */
function useJoinLeaveAnnouncement(users: readonly PresentUser[], quiet: boolean): string {
  const t = useT(presenceMessages)
  const previous = useRef(users)
  const wasQuiet = useRef(quiet)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    const { joined, left } = presenceChanges(previous.current, users)
    previous.current = users
    // The first sync's states and the end of `quiet` can land in one render (React batches the
    // two updates): a change that ends quiet is still part of the quiet phase.
    const silent = quiet || wasQuiet.current
    wasQuiet.current = quiet
    if (silent || (joined.length === 0 && left.length === 0)) return
    setAnnouncement(
      [
        ...joined.map((user) => t('joined', { name: user.name })),
        ...left.map((user) => t('left', { name: user.name })),
      ].join(' ')
    )
  }, [users, t, quiet])
  return announcement
}
