import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '@bauplan/chromium'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { DiagramRenderer } from '../model/exportTypes'
import { withWatermark } from './watermark'

export interface ChromiumRendererOptions {
  /** Path of the Chromium binary; default `CHROMIUM_PATH` from the environment, else /usr/bin/chromium. */
  executablePath?: string
  /** Time for one diagram, in milliseconds. */
  timeoutMs?: number
}

export interface ChromiumRenderer extends DiagramRenderer {
  /** Ends the browser; the renderer starts a new one when used again. */
  close(): Promise<void>
}

export class RendererUnavailableError extends Error {
  constructor(readonly executablePath: string) {
    super(
      `Chromium wurde unter ${executablePath} nicht gefunden; Diagramme können nicht gezeichnet werden. / Chromium was not found at ${executablePath}; diagrams cannot be drawn.`
    )
  }
}

export function chromiumPath(options: ChromiumRendererOptions = {}): string {
  return options.executablePath ?? chromiumExecutablePath()
}

export function isChromiumAvailable(options: ChromiumRendererOptions = {}): boolean {
  return existsSync(chromiumPath(options))
}

/** The viewers' bpmn.io watermark link (bpmn-js links https://bpmn.io, dmn-js http://bpmn.io). */
const WATERMARK_SELECTOR = '#canvas a.bjs-powered-by, #canvas a[href*="//bpmn.io"]'

const require = createRequire(import.meta.url)
const BPMN_VIEWER = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js')
const DMN_VIEWER = require.resolve('dmn-js/dist/dmn-viewer.production.min.js')

/**
 * Draws diagrams the way bpmn-js and dmn-js draw them, in a real headless Chromium: the prebuilt
 * viewer bundles are loaded into a blank page, `importXML` reads the model, `saveSVG` writes it.
 * The browser starts on first use and is reused; nothing is loaded from the network. Each SVG
 * carries the bpmn.io watermark the viewer showed (bpmn.io licence).
 */
export function createChromiumRenderer(options: ChromiumRendererOptions = {}): ChromiumRenderer {
  const executablePath = chromiumPath(options)
  const timeout = options.timeoutMs ?? 30_000
  let session: Promise<Browser> | undefined

  const start = async () => {
    if (!existsSync(executablePath)) throw new RendererUnavailableError(executablePath)
    return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout })
  }

  // One page per viewer bundle, loaded once and reused: loading a bundle costs more than drawing.
  const pages = new Map<string, Promise<Page>>()
  // Drawings run one after another: the pages share one canvas each.
  let queue: Promise<unknown> = Promise.resolve()

  const openPage = async (viewerBundle: string): Promise<Page> => {
    session ??= start()
    let browser: Browser
    try {
      browser = await session
    } catch (error) {
      session = undefined
      throw error
    }
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    page.setDefaultTimeout(timeout)
    // Nothing leaves the machine: every request of the page is refused.
    await page.route('**/*', (route) => route.abort())
    await page.setContent('<!DOCTYPE html><html><body></body></html>')
    await page.addScriptTag({ path: viewerBundle })
    return page
  }

  const withPage = <T>(viewerBundle: string, run: (page: Page) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      let page = pages.get(viewerBundle)
      if (!page) {
        page = openPage(viewerBundle)
        pages.set(viewerBundle, page)
      }
      const ready = await page.catch((error: unknown) => {
        pages.delete(viewerBundle)
        throw error
      })
      await ready.evaluate(() => {
        ;(globalThis as unknown as InPage).document.body.innerHTML =
          '<div id="canvas" style="width:1600px;height:1000px"></div>'
      })
      return run(ready)
    })
    queue = next.catch(() => undefined)
    return next
  }

  return {
    async renderBpmn(xml) {
      return withPage(BPMN_VIEWER, async (page) => {
        const drawn = await page.evaluate(
          async ({ text, selector }) => {
            const Viewer = (globalThis as unknown as InPage).BpmnJS
            const viewer = new Viewer({ container: '#canvas' })
            await viewer.importXML(text)
            const { svg } = await viewer.saveSVG()
            const logo = (globalThis as unknown as InPage).document.querySelector(selector)
            const watermark = logo ? logo.innerHTML : ''
            viewer.destroy()
            return { svg, watermark }
          },
          { text: xml, selector: WATERMARK_SELECTOR }
        )
        return withWatermark(drawn.svg, drawn.watermark)
      })
    },
    async renderDmn(xml) {
      return withPage(DMN_VIEWER, async (page) => {
        const drawn = await page.evaluate(
          async ({ text, selector }) => {
            const Viewer = (globalThis as unknown as InPage).DmnJS
            const viewer = new Viewer({ container: '#canvas' })
            await viewer.importXML(text)
            const views: Array<{ id: string; svg: string }> = []
            for (const view of viewer.getViews()) {
              if (view.type !== 'drd') continue
              await viewer.open(view)
              const { svg } = await viewer.getActiveViewer().saveSVG()
              views.push({ id: view.element.id, svg })
            }
            const logo = (globalThis as unknown as InPage).document.querySelector(selector)
            const watermark = logo ? logo.innerHTML : ''
            viewer.destroy()
            return { views, watermark }
          },
          { text: xml, selector: WATERMARK_SELECTOR }
        )
        const result: Record<string, string> = {}
        for (const view of drawn.views) result[view.id] = withWatermark(view.svg, drawn.watermark)
        return result
      })
    },
    async close() {
      await queue
      const current = session
      session = undefined
      pages.clear()
      if (!current) return
      const browser = await current.catch(() => undefined)
      await browser?.close()
    },
  }
}

/** What the code run inside the page uses (the package is compiled without the DOM library). */
interface InPage {
  BpmnJS: new (options: object) => BpmnViewer
  DmnJS: new (options: object) => DmnViewer
  document: {
    querySelector(selector: string): { innerHTML: string } | null
    body: { innerHTML: string }
  }
}

/** The parts of the viewers' APIs used inside the page. */
interface BpmnViewer {
  importXML(xml: string): Promise<unknown>
  destroy(): void
  saveSVG(): Promise<{ svg: string }>
}

interface DmnViewer {
  importXML(xml: string): Promise<unknown>
  destroy(): void
  getViews(): Array<{ type: string; element: { id: string } }>
  open(view: { type: string; element: { id: string } }): Promise<unknown>
  getActiveViewer(): { saveSVG(): Promise<{ svg: string }> }
}
