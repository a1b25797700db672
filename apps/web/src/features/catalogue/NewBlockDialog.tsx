/**
 * "Neuer Baustein" for analysts: start from a published reference block (its files get a new
 * identity, see templateDraft.ts) or upload a folder's files or a zip; then straight into the
 * editor for the new draft.
 */
import { useId, useState, type FormEvent } from 'react'
import { useApi } from '../../lib/api/ApiContext'
import type { BauplanApi } from '../../lib/api/bauplanApi'
import type { FolderFiles, User } from '../../lib/api/types'
import { useResource } from '../../lib/api/useResource'
import { useT } from '../../lib/i18n/i18n'
import { useNavigate } from '../../lib/router/Router'
import { hrefFor } from '../../lib/router/routes'
import { analystOrganisations } from '../../lib/session/roles'
import { useSession } from '../../lib/session/SessionContext'
import { Dialog } from '../../lib/ui/Dialog'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { newBlockMessages } from './newBlockMessages'
import { draftFromTemplate, isBlockId, METADATA_FILE, suggestBlockId } from './templateDraft'

type Mode = 'template' | 'upload'

export function NewBlockDialog({
  open,
  onClose,
  user,
}: {
  open: boolean
  onClose: () => void
  user: User
}) {
  const t = useT(newBlockMessages)
  return (
    <Dialog open={open} title={t('title')} onClose={onClose}>
      <NewBlockForm user={user} onClose={onClose} />
    </Dialog>
  )
}

function NewBlockForm({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT(newBlockMessages)
  const api = useApi()
  const navigate = useNavigate()
  const { organisations } = useSession()
  const ids = { mode: useId(), template: useId(), name: useId(), id: useId(), org: useId() }
  const hintIds = { name: useId(), id: useId(), files: useId(), error: useId() }
  const orgs = analystOrganisations(user)
  const [mode, setMode] = useState<Mode>('template')
  const [organisationId, setOrganisationId] = useState(orgs[0] ?? '')
  const [templateKey, setTemplateKey] = useState('')
  const [name, setName] = useState('')
  const [customId, setCustomId] = useState<string | undefined>()
  const [files, setFiles] = useState<FileList | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | undefined>()
  const [invalid, setInvalid] = useState<'name' | 'id' | 'files' | undefined>()

  const templates = useResource(
    (signal) =>
      api.search(
        { filters: { bausteinart: ['prozessbaustein'] }, sort: 'name', limit: 100 },
        { signal }
      ),
    [api]
  )
  const templateHits = templates.data?.hits ?? []
  const chosen = templateHits.find((h) => key(h) === templateKey) ?? templateHits[0]
  const blockId = customId ?? suggestBlockId(organisationId, name)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(undefined)
    if (mode === 'template' && !name.trim()) return setInvalid('name')
    if (mode === 'template' && !isBlockId(blockId)) return setInvalid('id')
    if (mode === 'upload' && (!files || files.length === 0)) return setInvalid('files')
    setInvalid(undefined)
    setBusy(true)
    try {
      const body =
        mode === 'upload'
          ? formDataOf(files as FileList)
          : draftFromTemplate(await templateFiles(api, chosen!.blockId, chosen!.version), {
              id: blockId,
              name,
              organisationName: organisations.get(organisationId)?.name ?? organisationId,
              now: new Date(),
            })
      const result = await api.createBlock(body, organisationId)
      navigate(
        hrefFor({ name: 'editor', id: result.version.blockId, version: result.version.version })
      )
    } catch (failure) {
      setError(failure as Error)
      setBusy(false)
    }
  }

  const describedBy = (field: 'name' | 'id' | 'files') =>
    [hintIds[field], invalid === field ? hintIds.error : undefined].filter(Boolean).join(' ')

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {error ? <ErrorMessage error={error} heading={t('failed')} /> : null}
      <p id={hintIds.error} className="field-error" role={invalid ? 'alert' : undefined}>
        {invalid === 'name' ? t('nameRequired') : null}
        {invalid === 'id' ? t('idInvalid') : null}
        {invalid === 'files' ? t('filesRequired') : null}
      </p>
      <fieldset className="field">
        <legend>{t('source')}</legend>
        {(['template', 'upload'] as const).map((value) => (
          <div key={value} className="choice">
            <input
              type="radio"
              id={`${ids.mode}-${value}`}
              name="mode"
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <label htmlFor={`${ids.mode}-${value}`}>
              {value === 'template' ? t('fromTemplate') : t('fromUpload')}
            </label>
          </div>
        ))}
      </fieldset>
      {orgs.length > 1 ? (
        <div className="field">
          <label htmlFor={ids.org}>{t('organisation')}</label>
          <select
            id={ids.org}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            {orgs.map((org) => (
              <option key={org} value={org}>
                {organisations.get(org)?.name ?? org}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {mode === 'template' ? (
        <>
          <div className="field">
            <label htmlFor={ids.template}>{t('template')}</label>
            <select
              id={ids.template}
              value={chosen ? key(chosen) : ''}
              disabled={templateHits.length === 0}
              onChange={(e) => setTemplateKey(e.target.value)}
            >
              {templateHits.length === 0 ? <option value="">{t('templatesLoading')}</option> : null}
              {templateHits.map((hit) => (
                <option key={key(hit)} value={key(hit)}>
                  {hit.name} ({hit.version})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.name}>{t('name')}</label>
            <span id={hintIds.name} className="field-hint">
              {t('nameHint')}
            </span>
            <input
              id={ids.name}
              type="text"
              value={name}
              required
              aria-invalid={invalid === 'name' || undefined}
              aria-describedby={describedBy('name')}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.id}>{t('id')}</label>
            <span id={hintIds.id} className="field-hint">
              {t('idHint')}
            </span>
            <input
              id={ids.id}
              type="text"
              className="mono"
              value={blockId}
              spellCheck={false}
              aria-invalid={invalid === 'id' || undefined}
              aria-describedby={describedBy('id')}
              onChange={(e) => setCustomId(e.target.value)}
            />
          </div>
        </>
      ) : (
        <div className="field">
          <label htmlFor={ids.id}>{t('files')}</label>
          <span id={hintIds.files} className="field-hint">
            {t('filesHint')}
          </span>
          <input
            id={ids.id}
            type="file"
            multiple
            accept=".json,.bpmn,.dmn,.zip,application/zip"
            aria-invalid={invalid === 'files' || undefined}
            aria-describedby={describedBy('files')}
            onChange={(e) => setFiles(e.target.files)}
          />
        </div>
      )}
      <div className="button-row">
        <button type="submit" disabled={busy || (mode === 'template' && !chosen)}>
          {busy ? t('creating') : t('create')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}

function key(hit: { blockId: string; version: string }): string {
  return `${hit.blockId}@${hit.version}`
}

/**
 * A published block's folder: the metadata from the version itself (the file list names only the
 * BPMN, DMN and test files; baustein.json is the version's `metadata`), the other files as text.
 */
async function templateFiles(api: BauplanApi, id: string, version: string): Promise<FolderFiles> {
  const detail = await api.getVersion(id, version)
  const entries = await Promise.all(
    detail.files
      .filter((f) => f.name !== METADATA_FILE)
      .map(async (f) => [f.name, await api.getFileText(id, version, f.name)] as const)
  )
  return {
    [METADATA_FILE]: JSON.stringify(detail.version.metadata),
    ...Object.fromEntries(entries),
  }
}

function formDataOf(files: FileList): FormData {
  const data = new FormData()
  for (const file of Array.from(files)) data.append('files', file, file.name)
  return data
}
