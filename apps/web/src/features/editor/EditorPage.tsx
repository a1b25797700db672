import {
  checkBausteinFolder,
  DECISION_TESTS_FILE_NAME,
  METADATA_FILE,
  type Problem,
} from '@bauplan/domain'
import type { LintConfigInput } from '@bauplan/lint'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { Loading } from '../../lib/ui/Loading'
import { ChecksPanel } from '../checks/ChecksPanel'
import { useFolderChecks } from '../checks/useFolderChecks'
import { useLintConfig } from '../checks/useLintConfig'
import type { DecisionModelerHandle } from '../decision-modeler/DecisionModeler'
import type { MatchedRulesTarget } from '../decision-tests/TestResult'
import { MetadataForm } from '../metadata-form/MetadataForm'
import { bindRemoteSelections, PresenceBar } from '../presence'
import { ProcessModeler, type ProcessModelerHandle } from '../process-modeler/ProcessModeler'
import { AddDmnFileForm } from './AddDmnFileForm'
import { CollabNotice } from './collab/CollabNotice'
import { STOP_REASON_TEXTS } from './collab/collabTexts'
import { sharedSaveState } from './collab/sharedSaveState'
import { describeError } from './describeError'
import type { EditorApi } from './draftApi'
import type { DraftDocument } from './DraftDocument'
import { editorMessages } from './messages'
import { newDmnXml } from './newDmnFile'
import { SaveIndicator, type SaveState } from './SaveIndicator'
import { isStorable } from './storable'
import { useDraftDocument, type CollaborationSetup } from './useDraftDocument'
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard'
import './editor.css'

// dmn-js and the decision-test runner are large and needed only once a DMN or test tab opens:
// loading them with the editor slowed its first paint (bench/web/editorOpen.ts).
const DecisionModeler = lazy(() =>
  import('../decision-modeler/DecisionModeler').then((m) => ({ default: m.DecisionModeler }))
)
const DecisionTestsPanel = lazy(() =>
  import('../decision-tests/DecisionTestsPanel').then((m) => ({ default: m.DecisionTestsPanel }))
)

export interface EditorPageProps {
  blockId: string
  version: string
  api: EditorApi
  /** Opens a called block's page (from a call activity). */
  onOpenBlock?: (blockId: string, version?: string) => void
  /** The draft was stored under a new version number (the metadata raised it). */
  onVersionChanged?: (version: string) => void
  /** A document to edit instead of one made here. */
  document?: DraftDocument
  /**
   * Edit the draft together: the page works on the shared document (CollabDraftDocument over
   * /api/collab) instead of loading and saving files over the API. The route always sets it.
   */
  collaboration?: CollaborationSetup
  /** Autosave waits this long after the last change. */
  autosaveDelayMs?: number
  onProcessModelerReady?: (handle: ProcessModelerHandle | undefined) => void
  /**
   * The catalogue's lint rule levels (`GET /api/pruefregeln`), fetched once when the editor opens;
   * without it, or when it fails, the default levels apply.
   */
  loadLintConfig?: () => Promise<LintConfigInput>
}

export const AUTOSAVE_DELAY_MS = 3000
/** Model edits reach the document (and so the checks) after this pause, not per mouse move. */
const MODEL_SYNC_DELAY_MS = 400

type Tab = 'process' | 'metadata' | 'tests' | 'checks' | `dmn:${string}`

