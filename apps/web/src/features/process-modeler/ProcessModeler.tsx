import { bindBpmnModeler, type BpmnBinding, type BpmnModelerLike } from '@bauplan/collab'
import type Modeler from 'bpmn-js/lib/Modeler'
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { useLocale, useT } from '../../lib/i18n/i18n'
import type { BlockSearchApi } from './blockSearchApi'
import type {
  BusEvent,
  Canvas,
  DiagramElement,
  ElementRegistry,
  EventBus,
  Selection,
} from './bpmnServices'
import { CallActivityPicker } from './CallActivityPicker'
import { isCallActivity, type BausteinReference } from './callActivityReference'
import { createBpmnModeler } from './createBpmnModeler'
import { applyLiveLint, type LiveLintSetup } from './liveLint'
import { processModelerMessages } from './messages'
import { guardReadOnly } from './readOnlyGuard'
import { UndoRedoBar } from './UndoRedoBar'
import './processModeler.css'

/** A draft's shared document and how this modeler edits it (see bindBpmnModeler). */
export interface ProcessModelerCollab {
  doc: Y.Doc
  /** The BPMN file of the draft the modeler shows. */
  fileName: string
  /** This user's transaction origin for the model: what per-user undo tracks. */
  origin: unknown
}

/** What the editor can do with a mounted modeler. */
export interface ProcessModelerHandle {
  modeler: Modeler
  /** The current diagram as BPMN XML (formatted). */
  getXml(): Promise<string>
  /** Selects and scrolls to an element; false when the diagram has no element with that id. */
  selectElement(elementId: string): boolean
}

export interface ProcessModelerProps {
  /** Imported once when the modeler mounts; later edits live in the modeler (see `onChange`). */
  initialXml: string
  /** Every model change (including undo/redo); read the XML lazily through the handle. */
  onChange?: () => void
  /** The handle once the diagram is imported; undefined when the import failed or on unmount. */
  onReady?: (handle: ProcessModelerHandle | undefined) => void
  searchApi?: BlockSearchApi
  onOpenBlock?: (reference: BausteinReference & { blockId: string }) => void
  /** Lint markers on the canvas with these rule levels; none while undefined. */
  lint?: LiveLintSetup | undefined
  /**
   * A shared draft: after importing `initialXml` (derived from this document) once, the modeler is
   * bound to it. Remote changes are drawn without re-importing; undo and redo are this user's own.
   * Read at mount only.
   */
  collab?: ProcessModelerCollab | undefined
  /** Shows the diagram without letting it be changed (a reader, or editing has stopped). */
  readOnly?: boolean
}

