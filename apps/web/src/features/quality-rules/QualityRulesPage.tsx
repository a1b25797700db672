/**
 * /pruefregeln — the catalogue's lint rule levels. Curators and admins change them here without
 * code; every save is a new revision (with comment) that the server audits. Saving is based on the
 * revision the form was loaded from: when someone else saved in between, the server answers 409 and
 * the page offers to load the new state instead of overwriting it.
 */
import { useState } from 'react'
import { isApiProblem, type ApiProblem } from '../../lib/api/apiProblem'
import { useApi } from '../../lib/api/ApiContext'
import { useResource } from '../../lib/api/useResource'
import { formatDateTime, useLocale, useT } from '../../lib/i18n/i18n'
import { PageHeading } from '../../lib/page/PageHeading'
import { useUser } from '../../lib/session/SessionContext'
import { isAdmin, isCurator } from '../../lib/session/roles'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { completeLevels } from './levelChanges'
import { qualityRulesMessages } from './messages'
import { RuleHistory } from './RuleHistory'
import { RuleLevelsForm } from './RuleLevelsForm'
import {
  getRuleConfiguration,
  getRuleHistory,
  saveRuleConfiguration,
  type RuleConfiguration,
  type RuleLevel,
} from './rulesApi'
import './qualityRules.css'

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; revision: number }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: Error }

export function QualityRulesPage() {
  const t = useT(qualityRulesMessages)
  const api = useApi()
  const user = useUser()
  const editable = isCurator(user) || isAdmin(user)
  const config = useResource((signal) => getRuleConfiguration(api, { signal }), [api])
  const revision = config.data?.revision
  const history = useResource((signal) => getRuleHistory(api, { signal }), [api, revision])
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })

  const onSave = async (
    current: RuleConfiguration,
    rules: Record<string, RuleLevel>,
    comment: string
  ) => {
    setSave({ kind: 'saving' })
    try {
      const next = await saveRuleConfiguration(api, {
        basedOnRevision: current.revision,
        rules,
        ...(comment ? { comment } : {}),
      })
      setSave({ kind: 'saved', revision: next.revision })
      config.reload()
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) setSave({ kind: 'conflict' })
      else
        setSave({
          kind: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        })
    }
  }

  const data = config.data
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      {!editable ? <p className="message message-info">{t('readOnly')}</p> : null}
      {config.status === 'error' && config.error ? (
        <ErrorMessage error={config.error} heading={t('loadFailed')} onRetry={config.reload} />
      ) : null}
      {!data ? (
        config.status === 'loading' ? (
          <Loading label={t('loading')} />
        ) : null
      ) : (
        <>
          <section className="panel" aria-labelledby="quality-rules-levels">
            <h2 id="quality-rules-levels">{t('rulesCaption')}</h2>
            <CurrentState configuration={data} />
            <SaveMessage
              state={save}
              onReload={() => {
                setSave({ kind: 'idle' })
                config.reload()
              }}
            />
            <RuleLevelsForm
              // A new revision (after saving or reloading) starts the form afresh from it.
              key={data.revision}
              catalogue={data.catalogue}
              initial={completeLevels(data.rules, data.catalogue)}
              editable={editable}
              busy={save.kind === 'saving'}
              problems={save.kind === 'failed' ? problemsOf(save.error) : []}
              onSave={(rules, comment) => void onSave(data, rules, comment)}
            />
          </section>
          <section className="panel" aria-labelledby="quality-rules-history">
            <h2 id="quality-rules-history">{t('historyHeading')}</h2>
            {history.status === 'error' && history.error ? (
              <ErrorMessage
                error={history.error}
                heading={t('historyLoadFailed')}
                onRetry={history.reload}
              />
            ) : history.data ? (
              <RuleHistory items={history.data} catalogue={data.catalogue} />
            ) : (
              <Loading />
            )}
          </section>
        </>
      )}
    </>
  )
}

function CurrentState({ configuration }: { configuration: RuleConfiguration }) {
  const t = useT(qualityRulesMessages)
  const { locale } = useLocale()
  if (configuration.revision === 0 || !configuration.changedAt) return <p>{t('currentDefaults')}</p>
  return (
    <p>
      {t('current', {
        revision: String(configuration.revision),
        when: formatDateTime(configuration.changedAt, locale),
        who: configuration.changedBy?.name ?? t('unknownPerson'),
      })}
    </p>
  )
}

function SaveMessage({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const t = useT(qualityRulesMessages)
  if (state.kind === 'saved') {
    return (
      <p className="message message-success" role="status">
        {t('saved', { revision: String(state.revision) })}
      </p>
    )
  }
  if (state.kind === 'conflict') {
    return <ConflictMessage onReload={onReload} />
  }
  if (state.kind === 'failed') {
    const forbidden = isApiProblem(state.error) && state.error.status === 403
    return (
      <ErrorMessage
        error={forbidden ? new Error(t('forbidden')) : state.error}
        heading={t('saveFailed')}
      />
    )
  }
  return null
}

function ConflictMessage({ onReload }: { onReload: () => void }) {
  const t = useT(qualityRulesMessages)
  const api = useApi()
  // The 409 answer does not carry the new revision; ask for it so the message can name it.
  const latest = useResource((signal) => getRuleConfiguration(api, { signal }), [api])
  return (
    <div className="message message-warning" role="alert">
      <p>
        <strong>{t('conflictTitle')}</strong>
      </p>
      <p>{t('conflict', { revision: latest.data ? String(latest.data.revision) : '…' })}</p>
      <button type="button" className="button-secondary" onClick={onReload}>
        {t('reload')}
      </button>
    </div>
  )
}

function problemsOf(error: Error): ApiProblem['problems'] {
  return isApiProblem(error) ? error.problems : []
}
