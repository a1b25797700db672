/**
 * The export button of a published version: choose the part and the engine, download the bundle
 * with a progress bar (fetch + ReadableStream), and save it under the server's file name. Drafts
 * and versions in review have no blueprint, so the button appears only for published versions.
 */
import { useRef, useState } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import { apiPaths } from '../../lib/api/paths'
import type { VersionState } from '../../lib/api/types'
import { formatNumber, useLocale, useT } from '../../lib/i18n/i18n'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { blueprintExportMessages } from './messages'
import { readWithProgress, type DownloadProgress } from './readWithProgress'
import './blueprintExport.css'

type Part = 'all' | 'front-office' | 'back-office'
type Flavour = 'neutral' | 'camunda8'

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: DownloadProgress }
  | { kind: 'done'; fileName: string; size: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: Error }

const EXPORTABLE: ReadonlySet<VersionState> = new Set(['veroeffentlicht', 'abgekuendigt'])

export function BlueprintExport({
  blockId,
  version,
  state,
}: {
  blockId: string
  version: string
  state: VersionState | undefined
}) {
  const t = useT(blueprintExportMessages)
  const { locale } = useLocale()
  const api = useApi()
  const [part, setPart] = useState<Part>('all')
  const [flavour, setFlavour] = useState<Flavour>('neutral')
  const [handbook, setHandbook] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  if (state === undefined || !EXPORTABLE.has(state)) return null

  const kib = (bytes: number) =>
    formatNumber(bytes / 1024, locale, { maximumFractionDigits: bytes < 10240 ? 1 : 0 })

  async function run() {
    const controller = new AbortController()
    abort.current = controller
    setStatus({ kind: 'running', progress: { received: 0, total: null } })
    try {
      const response = await api.client.stream(`${apiPaths.version(blockId, version)}/blueprint`, {
        // The handbook is written in the language the workbench speaks.
        query: { teil: part, flavour, ...(handbook ? { handbuch: locale } : {}) },
        signal: controller.signal,
      })
      const slug = blockId.split(':').pop() ?? 'bauplan'
      const download = await readWithProgress(
        response,
        (progress) => setStatus({ kind: 'running', progress }),
        `${slug}-${version}.zip`
      )
      save(download.bytes, download.fileName)
      setStatus({ kind: 'done', fileName: download.fileName, size: download.bytes.length })
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setStatus({ kind: 'cancelled' })
      } else {
        setStatus({
          kind: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        })
      }
    } finally {
      abort.current = null
    }
  }

  const running = status.kind === 'running'
  return (
    <div className="blueprint-export">
      <h3>{t('title')}</h3>
      <p>{t('intro')}</p>
      <div className="blueprint-export-options">
        <label>
          {t('part')}
          <select
            value={part}
            disabled={running}
            onChange={(event) => setPart(event.target.value as Part)}
          >
            <option value="all">{t('partAll')}</option>
            <option value="front-office">{t('partFront')}</option>
            <option value="back-office">{t('partBack')}</option>
          </select>
        </label>
        <label>
          {t('flavour')}
          <select
            value={flavour}
            disabled={running}
            onChange={(event) => setFlavour(event.target.value as Flavour)}
          >
            <option value="neutral">{t('flavourNeutral')}</option>
            <option value="camunda8">{t('flavourCamunda8')}</option>
          </select>
        </label>
        <label className="blueprint-export-check">
          <input
            type="checkbox"
            checked={handbook}
            disabled={running}
            onChange={(event) => setHandbook(event.target.checked)}
          />
          {t('handbook')}
        </label>
        {running ? (
          <button type="button" className="button-secondary" onClick={() => abort.current?.abort()}>
            {t('cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => void run()}>
            {t('export')}
          </button>
        )}
      </div>
      {running ? (
        <div className="blueprint-export-progress">
          <progress
            aria-label={t('exporting')}
            {...(status.progress.total !== null
              ? { max: status.progress.total, value: status.progress.received }
              : {})}
          />
          <span role="status">
            {status.progress.received === 0
              ? t('preparing')
              : status.progress.total !== null
                ? t('progress', {
                    received: kib(status.progress.received),
                    total: kib(status.progress.total),
                  })
                : t('progressUnknown', { received: kib(status.progress.received) })}
          </span>
        </div>
      ) : null}
      {status.kind === 'done' ? (
        <p role="status" className="message message-success">
          {t('done', { file: status.fileName, size: kib(status.size) })}
        </p>
      ) : null}
      {status.kind === 'cancelled' ? <p role="status">{t('cancelled')}</p> : null}
      {status.kind === 'failed' ? (
        <ErrorMessage error={status.error} heading={t('failed')} />
      ) : null}
    </div>
  )
}

/** Hands the bytes to the browser as a download, then frees the object URL. */
function save(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
