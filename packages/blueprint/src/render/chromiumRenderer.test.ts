import { afterAll, describe, expect, it } from 'vitest'
import { referenceProcedure } from '../parts/testSupport'
import {
  chromiumPath,
  createChromiumRenderer,
  isChromiumAvailable,
  RendererUnavailableError,
} from './chromiumRenderer'

/** The viewer's own logo (an <svg>), not the text fallback, linked to bpmn.io. */
const VIEWER_LOGO =
  /<a class="bauplan-bpmn-io-watermark" href="https:\/\/bpmn.io"[^>]*><title>Powered by bpmn.io<\/title><svg /

const available = isChromiumAvailable()
if (!available) {
  console.warn(
    `Chromium fehlt unter ${chromiumPath()}: Renderer-Tests übersprungen / Chromium missing, renderer tests skipped`
  )
}

describe.skipIf(!available)('Chromium renderer (real browser)', () => {
  const renderer = createChromiumRenderer()
  afterAll(() => renderer.close())

  it('draws a BPMN collaboration as bpmn-js does, with the bpmn.io watermark', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const svg = await renderer.renderBpmn(procedure.root.files['hundesteuer-anmelden.bpmn'] ?? '')
    expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('data-element-id="Activity_SteuerFestsetzen"')
    expect(svg).toMatch(/>\s*festsetzen\s*<\/tspan>/)
    expect(svg).toMatch(VIEWER_LOGO)
  }, 60_000)

  it('draws each decision requirements diagram of a DMN file', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const views = await renderer.renderDmn(procedure.root.files['hundesteuer-anmelden.dmn'] ?? '')
    const ids = Object.keys(views)
    expect(ids.length).toBeGreaterThan(0)
    const svg = views[ids[0] ?? ''] ?? ''
    expect(svg).toContain('data-element-id="Decision_Steuersatz"')
    expect(svg).toMatch(VIEWER_LOGO)
  }, 60_000)
})

describe('Chromium renderer without Chromium', () => {
  it('rejects with a clear bilingual error instead of crashing', async () => {
    const renderer = createChromiumRenderer({ executablePath: '/nonexistent/chromium' })
    await expect(renderer.renderBpmn('<x/>')).rejects.toBeInstanceOf(RendererUnavailableError)
    await expect(renderer.renderBpmn('<x/>')).rejects.toThrow(/nicht gefunden.*not found/s)
    await renderer.close()
  })
})
