import 'dmn-js/dist/assets/diagram-js.css'
import 'dmn-js/dist/assets/dmn-js-shared.css'
import 'dmn-js/dist/assets/dmn-js-drd.css'
import 'dmn-js/dist/assets/dmn-js-decision-table.css'
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css'
import 'dmn-js/dist/assets/dmn-js-literal-expression.css'
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css'
import type { PresenceAwareness } from '@bauplan/collab'
import DmnModeler, { type DmnView } from 'dmn-js/lib/Modeler'
import { useEffect, useRef, useState } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { bindDmnRemoteSelections } from '../presence'
import { createTranslateModule } from '../process-modeler/translateModule'
import { createDecisionHistory, type DecisionCollab, type DecisionHistory } from './decisionHistory'
import { germanDmnStrings } from './germanDmnStrings'
import { decisionModelerMessages } from './messages'
import './decisionModeler.css'

export interface DecisionModelerHandle {
  modeler: DmnModeler
  getXml(): Promise<string>
  /** Opens the view of a decision (its table or expression) or the DRD containing the element. */
  selectElement(elementId: string): Promise<boolean>
}

export interface DecisionModelerProps {
  file: string
  /**
   * Imported once on mount; later edits live in the modeler. With `collab`, it must be the file as
   * derived from that document (`deriveFiles`).
   */
  initialXml: string
  /**
   * Edit together with others: after the first import the modeler is bound to this shared document
   * (`bindDmnModeler`), the undo/redo buttons and Ctrl+Z undo only this user's changes, and the
   * binding ends on unmount. Read once on mount, like `initialXml`.
   */
  collab?: DecisionCollab
  /**
   * The shared document's presence, with `collab`: this user's selection in the open view is
   * published and the others' selections are shown (`bindDmnRemoteSelections`).
   */
  awareness?: PresenceAwareness
  onChange?: () => void
  onReady?: (handle: DecisionModelerHandle | undefined) => void
}

interface CommandEvents {
  on(event: string, callback: () => void): void
}

/** dmn-js: the requirements diagram, decision tables and literal expressions, with German labels. */
export function DecisionModeler({
  file,
  initialXml,
  collab,
  awareness,
  onChange,
  onReady,
}: DecisionModelerProps) {
  const t = useT(decisionModelerMessages)
  const { locale } = useLocale()
  const containerRef = useRef<HTMLDivElement>(null)
  const [views, setViews] = useState<{ all: DmnView[]; active?: DmnView }>({ all: [] })
  const [modeler, setModeler] = useState<DmnModeler>()
  const [importError, setImportError] = useState<string>()
  const [history, setHistory] = useState<DecisionHistory>()
  const [canUndo, setCanUndo] = useState(false)
  const [canRedo, setCanRedo] = useState(false)
  const latest = useRef({ onChange, onReady, locale })
  latest.current = { onChange, onReady, locale }
  const xmlAtMount = useRef(initialXml)
  const collabAtMount = useRef(collab)
  const sharedFile = collabAtMount.current?.fileName

  // Presence, once the modeler has imported. Declared before the effect that makes the modeler,
  // so that on unmount it is unbound before that effect destroys the modeler.
  useEffect(() => {
    if (!modeler || !awareness || sharedFile === undefined) return
    return bindDmnRemoteSelections(modeler, awareness, sharedFile)
  }, [modeler, awareness, sharedFile])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    // dmn-js replaces `common.additionalModules` by each view's own list, so every view gets it.
    const translated = {
      additionalModules: [createTranslateModule(() => latest.current.locale, germanDmnStrings)],
    }
    const instance = new DmnModeler({
      container,
      drd: translated,
      decisionTable: translated,
      literalExpression: translated,
      boxedExpression: translated,
    })
    // Viewers (DRD, table, expression) are created lazily; each reports its own changes.
    instance.on('viewer.created', ({ viewer }) => {
      viewer
        ?.get<CommandEvents>('eventBus')
        .on('commandStack.changed', () => latest.current.onChange?.())
    })
    instance.on('views.changed', ({ views: all = [], activeView }) =>
      setViews({ all, ...(activeView ? { active: activeView } : {}) })
    )
    let disposed = false
    let bound: DecisionHistory | undefined
    let unsubscribe: (() => void) | undefined
    instance
      .importXML(xmlAtMount.current)
      .then(() => {
        if (disposed) return
        bound = createDecisionHistory(instance, collabAtMount.current)
        const refresh = () => {
          setCanUndo(bound?.canUndo() ?? false)
          setCanRedo(bound?.canRedo() ?? false)
        }
        unsubscribe = bound.subscribe(refresh)
        refresh()
        setHistory(bound)
        setModeler(instance)
        latest.current.onReady?.(handleFor(instance))
      })
      .catch((error: unknown) => {
        if (!disposed) setImportError(reasonOf(error, latest.current.locale))
      })
    return () => {
      disposed = true
      unsubscribe?.()
      bound?.destroy()
      latest.current.onReady?.(undefined)
      instance.destroy()
    }
  }, [])

  const viewLabel = (view: DmnView) => {
    const name = view.element.name ?? view.element.id
    if (view.type === 'drd') return t('drd')
    if (view.type === 'decisionTable') return t('decisionTable', { name })
    if (view.type === 'literalExpression') return t('literalExpression', { name })
    return t('otherView', { name })
  }

  return (
    <div className="bauplan-decision-modeler">
      {importError && (
        <p role="alert" className="bauplan-field-error">
          {t('importFailed', { reason: importError })}
        </p>
      )}
      {history && (
        <div role="toolbar" aria-label={t('history')} className="bauplan-dmn-toolbar">
          <button type="button" disabled={!canUndo} onClick={() => history.undo()}>
            {t('undo')}
          </button>
          <button type="button" disabled={!canRedo} onClick={() => history.redo()}>
            {t('redo')}
          </button>
        </div>
      )}
      {modeler && views.all.length > 1 && (
        <nav aria-label={t('views')}>
          <ul className="bauplan-view-list">
            {views.all.map((view) => (
              <li key={`${view.type}:${view.id}`}>
                <button
                  type="button"
                  aria-pressed={view === views.active}
                  onClick={() => void modeler.open(view)}
                >
                  {viewLabel(view)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div
        ref={containerRef}
        className="bauplan-dmn-canvas"
        role="application"
        aria-label={t('canvasLabel', { file })}
      />
    </div>
  )
}

function handleFor(modeler: DmnModeler): DecisionModelerHandle {
  return {
    modeler,
    async getXml() {
      const { xml } = await modeler.saveXML({ format: true })
      return xml
    },
    async selectElement(elementId) {
      const views = modeler.getViews()
      const own = views.find((view) => view.element.id === elementId)
      const target = own ?? views.find((view) => view.type === 'drd')
      if (!target) return false
      await modeler.open(target)
      return own !== undefined
    },
  }
}

/** Why opening failed, in the user's language when the error carries a `Problem` (the binding's do). */
function reasonOf(error: unknown, locale: string): string {
  const problem = (error as { problem?: { message?: { de: string; en: string } } } | undefined)
    ?.problem
  if (problem?.message) return locale === 'en' ? problem.message.en : problem.message.de
  return error instanceof Error ? error.message : String(error)
}
