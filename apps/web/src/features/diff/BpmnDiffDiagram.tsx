import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'
import { bauplanModdleDescriptor } from '@bauplan/domain'
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import { useEffect, useRef, useState } from 'react'
import type { Canvas, ElementRegistry, Overlays } from '../process-modeler/bpmnServices'
import { CHANGE_SIGNS, type ChangeKind } from './diffMarkers'

export interface BpmnDiffDiagramProps {
  xml: string
  label: string
  marks: readonly [string, ChangeKind][]
  /** Words for each kind, used as the overlay's accessible title. */
  kindLabels: Record<ChangeKind, string>
  onReady?: (viewer: NavigatedViewer) => void
}

/** One read-only diagram of the diff with a marker class and a sign on every changed element. */
export function BpmnDiffDiagram({ xml, label, marks, kindLabels, onReady }: BpmnDiffDiagramProps) {
  const container = useRef<HTMLDivElement>(null)
  const [error, setError] = useState<string>()
  const latest = useRef({ marks, kindLabels, onReady })
  latest.current = { marks, kindLabels, onReady }

  useEffect(() => {
    if (!container.current) return
    const viewer = new NavigatedViewer({
      container: container.current,
      moddleExtensions: { bauplan: bauplanModdleDescriptor },
    })
    let disposed = false
    viewer
      .importXML(xml)
      .then(() => {
        if (disposed) return
        const canvas = viewer.get<Canvas>('canvas')
        const registry = viewer.get<ElementRegistry>('elementRegistry')
        const overlays = viewer.get<Overlays>('overlays')
        for (const [id, kind] of latest.current.marks) {
          if (!registry.get(id)) continue // e.g. a changed process has no shape of its own
          canvas.addMarker(id, `bauplan-diff-${kind}`)
          const badge = globalThis.document.createElement('span')
          badge.className = `bauplan-diff-badge bauplan-diff-badge-${kind}`
          badge.textContent = CHANGE_SIGNS[kind]
          badge.title = latest.current.kindLabels[kind]
          overlays.add(id, 'bauplan-diff', { position: { top: -10, left: -10 }, html: badge })
        }
        canvas.zoom('fit-viewport', 'auto')
        latest.current.onReady?.(viewer)
      })
      .catch((reason: unknown) => !disposed && setError(String(reason)))
    return () => {
      disposed = true
      viewer.destroy()
    }
  }, [xml])

  return (
    <figure className="bauplan-diff-diagram">
      <figcaption>{label}</figcaption>
      {error && <p role="alert">{error}</p>}
      <div ref={container} className="bauplan-diff-canvas" role="figure" aria-label={label} />
    </figure>
  )
}
