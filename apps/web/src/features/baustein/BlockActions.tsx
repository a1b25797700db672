/**
 * The actions on the shown version, offered by role and state (see availableActions.ts): edit
 * the draft, start a new draft, submit with a note, deprecate with a successor, derive a variant.
 * Approve and reject live in the review panel next to the diff.
 */
import { useId, useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { BlockOverview, User, VersionSummary } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useNavigate } from '../../lib/router/Router'
import { hrefFor } from '../../lib/router/routes'
import { analystOrganisations } from '../../lib/session/roles'
import { useSession } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { actionMessages } from './actionMessages'
import { ActionDialog, ActionField } from './ActionDialog'
import { hasAnyAction, type AvailableActions } from './availableActions'
import { suggestVariantId } from './variantId'

type OpenDialog = 'submit' | 'deprecate' | 'derive' | undefined

export function BlockActions({
  user,
  overview,
  shown,
  actions,
  onDone,
}: {
  user: User
  overview: BlockOverview
  shown: VersionSummary
  actions: AvailableActions
  /** Called with a success message after an action that stays on this page. */
  onDone: (message: string) => void
}) {
  const t = useT(actionMessages)
  const api = useApi()
  const navigate = useNavigate()
  const { organisations } = useSession()
  const [dialog, setDialog] = useState<OpenDialog>()
  const [error, setError] = useState<Error | undefined>()
  const ids = {
    note: useId(),
    successorId: useId(),
    successorVersion: useId(),
    org: useId(),
    newId: useId(),
  }
  const blockId = overview.block.id
  const version = shown.version
  const close = () => setDialog(undefined)
  const variantOrgs = analystOrganisations(user)

  const newDraft = async () => {
    setError(undefined)
    try {
      const result = await api.createDraft(blockId)
      navigate(hrefFor({ name: 'editor', id: blockId, version: result.version.version }))
    } catch (failure) {
      setError(failure as Error)
    }
  }

  if (!hasAnyAction(actions)) return <p className="muted">{t('noActions')}</p>
  return (
    <>
      <div className="button-row">
        {actions.edit ? (
          <Link className="button" to={{ name: 'editor', id: blockId, version }}>
            {t('editDraft')}
          </Link>
        ) : null}
        {actions.submit ? (
          <button type="button" onClick={() => setDialog('submit')}>
            {t('submit')}
          </button>
        ) : null}
        {actions.newDraft ? (
          <button type="button" onClick={() => void newDraft()}>
            {t('newDraft')}
          </button>
        ) : null}
        {actions.deriveVariant ? (
          <button type="button" className="button-secondary" onClick={() => setDialog('derive')}>
            {t('deriveVariant')}
          </button>
        ) : null}
        {actions.deprecate ? (
          <button type="button" className="button-danger" onClick={() => setDialog('deprecate')}>
            {t('deprecate')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} heading={t('failed')} /> : null}
      {dialog === 'submit' ? (
        <ActionDialog
          title={t('submitTitle', { version })}
          submitLabel={t('submit')}
          onClose={close}
          onSubmit={async (form) => {
            await api.submit(blockId, version, String(form.get('note') ?? '').trim() || undefined)
            close()
            onDone(t('submitDone', { version }))
          }}
        >
          <ActionField id={ids.note} name="note" label={t('submitNote')} multiline />
        </ActionDialog>
      ) : null}
      {dialog === 'deprecate' ? (
        <ActionDialog
          title={t('deprecateTitle', { version })}
          submitLabel={t('deprecate')}
          danger
          onClose={close}
          onSubmit={async (form) => {
            const id = String(form.get('successorId') ?? '').trim()
            const successorVersion = String(form.get('successorVersion') ?? '').trim()
            if (!id || !successorVersion) return t('required')
            await api.deprecate(blockId, version, { id, version: successorVersion })
            close()
            onDone(t('deprecateDone', { version }))
          }}
        >
          <ActionField id={ids.successorId} name="successorId" label={t('successorId')} required />
          <ActionField
            id={ids.successorVersion}
            name="successorVersion"
            label={t('successorVersion')}
            required
          />
        </ActionDialog>
      ) : null}
      {dialog === 'derive' ? (
        <ActionDialog
          title={t('deriveTitle', { version })}
          submitLabel={t('deriveVariant')}
          onClose={close}
          onSubmit={async (form) => {
            const organisationId = String(form.get('organisationId') ?? '')
            const newId = String(form.get('newId') ?? '').trim()
            if (!organisationId || !newId) return t('required')
            const result = await api.deriveVariant(blockId, { version, organisationId, newId })
            navigate(
              hrefFor({
                name: 'version',
                id: result.version.blockId,
                version: result.version.version,
              })
            )
          }}
        >
          <div className="field">
            <label htmlFor={ids.org}>{t('variantOrganisation')}</label>
            <select id={ids.org} name="organisationId" defaultValue={variantOrgs[0]}>
              {variantOrgs.map((org) => (
                <option key={org} value={org}>
                  {organisations.get(org)?.name ?? org}
                </option>
              ))}
            </select>
          </div>
          <ActionField
            id={ids.newId}
            name="newId"
            label={t('variantId')}
            defaultValue={suggestVariantId(blockId, variantOrgs[0] ?? '')}
            required
          />
        </ActionDialog>
      ) : null}
    </>
  )
}