/** The editor for a draft: BPMN, DMN, metadata and checks, with explicit save and autosave. */
export function EditorPage({
  blockId,
  version,
  api,
  onOpenBlock,
  onVersionChanged,
  document: given,
  collaboration,
  autosaveDelayMs = AUTOSAVE_DELAY_MS,
  onProcessModelerReady,
  loadLintConfig,
}: EditorPageProps) {
  const t = useT(editorMessages)
  const { locale } = useLocale()
  const { document, load, retry, revision } = useDraftDocument(
    api,
    blockId,
    version,
    given,
    collaboration
  )
  // A shared draft: the modelers are bound to it, and its state comes from the connection.
  const shared = document.shared
  const collabStatus = shared?.status()
  const readOnly = collabStatus?.readOnly ?? false
  const sharedBpmnFile = shared ? document.bpmnFileName() : undefined
  const [tab, setTab] = useState<Tab>('process')
  const [visitedDmn, setVisitedDmn] = useState<ReadonlySet<string>>(new Set())
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' })
  const [changeTick, setChangeTick] = useState(0)
  const [focusRequest, setFocusRequest] = useState<{ pointer: string }>()

  // Modelers own their live model; the document gets its XML after a pause or before a save.
  const bpmnHandle = useRef<ProcessModelerHandle | undefined>(undefined)
  // The mounted BPMN modeler as state: presence outlines attach to it once it is there.
  const [bpmnModeler, setBpmnModeler] = useState<ProcessModelerHandle['modeler']>()
  const dmnHandles = useRef(new Map<string, DecisionModelerHandle>())
  const pendingModels = useRef(new Set<string>())
  const [modelsPending, setModelsPending] = useState(false)
  const syncTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const flushModels = useCallback(async () => {
    clearTimeout(syncTimer.current)
    for (const file of [...pendingModels.current]) {
      pendingModels.current.delete(file)
      // Bound modelers write each change into the shared document themselves.
      if (shared) continue
      if (file === document.bpmnFileName() && bpmnHandle.current) {
        document.setBpmnXml(await bpmnHandle.current.getXml())
      } else {
        const handle = dmnHandles.current.get(file)
        if (handle) document.setDmnXml(file, await handle.getXml())
      }
    }
    setModelsPending(pendingModels.current.size > 0)
  }, [document, shared])

  const modelChanged = useCallback(
    (file: string) => {
      pendingModels.current.add(file)
      setModelsPending(true)
      setChangeTick((n) => n + 1)
      clearTimeout(syncTimer.current)
      syncTimer.current = setTimeout(() => void flushModels(), MODEL_SYNC_DELAY_MS)
    },
    [flushModels]
  )
  useEffect(() => () => clearTimeout(syncTimer.current), [])

  // Presence: this user's selection goes out, the others' selections are outlined on the canvas.
  useEffect(() => {
    if (!shared || !bpmnModeler || sharedBpmnFile === undefined) return
    return bindRemoteSelections(bpmnModeler, shared.awareness, sharedBpmnFile)
  }, [shared, bpmnModeler, sharedBpmnFile])

  const dirty = document.isDirty() || modelsPending
  const saving = useRef(false)
  const saveNow = useCallback(
    async (auto: boolean) => {
      if (saving.current) return
      saving.current = true
      try {
        await flushModels()
        if (!document.isDirty()) return
        // A shared draft stores every change as it is made; nothing to hold back.
        if (auto && !shared) {
          const check = await checkBausteinFolder(document.files())
          if (!isStorable(check.problems)) {
            setSaveState({ kind: 'held', reason: t('unreadable') })
            return
          }
        }
        setSaveState({ kind: 'saving' })
        const before = document.version
        const outcome = await document.save()
        if (outcome.version !== before) onVersionChanged?.(outcome.version)
        const notes = [
          outcome.version !== before ? t('versionChanged', { version: outcome.version }) : '',
          outcome.problems.length > 0
            ? t('savedWithProblems', { count: String(outcome.problems.length) })
            : '',
        ].filter((note) => note !== '')
        setSaveState(
          document.isDirty()
            ? { kind: 'unsaved' }
            : { kind: 'saved', ...(notes.length > 0 ? { note: notes.join(' ') } : {}) }
        )
      } catch (error) {
        setSaveState({ kind: 'failed', reason: describeError(error, locale) })
      } finally {
        saving.current = false
      }
    },
    [document, flushModels, locale, onVersionChanged, shared, t]
  )

  // Autosave: a while after the last change, when there is something to save. A shared draft
  // needs none (changes go out at once); a new change there clears the last save's failure.
  useEffect(() => {
    if (changeTick === 0) return
    if (shared) {
      setSaveState((state) => (state.kind === 'failed' ? { kind: 'saved' } : state))
      return
    }
    setSaveState((state) => (state.kind === 'saving' ? state : { kind: 'unsaved' }))
    const timer = setTimeout(() => void saveNow(true), autosaveDelayMs)
    return () => clearTimeout(timer)
  }, [changeTick, autosaveDelayMs, saveNow, shared])

  // Ctrl+S / Cmd+S saves instead of the browser's "save page".
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void saveNow(false)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [saveNow])

  useUnsavedChangesGuard(dirty, t('leaveQuestion'))

  const ready = load.status === 'ready'
  // The checks (schema compilation, a second parse of the BPMN, lint) take about a second on a
  // 1,000-element diagram; started while the modeler imports, they hold the diagram back. So they
  // wait until the modeler has imported (or failed to) — bench/web/editorOpen.ts measures this.
  const [diagramSettled, setDiagramSettled] = useState(false)
  const checksMayRun = diagramSettled || (ready && document.getBpmnXml() === undefined)
  // A new snapshot for the checks whenever the content changed (edits bump changeTick; model XML
  // reaches the document when modelsPending clears). A shared draft's files change with every
  // derivation (local and remote edits), which the document's revision counts.
  const sharedRevision = shared ? revision : 0
  const files = useMemo(
    () =>
      ready && checksMayRun && changeTick >= 0 && sharedRevision >= 0 && !modelsPending
        ? document.files()
        : undefined,
    [ready, checksMayRun, document, changeTick, sharedRevision, modelsPending]
  )
  const lintConfig = useLintConfig(loadLintConfig)
  const checks = useFolderChecks(files, undefined, lintConfig.config)
  const domainProblems = checks.result?.problems ?? NO_PROBLEMS
  const problems = useMemo(
    () =>
      checks.lintProblems.length === 0
        ? domainProblems
        : [...domainProblems, ...checks.lintProblems],
    [domainProblems, checks.lintProblems]
  )
  // Canvas markers lint the live model with the same levels; metadata-dependent rules read the
  // last schema-valid metadata the checks saw.
  const checkedMetadata = checks.result?.metadata
  const liveLint = useMemo(
    () =>
      lintConfig.config === undefined
        ? undefined
        : { config: lintConfig.config, metadata: checkedMetadata },
    [lintConfig.config, checkedMetadata]
  )
  const metadataProblems = useMemo(
    () => problems.filter((p) => p.file === METADATA_FILE),
    [problems]
  )

  const [visitedTests, setVisitedTests] = useState(false)
  const openTab = (next: Tab) => {
    if (next.startsWith('dmn:')) setVisitedDmn((seen) => new Set(seen).add(next.slice(4)))
    if (next === 'tests') setVisitedTests(true)
    setTab(next)
  }

  /** Writes entscheidungstests.json and, the first time, names it in the metadata's artefakte. */
  const setDecisionTests = (fileName: string, text: string) => {
    document.setTextFile(fileName, text)
    const metadata = document.getMetadata()
    if (typeof metadata === 'object' && metadata !== null) {
      const record = metadata as { artefakte?: { entscheidungstests?: { datei: string } } }
      if (record.artefakte && !record.artefakte.entscheidungstests) {
        document.setMetadata({
          ...record,
          artefakte: { ...record.artefakte, entscheidungstests: { datei: fileName } },
        })
      }
    }
    setChangeTick((n) => n + 1)
  }

  /** The DMN files as the modelers hold them now (pending edits flushed first). */
  const currentDmnTexts = async () => {
    await flushModels()
    return Object.fromEntries(
      document.dmnFileNames().map((file) => [file, document.getDmnXml(file) ?? ''])
    )
  }

  const showProblem = (problem: Problem) => {
    const file = problem.file ?? ''
    if (problem.elementId && file === document.bpmnFileName()) {
      openTab('process')
      bpmnHandle.current?.selectElement(problem.elementId)
    } else if (problem.elementId && file.endsWith('.dmn')) {
      openTab(`dmn:${file}`)
      const elementId = problem.elementId
      // The DMN modeler mounts on first visit; select once it is there.
      setTimeout(() => void dmnHandles.current.get(file)?.selectElement(elementId), 0)
    } else if (problem.pointer !== undefined) {
      openTab('metadata')
      setFocusRequest({ pointer: problem.pointer })
    }
  }

  const addDmnFile = (fileName: string) => {
    document.setDmnXml(fileName, newDmnXml(fileName, t('newDecision')))
    const metadata = document.getMetadata()
    if (typeof metadata === 'object' && metadata !== null) {
      const record = metadata as { artefakte?: { dmn?: { datei: string }[] } }
      const artefakte = record.artefakte ?? {}
      document.setMetadata({
        ...record,
        artefakte: { ...artefakte, dmn: [...(artefakte.dmn ?? []), { datei: fileName }] },
      })
    }
    setChangeTick((n) => n + 1)
    openTab(`dmn:${fileName}`)
  }

  if (load.status === 'loading') return <p role="status">{t('loading')}</p>
  if (load.status === 'failed') {
    return (
      <div role="alert">
        <p>{t('loadFailed', { reason: describeError(load.error, locale) })}</p>
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    )
  }

  const metadata = document.getMetadata()
  const name =
    typeof metadata === 'object' && metadata !== null && 'name' in metadata
      ? String((metadata as { name: unknown }).name)
      : blockId
  const namedVersion =
    typeof metadata === 'object' && metadata !== null && 'version' in metadata
      ? String((metadata as { version: unknown }).version)
      : undefined
  const bpmnXml = document.getBpmnXml()
  const dmnFiles = document.dmnFileNames()
  const testsFile =
    (metadata as { artefakte?: { entscheidungstests?: { datei?: string } } } | undefined)?.artefakte
      ?.entscheidungstests?.datei ?? DECISION_TESTS_FILE_NAME
  const errorCount = problems.filter((p) => p.severity === 'error').length
  const tabs: { id: Tab; label: string }[] = [
    { id: 'process', label: t('tabProcess') },
    ...dmnFiles.map((file) => ({ id: `dmn:${file}` as Tab, label: t('tabDecision', { file }) })),
    ...(dmnFiles.length > 0 ? [{ id: 'tests' as Tab, label: t('tabDecisionTests') }] : []),
    { id: 'metadata', label: t('tabMetadata') },
    {
      id: 'checks',
      label: checks.running ? t('tabChecksRunning') : t('tabChecks', { count: String(errorCount) }),
    },
  ]
  const tabId = (id: Tab) => `editor-tab-${id.replace(/[^A-Za-z0-9-]/g, '_')}`
  const panelId = (id: Tab) => `${tabId(id)}-panel`

  /** Opens the decision's table and highlights the rules a decision test matched. */
  const showMatchedRules = ({ decisionId, ruleIds }: MatchedRulesTarget) => {
    const file = checks.result?.dmn.find((entry) =>
      entry.facts.decisions.some((decision) => decision.id === decisionId)
    )?.file
    if (file === undefined) return
    openTab(`dmn:${file}`)
    const highlight = async (attempt: number) => {
      const handle = dmnHandles.current.get(file)
      // The DMN modeler mounts and imports on its first visit; wait for it (about five seconds).
      if (!handle) {
        if (attempt < 50) setTimeout(() => void highlight(attempt + 1), 100)
        return
      }
      await handle.selectElement(decisionId)
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const panel = globalThis.document.getElementById(panelId(`dmn:${file}`))
      if (!panel) return
      for (const cell of panel.querySelectorAll('.bauplan-matched-rule'))
        cell.classList.remove('bauplan-matched-rule')
      for (const id of ruleIds) {
        for (const cell of panel.querySelectorAll(`[data-row-id="${CSS.escape(id)}"]`))
          cell.classList.add('bauplan-matched-rule')
      }
      panel.querySelector('.bauplan-matched-rule')?.scrollIntoView({ block: 'center' })
    }
    void highlight(0)
  }

  const indicatorState: SaveState = collabStatus
    ? sharedSaveState(
        collabStatus,
        document.isDirty(),
        modelsPending,
        saveState,
        collabStatus.stopReason ? STOP_REASON_TEXTS[collabStatus.stopReason][locale] : ''
      )
    : dirty && saveState.kind === 'saved'
      ? { kind: 'unsaved' }
      : saveState
  const bpmnFile = document.bpmnFileName()

  return (
    // data-collab-*: the shared draft's connection and rights, for tests (none without sharing).
    <div
      className="bauplan-editor"
      {...(collabStatus
        ? {
            'data-collab-status': collabStatus.connection,
            'data-collab-readonly': String(collabStatus.readOnly),
          }
        : {})}
    >
      <header className="bauplan-editor-header">
        <h1>{t('title', { name })}</h1>
        <p>{t('subtitle', { id: blockId, version: document.version })}</p>
        <div className="bauplan-editor-actions">
          <button
            type="button"
            onClick={() => void saveNow(false)}
            aria-keyshortcuts="Control+S"
            disabled={readOnly}
          >
            {t('save')} <kbd>{t('saveShortcut')}</kbd>
          </button>
          <SaveIndicator state={indicatorState} />
        </div>
        {shared && collabStatus && (
          <PresenceBar
            awareness={shared.awareness}
            {...(collaboration?.self ? { self: collaboration.self } : {})}
            quiet={collabStatus.connection !== 'online'}
          />
        )}
        {collabStatus && <CollabNotice status={collabStatus} />}
        {/* A shared draft is never renumbered (its document belongs to its version). */}
        {shared && namedVersion !== undefined && namedVersion !== document.version && (
          <p role="note" className="bauplan-collab-notice">
            {t('versionKept', { named: namedVersion, version: document.version })}
          </p>
        )}
      </header>
      <div role="tablist" aria-label={t('tabs')} className="bauplan-tabs">
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={panelId(id)}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => openTab(id)}
            onKeyDown={(event) => {
              const index = tabs.findIndex((entry) => entry.id === id)
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
              if (step === 0) return
              const next = tabs[(index + step + tabs.length) % tabs.length]!
              openTab(next.id)
              globalThis.document.getElementById(tabId(next.id))?.focus()
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <section
        id={panelId('process')}
        role="tabpanel"
        aria-labelledby={tabId('process')}
        hidden={tab !== 'process'}
        className="bauplan-panel-process"
      >
        {bpmnXml !== undefined ? (
          <ProcessModeler
            initialXml={bpmnXml}
            // A bound modeler writes into the shared document itself; its derivations refresh the checks.
            onChange={shared ? undefined : () => modelChanged(bpmnFile ?? '')}
            collab={
              shared && bpmnFile
                ? { doc: shared.doc, fileName: bpmnFile, origin: shared.originFor(bpmnFile) }
                : undefined
            }
            readOnly={readOnly}
            onReady={(handle) => {
              bpmnHandle.current = handle
              setBpmnModeler(handle?.modeler)
              setDiagramSettled(true)
              onProcessModelerReady?.(handle)
            }}
            searchApi={api}
            onOpenBlock={(reference) => onOpenBlock?.(reference.blockId)}
            lint={liveLint}
          />
        ) : (
          <p>{t('noBpmn')}</p>
        )}
      </section>
      {dmnFiles.map((file) => {
        const id: Tab = `dmn:${file}`
        return (
          <section
            key={file}
            id={panelId(id)}
            role="tabpanel"
            aria-labelledby={tabId(id)}
            hidden={tab !== id}
            // dmn-js has no read-only mode; this hides its tools and keeps cells from being typed in.
            className={readOnly ? 'bauplan-read-only' : undefined}
          >
            {/* A DMN file just added to a shared draft has no derived XML for a moment. */}
            {visitedDmn.has(file) && document.getDmnXml(file) !== undefined && (
              <Suspense fallback={<Loading />}>
                <DecisionModeler
                  file={file}
                  initialXml={document.getDmnXml(file) ?? ''}
                  collab={
                    shared
                      ? { doc: shared.doc, fileName: file, origin: shared.originFor(file) }
                      : undefined
                  }
                  awareness={shared?.awareness}
                  onChange={shared ? undefined : () => modelChanged(file)}
                  onReady={(handle) => {
                    if (handle) dmnHandles.current.set(file, handle)
                    else dmnHandles.current.delete(file)
                  }}
                />
              </Suspense>
            )}
          </section>
        )
      })}
      {dmnFiles.length > 0 && (
        <section
          id={panelId('tests')}
          role="tabpanel"
          aria-labelledby={tabId('tests')}
          hidden={tab !== 'tests'}
        >
          {visitedTests && (
            <Suspense fallback={<Loading />}>
              <fieldset disabled={readOnly} className="bauplan-plain-fieldset">
                <DecisionTestsPanel
                  fileName={testsFile}
                  text={document.getTextFile(testsFile)}
                  dmn={checks.result?.dmn}
                  onChange={(text) => setDecisionTests(testsFile, text)}
                  loadDmnTexts={currentDmnTexts}
                  onShowRules={showMatchedRules}
                />
              </fieldset>
            </Suspense>
          )}
        </section>
      )}
      <section
        id={panelId('metadata')}
        role="tabpanel"
        aria-labelledby={tabId('metadata')}
        hidden={tab !== 'metadata'}
      >
        {tab === 'metadata' &&
          (metadata === undefined ? (
            <p role="alert">{t('metadataUnreadable')}</p>
          ) : (
            <fieldset disabled={readOnly} className="bauplan-plain-fieldset">
              <MetadataForm
                value={metadata}
                onChange={(next) => {
                  document.setMetadata(next)
                  setChangeTick((n) => n + 1)
                }}
                extraProblems={metadataProblems}
                {...(focusRequest ? { focusRequest } : {})}
              />
            </fieldset>
          ))}
      </section>
      <section
        id={panelId('checks')}
        role="tabpanel"
        aria-labelledby={tabId('checks')}
        hidden={tab !== 'checks'}
      >
        {tab === 'checks' && (
          <>
            <ChecksPanel
              problems={problems}
              running={checks.running}
              onSelectProblem={showProblem}
              lintConfigMissing={lintConfig.failed}
            />
            {!readOnly && (
              <AddDmnFileForm existing={Object.keys(document.files())} onAdd={addDmnFile} />
            )}
          </>
        )}
      </section>
    </div>
  )
}

const NO_PROBLEMS: readonly Problem[] = []
