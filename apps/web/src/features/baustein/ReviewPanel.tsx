/**
 * A version in review, for curators: who submitted it and with which note, what changed against
 * the last published version (the diff view, loaded lazily, and a link to the full diff page), and approve
 * or reject with a comment. The submitter sees why they cannot review it themselves.
 */
import { useId, useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { BlockOverview, VersionSummary } from '../../lib/api/types'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useActorLabel } from '../../lib/session/useActorLabel'
import { actionMessages } from './actionMessages'
import { ActionDialog, ActionField } from './ActionDialog'
import type { AvailableActions } from './availableActions'
import { ReviewDiff } from './ReviewDiff'

/** Minimum length of a rejection reason (the catalogue's MIN_REASON_LENGTH). */
export const MIN_REASON_LENGTH = 10

export function ReviewPanel({
  overview,
  shown,
  actions,
  onDone,
}: {
  overview: BlockOverview
  shown: VersionSummary
  actions: AvailableActions
  onDone: (message: string) => void
}) {
  const t = useT(actionMessages)
  const { locale } = useLocale()
  const api = useApi()
  const actor = useActorLabel()
  const ids = { comment: useId(), reason: useId() }
  const [dialog, setDialog] = useState<'approve' | 'reject' | undefined>()
  const blockId = overview.block.id
  const version = shown.version
  const submission = [...shown.history].reverse().find((e) => e.kind === 'eingereicht')
  const base = overview.latestPublished !== version ? overview.latestPublished : null
  const close = () => setDialog(undefined)

  return (
    <>
      <p>
        {t('reviewIntro', {
          version,
          who: actor(submission?.actorId ?? null, submission?.actorName),
          when: submission ? formatDateTime(submission.at, locale) : '–',
        })}
      </p>
      {submission?.reason ? (
        <p className="prose">{t('reviewNote', { note: submission.reason })}</p>
      ) : null}
      {actions.ownSubmission ? <p className="message message-info">{t('ownSubmission')}</p> : null}
      {base ? (
        <>
          <h3>{t('diffHeading', { version: base })}</h3>
          <ReviewDiff blockId={blockId} from={base} to={version} />
          <p>
            <Link to={{ name: 'diff', id: blockId, from: base, to: version }}>
              {t('diffLink', { version: base })}
            </Link>
          </p>
        </>
      ) : (
        <p>{t('firstVersion')}</p>
      )}
      {actions.review ? (
        <div className="button-row">
          <button type="button" onClick={() => setDialog('approve')}>
            {t('approve')}
          </button>
          <button type="button" className="button-danger" onClick={() => setDialog('reject')}>
            {t('reject')}
          </button>
        </div>
      ) : null}
      {dialog === 'approve' ? (
        <ActionDialog
          title={t('approve')}
          submitLabel={t('approve')}
          onClose={close}
          onSubmit={async (form) => {
            await api.approve(
              blockId,
              version,
              String(form.get('comment') ?? '').trim() || undefined
            )
            close()
            onDone(t('approveDone', { version }))
          }}
        >
          <ActionField id={ids.comment} name="comment" label={t('approveComment')} multiline />
        </ActionDialog>
      ) : null}
      {dialog === 'reject' ? (
        <ActionDialog
          title={t('reject')}
          submitLabel={t('reject')}
          danger
          onClose={close}
          onSubmit={async (form) => {
            const reason = String(form.get('reason') ?? '').trim()
            if (reason.length < MIN_REASON_LENGTH) return t('rejectTooShort')
            await api.reject(blockId, version, reason)
            close()
            onDone(t('rejectDone', { version }))
          }}
        >
          <ActionField id={ids.reason} name="reason" label={t('rejectReason')} multiline required />
        </ActionDialog>
      ) : null}
    </>
  )
}
