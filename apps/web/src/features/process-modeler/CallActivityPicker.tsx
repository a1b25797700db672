import { isValidRange } from '@bauplan/domain'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { describeError } from '../editor/describeError'
import { processIdOf, type BlockSearchApi, type BlockSearchHit } from './blockSearchApi'
import type { DiagramElement, EventBus, Modeling, ServiceLocator } from './bpmnServices'
import {
  defaultRange,
  linkBlock,
  readReference,
  setVersionRange,
  type BausteinReference,
} from './callActivityReference'
import { processModelerMessages } from './messages'

export interface CallActivityPickerProps {
  modeler: ServiceLocator
  element: DiagramElement
  searchApi?: BlockSearchApi
  onOpenBlock?: (reference: BausteinReference & { blockId: string }) => void
}

const SEARCH_LIMIT = 10

/** Follows the element's attributes, so undo/redo and the properties panel stay in sync. */
function useReference(modeler: ServiceLocator, element: DiagramElement): BausteinReference {
  const [reference, setReference] = useState(() => readReference(element))
  useEffect(() => {
    setReference(readReference(element))
    const eventBus = modeler.get<EventBus>('eventBus')
    const onChanged = () => setReference(readReference(element))
    eventBus.on('elements.changed', onChanged)
    return () => eventBus.off('elements.changed', onChanged)
  }, [modeler, element])
  return reference
}

/**
 * Links a call activity to a catalogue block: search published blocks, choose one, and the activity
 * gets `calledElement`, `bauplan:baustein` and `bauplan:version` in one undoable command.
 */
export function CallActivityPicker({
  modeler,
  element,
  searchApi,
  onOpenBlock,
}: CallActivityPickerProps) {
  const t = useT(processModelerMessages)
  const { locale } = useLocale()
  const reference = useReference(modeler, element)
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<BlockSearchHit[] | undefined>()
  const [status, setStatus] = useState<{ busy?: string; error?: string; done?: string }>({})
  const [range, setRange] = useState(reference.versionRange ?? '')
  const ids = { search: useId(), range: useId(), rangeHelp: useId(), rangeError: useId() }
  const rangeValid = isValidRange(range)

  useEffect(() => setRange(reference.versionRange ?? ''), [reference.versionRange])

  async function search(event: FormEvent) {
    event.preventDefault()
    if (!searchApi) return
    setStatus({ busy: t('searching') })
    try {
      const result = await searchApi.search({ q: query, limit: SEARCH_LIMIT })
      setHits(result.hits)
      setStatus({})
    } catch (error) {
      setStatus({ error: t('searchFailed', { reason: describeError(error, locale) }) })
    }
  }

  async function choose(hit: BlockSearchHit) {
    if (!searchApi) return
    setStatus({ busy: t('linking') })
    try {
      const detail = await searchApi.getVersion(hit.blockId, hit.version)
      const processId = processIdOf(detail.version.metadata)
      if (!processId) {
        setStatus({ error: t('noProcessId') })
        return
      }
      const chosenRange = defaultRange(hit.version)
      linkBlock(modeler.get<Modeling>('modeling'), element, {
        blockId: hit.blockId,
        processId,
        version: hit.version,
      })
      setStatus({ done: t('linked', { name: hit.name, range: chosenRange }) })
    } catch (error) {
      setStatus({ error: t('linkFailed', { reason: describeError(error, locale) }) })
    }
  }

  function applyRange(event: FormEvent) {
    event.preventDefault()
    if (!rangeValid) return
    setVersionRange(modeler.get<Modeling>('modeling'), element, range)
  }

  const blockId = reference.blockId
  return (
    <section className="bauplan-call-activity-picker" aria-labelledby={`${ids.search}-heading`}>
      <h3 id={`${ids.search}-heading`}>{t('pickerHeading')}</h3>
      <p>{t('pickerIntro')}</p>
      {blockId ? (
        <dl>
          <dt>{t('currentBlock')}</dt>
          <dd>{blockId}</dd>
          <dt>{t('currentProcess')}</dt>
          <dd>{reference.calledElement ?? '—'}</dd>
          <dt>{t('currentRange')}</dt>
          <dd>{reference.versionRange ?? '—'}</dd>
        </dl>
      ) : (
        <p>{t('notLinked')}</p>
      )}
      {blockId && onOpenBlock && (
        <button type="button" onClick={() => onOpenBlock({ ...reference, blockId })}>
          {t('openBlock')}
        </button>
      )}
      {blockId && (
        <form onSubmit={applyRange} noValidate>
          <label htmlFor={ids.range}>{t('rangeLabel')}</label>
          <input
            id={ids.range}
            value={range}
            onChange={(event) => setRange(event.target.value)}
            aria-invalid={!rangeValid}
            aria-describedby={rangeValid ? ids.rangeHelp : `${ids.rangeError} ${ids.rangeHelp}`}
          />
          {!rangeValid && (
            <p id={ids.rangeError} className="bauplan-field-error">
              {t('rangeInvalid')}
            </p>
          )}
          <p id={ids.rangeHelp} className="bauplan-help">
            {t('rangeHelp')}
          </p>
          <button type="submit" disabled={!rangeValid || range.trim() === reference.versionRange}>
            {t('rangeApply')}
          </button>
        </form>
      )}
      {searchApi && (
        <form role="search" onSubmit={search}>
          <label htmlFor={ids.search}>{t('searchLabel')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit">{t('searchButton')}</button>
        </form>
      )}
      <div role="status" aria-live="polite">
        {status.busy ?? status.done ?? (hits ? t('resultCount', { count: hits.length }) : '')}
      </div>
      {status.error && (
        <p role="alert" className="bauplan-field-error">
          {status.error}
        </p>
      )}
      {hits && hits.length === 0 && <p>{t('noResults')}</p>}
      {hits && hits.length > 0 && (
        <ul aria-label={t('resultsLabel')}>
          {hits.map((hit) => (
            <li key={`${hit.blockId}@${hit.version}`}>
              <button type="button" onClick={() => void choose(hit)}>
                {t('linkButton', { name: hit.name })}
              </button>
              <span>
                {' '}
                {t('resultDetails', { version: hit.version, organisation: hit.organisationId })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