/** The BPMN editor: canvas, call-activity picker and properties panel side by side. */
export function ProcessModeler({
  initialXml,
  onChange,
  onReady,
  searchApi,
  onOpenBlock,
  lint,
  collab,
  readOnly = false,
}: ProcessModelerProps) {
  const t = useT(processModelerMessages)
  const { locale } = useLocale()
  const canvasRef = useRef<HTMLDivElement>(null)
  const propertiesRef = useRef<HTMLDivElement>(null)
  const [modeler, setModeler] = useState<Modeler>()
  const [selected, setSelected] = useState<DiagramElement>()
  const [importError, setImportError] = useState<string>()
  const [redrawn, setRedrawn] = useState(false)
  // Callbacks and locale live in refs: the modeler is created once, and must not be re-created
  // (a full re-import) because a parent re-rendered with new function identities.
  const latest = useRef({ onChange, onReady, onOpenBlock, locale, readOnly })
  latest.current = { onChange, onReady, onOpenBlock, locale, readOnly }
  const xmlAtMount = useRef(initialXml)
  const collabAtMount = useRef(collab)

  useEffect(() => {
    const container = canvasRef.current
    const propertiesParent = propertiesRef.current
    if (!container || !propertiesParent) return
    const instance = createBpmnModeler({
      container,
      propertiesParent,
      getLocale: () => latest.current.locale,
      calledBlock: { openBlock: (reference) => latest.current.onOpenBlock?.(reference) },
    })
    const eventBus = instance.get<EventBus>('eventBus')
    guardReadOnly(instance.get('commandStack'), eventBus, () => latest.current.readOnly)
    eventBus.on('commandStack.changed', () => latest.current.onChange?.())
    eventBus.on('selection.changed', (event: BusEvent) => {
      const selection = event.newSelection ?? []
      setSelected(selection.length === 1 ? selection[0] : undefined)
    })
    let disposed = false
    let binding: BpmnBinding | undefined
    instance
      .importXML(xmlAtMount.current)
      .then(() => {
        if (disposed) return
        const shared = collabAtMount.current
        if (shared) {
          binding = bindBpmnModeler(instance as unknown as BpmnModelerLike, shared.doc, {
            fileName: shared.fileName,
            origin: shared.origin,
            // The fallback redraw keeps view and selection; the note explains the flicker.
            onProblem: () => setRedrawn(true),
          })
        }
        instance.get<Canvas>('canvas').zoom('fit-viewport', 'auto')
        setModeler(instance)
        latest.current.onReady?.(handleFor(instance))
      })
      .catch((error: unknown) => {
        if (disposed) return
        setImportError(error instanceof Error ? error.message : String(error))
        latest.current.onReady?.(undefined)
      })
    return () => {
      disposed = true
      latest.current.onReady?.(undefined)
      binding?.destroy()
      instance.destroy()
    }
  }, [])

  // Menus and properties ask `translate` on every render; the palette is drawn once, so redraw it.
  useEffect(() => {
    modeler?.get<EventBus>('eventBus').fire('palette.changed')
  }, [modeler, locale])

  // Lint after the import has rendered, when the browser is idle: the first lint run walks the
  // whole model, and opening the editor should not wait for it. Later changes (levels, metadata,
  // language) swap the rule bundle, which re-lints.
  useEffect(() => {
    if (!modeler || !lint) return
    const idle = window.requestIdleCallback(() => applyLiveLint(modeler, lint, locale), {
      timeout: 1000,
    })
    return () => window.cancelIdleCallback(idle)
  }, [modeler, lint, locale])

  return (
    // data-ready: the diagram is imported, fitted and the properties panel mounted — the signal
    // bench/web/editorOpen.ts (and tests) wait for instead of guessing with timeouts.
    // data-shared: bound to the shared document (collaboration), for tests and styling.
    <div
      className={`bauplan-process-modeler${readOnly ? ' bauplan-read-only' : ''}`}
      data-ready={modeler ? 'true' : 'false'}
      data-shared={collab ? 'true' : 'false'}
    >
      {importError && (
        <p role="alert" className="bauplan-field-error">
          {t('importFailed', { reason: importError })}
        </p>
      )}
      {redrawn && (
        <p role="status" className="bauplan-help">
          {t('redrawn')}
        </p>
      )}
      {modeler && <UndoRedoBar modeler={modeler} disabled={readOnly} />}
      <div
        ref={canvasRef}
        className="bauplan-canvas"
        role="application"
        aria-label={t('canvasLabel')}
      />
      <aside className="bauplan-side-panel" aria-label={t('propertiesLabel')} inert={readOnly}>
        {modeler && isCallActivity(selected) && (
          <CallActivityPicker
            modeler={modeler}
            element={selected}
            {...(searchApi ? { searchApi } : {})}
            {...(onOpenBlock ? { onOpenBlock } : {})}
          />
        )}
        <div ref={propertiesRef} className="bauplan-properties" />
      </aside>
    </div>
  )
}

function handleFor(modeler: Modeler): ProcessModelerHandle {
  return {
    modeler,
    async getXml() {
      const { xml } = await modeler.saveXML({ format: true })
      if (xml === undefined) throw new Error('bpmn-js returned no XML')
      return xml
    },
    selectElement(elementId) {
      const element = modeler.get<ElementRegistry>('elementRegistry').get(elementId)
      if (!element) return false
      modeler.get<Canvas>('canvas').scrollToElement(element)
      modeler.get<Selection>('selection').select(element)
      return true
    },
  }
}
