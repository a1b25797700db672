/**
 * The changes a curator reviews: the diff between the last published version and the submitted
 * one, with both BPMN models, shown by the diff feature's DiffView (loaded lazily — it brings
 * bpmn-js viewers). A failure here leaves the rest of the review usable.
 */
import { lazy, Suspense } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { BauplanApi } from '../../lib/api/bauplanApi'
import { useResource } from '../../lib/api/useResource'
import { useT } from '../../lib/i18n/i18n'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { Loading } from '../../lib/ui/Loading'
import { SectionErrorBoundary } from '../../lib/ui/SectionErrorBoundary'
import type { VersionDiff } from '../diff'
import { actionMessages } from './actionMessages'

const DiffView = lazy(() => import('../diff').then((module) => ({ default: module.DiffView })))

export function ReviewDiff({ blockId, from, to }: { blockId: string; from: string; to: string }) {
  const t = useT(actionMessages)
  const api = useApi()
  const loaded = useResource(
    async (signal) => {
      const [diff, beforeBpmn, afterBpmn] = await Promise.all([
        api.getDiff<VersionDiff>(blockId, from, to, { signal }),
        bpmnOf(api, blockId, from, signal),
        bpmnOf(api, blockId, to, signal),
      ])
      return { diff, beforeBpmn, afterBpmn }
    },
    [api, blockId, from, to]
  )
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
  if (!loaded.data) return <Loading />
  const { diff, beforeBpmn, afterBpmn } = loaded.data
  return (
    <SectionErrorBoundary heading={t('diffFailed')}>
      <Suspense fallback={<Loading />}>
        <DiffView
          diff={diff}
          {...(beforeBpmn !== undefined ? { beforeBpmn } : {})}
          {...(afterBpmn !== undefined ? { afterBpmn } : {})}
        />
      </Suspense>
    </SectionErrorBoundary>
  )
}

async function bpmnOf(
  api: BauplanApi,
  blockId: string,
  version: string,
  signal: AbortSignal
): Promise<string | undefined> {
  const detail = await api.getVersion(blockId, version, { signal })
  const file = detail.version.metadata.artefakte?.bpmn?.datei
  return file ? api.getFileText(blockId, version, file, { signal }) : undefined
}
