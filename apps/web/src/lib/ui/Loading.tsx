/** A short "loading" line, announced politely so screen readers know something is coming. */
import { useT } from '../i18n/i18n'
import { uiMessages } from './messages'

export function Loading({ label }: { label?: string }) {
  const t = useT(uiMessages)
  return (
    <p className="loading" role="status">
      {label ?? t('loading')}
    </p>
  )
}
