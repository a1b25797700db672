import { useLocale } from '../../../lib/i18n/i18n'
import type { CollabStatus } from './collabStatus'
import { READ_ONLY_TEXTS, STOP_REASON_TEXTS } from './collabTexts'

/**
 * Why a shared draft cannot be edited here: editing stopped (an alert, it happened just now) or the
 * user only reads it (a note). Nothing when the draft is editable.
 */
export function CollabNotice({ status }: { status: CollabStatus }) {
  const { locale } = useLocale()
  if (status.stopReason) {
    return (
      <p role="alert" className="bauplan-collab-notice" data-collab-notice={status.stopReason}>
        {STOP_REASON_TEXTS[status.stopReason][locale]}
      </p>
    )
  }
  if (status.readOnlyReason) {
    return (
      <p role="note" className="bauplan-collab-notice" data-collab-notice={status.readOnlyReason}>
        {READ_ONLY_TEXTS[status.readOnlyReason][locale]}
      </p>
    )
  }
  return null
}
