/**
 * Diagram thumbnails for the catalogue: one off-screen bpmn-js Viewer (loaded on first use, in its
 * own chunk) renders each BPMN file and exports it as SVG. Renders run one after another on that
 * single viewer, and each result is cached by key, so paging back and forth costs nothing.
 * Shown as <img> (static pictures), the SVGs cannot run anything.
 */
import type Viewer from 'bpmn-js/lib/Viewer'

type ViewerInstance = Viewer

const cache = new Map<string, Promise<string>>()
let viewer: Promise<ViewerInstance> | undefined
let queue: Promise<unknown> = Promise.resolve()

/** The SVG of a BPMN diagram; `key` identifies the content (block, version, revision). */
export function renderThumbnail(key: string, loadXml: () => Promise<string>): Promise<string> {
  const cached = cache.get(key)
  if (cached) return cached
  const result = enqueue(async () => renderSvg(await loadXml()))
  cache.set(key, result)
  // A failed render may succeed later (the file was unreadable, the network hiccuped).
  result.catch(() => cache.delete(key))
  return result
}

/** The SVG as a data URL for an <img src>. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => undefined)
  return run
}

async function renderSvg(xml: string): Promise<string> {
  const instance = await getViewer()
  await instance.importXML(xml)
  const { svg } = await instance.saveSVG()
  return svg
}

function getViewer(): Promise<ViewerInstance> {
  viewer ??= import('bpmn-js/lib/Viewer').then(({ default: ViewerClass }) => {
    // Off-screen but laid out: bpmn-js measures text and boxes, which needs a rendered element.
    const container = document.createElement('div')
    // Hidden from assistive technology and from the Tab order (bpmn-js puts a link in it).
    container.setAttribute('aria-hidden', 'true')
    container.inert = true
    container.style.cssText =
      'position:absolute;left:-10000px;top:0;width:1200px;height:800px;overflow:hidden;'
    document.body.appendChild(container)
    return new ViewerClass({ container })
  })
  return viewer
}
