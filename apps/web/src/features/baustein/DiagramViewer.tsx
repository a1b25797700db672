/**
 * The version's BPMN diagram in a bpmn-js NavigatedViewer (pan and zoom with the mouse; the
 * buttons zoom with the keyboard). The viewer loads in its own chunk; the bpmn.io watermark it
 * draws stays visible, as bpmn-js's licence asks.
 */
import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import { useEffect, useId, useRef, useState } from 'react'
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import { useApi } from '../../lib/api/ApiContext'
import { useT } from '../../lib/i18n/i18n'
import { ErrorMessage } from '../../lib/ui/ErrorMessage'
import { bausteinMessages } from './messages'

interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number
}

export function DiagramViewer({
  blockId,
  version,
  file,
  name,
}: {
  blockId: string
  version: string
  file: string
  name: string
}) {
  const t = useT(bausteinMessages)
  const api = useApi()
  const container = useRef<HTMLDivElement>(null)
  const viewer = useRef<NavigatedViewer | undefined>(undefined)
  const hintId = useId()
  const [status, setStatus] = useState<'loading' | 'ready' | Error>('loading')

  useEffect(() => {
    let cancelled = false
    setStatus('loading')
    const load = async () => {
      const [{ default: Viewer }, xml] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        api.getFileText(blockId, version, file),
      ])
      if (cancelled || !container.current) return
      const instance = new Viewer({ container: container.current })
      viewer.current = instance
      await instance.importXML(xml)
      if (cancelled) return
      canvasOf(instance).zoom('fit-viewport', 'auto')
      setStatus('ready')
    }
    load().catch((error: unknown) => {
      if (!cancelled) setStatus(error instanceof Error ? error : new Error(String(error)))
    })
    return () => {
      cancelled = true
      viewer.current?.destroy()
      viewer.current = undefined
    }
  }, [api, blockId, version, file])

  const zoom = (factor: number | 'fit') => {
    if (!viewer.current) return
    const canvas = canvasOf(viewer.current)
    if (factor === 'fit') canvas.zoom('fit-viewport', 'auto')
    else canvas.zoom(canvas.zoom() * factor, 'auto')
  }

  return (
    <div className="diagram-viewer">
      <div className="button-row diagram-toolbar" role="toolbar" aria-label={t('diagram')}>
        <button type="button" className="button-secondary" onClick={() => zoom(1.25)}>
          {t('zoomIn')}
        </button>
        <button type="button" className="button-secondary" onClick={() => zoom(0.8)}>
          {t('zoomOut')}
        </button>
        <button type="button" className="button-secondary" onClick={() => zoom('fit')}>
          {t('zoomFit')}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        {t('diagramHint')}
      </p>
      {status instanceof Error ? <ErrorMessage error={status} /> : null}
      {status === 'loading' ? <p className="loading">{t('diagramLoading')}</p> : null}
      <div
        ref={container}
        className="diagram-canvas"
        role="figure"
        aria-label={t('diagramRegion', { name })}
        aria-describedby={hintId}
        data-status={status instanceof Error ? 'error' : status}
      />
    </div>
  )
}

function canvasOf(viewer: NavigatedViewer): Canvas {
  return viewer.get('canvas') as Canvas
}
