import { useEffect, useState } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { describeError } from '../editor/describeError'
import { DiffView } from './DiffView'
import { diffMessages } from './messages'
import type { DiffApi, VersionDiff } from './versionDiff'

export interface DiffPageProps {
  blockId: string
  from: string
  to: string
  api: DiffApi
}

interface Loaded {
  diff: VersionDiff
  beforeBpmn?: string
  afterBpmn?: string
}

async function bpmnOf(api: DiffApi, blockId: string, version: string): Promise<string | undefined> {
  const detail = await api.getVersion(blockId, version)
  const file = detail.files.find((f) => f.name.endsWith('.bpmn'))
  return file ? api.getFileText(blockId, version, file.name) : undefined
}

/** The diff between two versions of a block: loads the diff and both BPMN models, then shows them. */
export function DiffPage({ blockId, from, to, api }: DiffPageProps) {
  const t = useT(diffMessages)
  const { locale } = useLocale()
  const [state, setState] = useState<{ loaded?: Loaded; error?: unknown }>({})
  useEffect(() => {
    let cancelled = false
    setState({})
    Promise.all([
      api.getDiff(blockId, from, to),
      bpmnOf(api, blockId, from),
      bpmnOf(api, blockId, to),
    ])
      .then(([diff, beforeBpmn, afterBpmn]) => {
        if (!cancelled)
          setState({
            loaded: {
              diff,
              ...(beforeBpmn !== undefined ? { beforeBpmn } : {}),
              ...(afterBpmn !== undefined ? { afterBpmn } : {}),
            },
          })
      })
      .catch((error: unknown) => !cancelled && setState({ error }))
    return () => {
      cancelled = true
    }
  }, [api, blockId, from, to])
  return (
    <article>
      <h1>{t('title', { from, to })}</h1>
      {state.error !== undefined ? (
        <p role="alert">{t('loadFailed', { reason: describeError(state.error, locale) })}</p>
      ) : !state.loaded ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <DiffView {...state.loaded} />
      )}
    </article>
  )
}
