/**
 * The curators' and admins' import of a blueprint bundle from another catalogue (federation):
 * choose the zip, watch it upload, read what the server checked and imported, and open the
 * imported versions. Others see why they cannot import; the server decides in any case.
 */
import { createContext, useContext, useId, useRef, useState, type FormEvent } from 'react'
import { formatNumber, useLocale, useT } from '../../lib/i18n/i18n'
import { isApiProblem } from '../../lib/api/apiProblem'
import { PageHeading } from '../../lib/page/PageHeading'
import { useSession } from '../../lib/session/SessionContext'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { importBundle, ImportRefused, type ImportReport } from './importBundle'
import { CheckList, ImportReportView } from './ImportReportView'
import { blueprintImportMessages } from './messages'
import { xhrUploader, type UploadProgress, type Uploader } from './uploadBundle'
import './blueprintImport.css'

/** The transport of the upload; the workbench uses XMLHttpRequest, component tests their fake server. */
export const BundleUploaderContext = createContext<Uploader>(xhrUploader)

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: Error }

export function BlueprintImportPage() {
  const t = useT(blueprintImportMessages)
  const { locale } = useLocale()
  const { state, organisations } = useSession()
  const upload = useContext(BundleUploaderContext)
  const fileInput = useRef<HTMLInputElement>(null)
  const abort = useRef<AbortController | null>(null)
  const ids = { file: useId(), hint: useId(), organisation: useId() }
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const user = state.status === 'signedIn' ? state.user : undefined
  // The organisations where this user may import (curator or admin), in membership order.
  const eligible = [
    ...new Set(
      (user?.memberships ?? [])
        .filter((m) => m.role === 'kurator' || m.role === 'admin')
        .map((m) => m.organisationId)
    ),
  ]
  const [organisation, setOrganisation] = useState<string | undefined>(eligible[0])

  if (eligible.length === 0) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p className="message message-info">{t('notAllowed')}</p>
      </>
    )
  }

  const kib = (bytes: number) =>
    formatNumber(bytes / 1024, locale, { maximumFractionDigits: bytes < 10240 ? 1 : 0 })

  async function run(event: FormEvent) {
    event.preventDefault()
    const file = fileInput.current?.files?.[0]
    if (!file) return
    const controller = new AbortController()
    abort.current = controller
    setStatus({ kind: 'uploading', progress: { sent: 0, total: file.size } })
    try {
      const report = await importBundle({
        file,
        ...(organisation !== undefined ? { organisation } : {}),
        locale,
        upload,
        onProgress: (progress) => setStatus({ kind: 'uploading', progress }),
        signal: controller.signal,
      })
      setStatus({ kind: 'done', report })
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

  const uploading = status.kind === 'uploading'
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="page-intro">{t('intro')}</p>
      <form className="blueprint-import-form" onSubmit={(event) => void run(event)}>
        <div className="field">
          <label htmlFor={ids.file}>{t('file')}</label>
          <input
            id={ids.file}
            ref={fileInput}
            type="file"
            accept=".zip,application/zip"
            required
            disabled={uploading}
            aria-describedby={ids.hint}
          />
          <p id={ids.hint} className="muted">
            {t('fileHint')}
          </p>
        </div>
        {eligible.length > 1 ? (
          <div className="field">
            <label htmlFor={ids.organisation}>{t('organisation')}</label>
            <select
              id={ids.organisation}
              value={organisation}
              disabled={uploading}
              onChange={(event) => setOrganisation(event.target.value)}
            >
              {eligible.map((id) => (
                <option key={id} value={id}>
                  {organisations.get(id)?.name ?? id}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="blueprint-import-actions">
          {uploading ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => abort.current?.abort()}
            >
              {t('cancel')}
            </button>
          ) : (
            <button type="submit">{t('start')}</button>
          )}
        </div>
      </form>
      {uploading ? (
        <div className="blueprint-import-progress">
          <progress
            aria-label={t('uploading')}
            max={Math.max(status.progress.total, 1)}
            value={status.progress.sent}
          />
          <span role="status">
            {status.progress.total > 0 && status.progress.sent >= status.progress.total
              ? t('verifying')
              : t('progress', {
                  sent: kib(status.progress.sent),
                  total: kib(status.progress.total),
                })}
          </span>
        </div>
      ) : null}
      {status.kind === 'cancelled' ? <p role="status">{t('cancelled')}</p> : null}
      {status.kind === 'failed' ? (
        <>
          {isApiProblem(status.error) && status.error.status === 409 ? (
            <p className="message message-warning">{t('conflict')}</p>
          ) : null}
          <ErrorMessage error={status.error} heading={t('failed')} />
          {status.error instanceof ImportRefused && status.error.checks !== undefined ? (
            <CheckList checks={status.error.checks} />
          ) : null}
        </>
      ) : null}
      {status.kind === 'done' ? <ImportReportView report={status.report} /> : null}
    </>
  )
}
