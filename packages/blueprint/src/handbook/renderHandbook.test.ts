import { afterAll, describe, expect, it } from 'vitest'
import type { DiagramRenderer, ResolvedProcedure } from '../model/exportTypes'
import { referenceProcedure } from '../parts/testSupport'
import {
  chromiumPath,
  createChromiumRenderer,
  isChromiumAvailable,
} from '../render/chromiumRenderer'
import { renderHandbook } from './renderHandbook'

const decoder = new TextDecoder()
const de = { flavour: 'neutral', locale: 'de' } as const

async function html(
  procedure: ResolvedProcedure,
  locale: 'de' | 'en' = 'de',
  renderer?: DiagramRenderer
) {
  const files = await renderHandbook(procedure, { ...de, locale }, renderer)
  expect(files).toHaveLength(1)
  return { path: files[0]?.path, text: decoder.decode(files[0]?.content) }
}

/** Self-contained: nothing is loaded from elsewhere and nothing runs. */
function expectSelfContained(text: string) {
  expect(text).not.toMatch(/<script\b/i)
  expect(text).not.toMatch(/<link\b/i)
  expect(text).not.toMatch(/<[a-z]+\b[^>]*\ssrc\s*=/i)
  expect(text).not.toMatch(/@import/i)
}

describe('handbook without a renderer', () => {
  it('is written in German with metadata, legal bases, decision tables and a note instead of diagrams', async () => {
    const { path, text } = await html(await referenceProcedure('hundesteuer-anmelden'))
    expect(path).toBe('handbuch/handbuch.de.html')
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="de">/)
    expect(text).toContain('<h1>Hund anmelden (Hundesteuer)</h1>')
    expect(text).toContain('§ 2 Abs. 1 SächsKAG')
    expect(text).toContain('<h2>Rechtsgrundlagen</h2>')
    // The tax-rate table with its rules and outputs.
    expect(text).toContain('Decision_Steuersatz')
    expect(text).toMatch(/<code>&gt;= 2<\/code>/)
    expect(text).toContain('<code>300</code>')
    expect(text).toContain('Die Diagramme sind in dieser Ausgabe nicht enthalten')
    expect(text).toContain('@media print')
    expect(text).not.toContain('<svg')
    expectSelfContained(text)
  })

  it('speaks English on request and stays deterministic', async () => {
    const procedure = await referenceProcedure('gewerbe-anmelden')
    const first = await html(procedure, 'en')
    expect(first.path).toBe('handbuch/handbuch.en.html')
    expect(first.text).toContain('<html lang="en">')
    expect(first.text).toContain('<h2>Legal bases</h2>')
    expect(first.text).toContain('§ 14 Abs. 1 GewO')
    // A fee whose amount the metadata leaves open is said so, not shown as an empty range.
    expect(first.text).toContain('<td>depends on the case</td>')
    expect((await html(procedure, 'en')).text).toBe(first.text)
  })

  it('keeps user-provided text as text: a <script> in a name or a javascript: link does nothing', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const hostile: ResolvedProcedure = {
      ...procedure,
      root: {
        ...procedure.root,
        metadata: {
          ...procedure.root.metadata,
          bezeichnung: 'Hund <script>alert(1)</script> & "Katze"',
          handlungsgrundlagen: [
            { name: 'Böse <img src=x onerror=alert(1)>', uri: 'javascript:alert(1)' },
          ],
        },
      },
    }
    const { text } = await html(hostile)
    expect(text).toContain('Hund &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Katze&quot;')
    expect(text).toContain('Böse &lt;img src=x onerror=alert(1)&gt;')
    expect(text).not.toContain('javascript:')
    expectSelfContained(text)
  })

  it('is still written, with the reason, when drawing fails', async () => {
    const failing: DiagramRenderer = {
      renderBpmn: () => Promise.reject(new Error('Chromium fehlt / Chromium missing')),
      renderDmn: () => Promise.reject(new Error('Chromium fehlt / Chromium missing')),
    }
    const { text } = await html(
      await referenceProcedure('meldebescheinigung-beantragen'),
      'de',
      failing
    )
    expect(text).toContain('Chromium fehlt / Chromium missing')
    expect(text).toContain('Das Diagramm konnte nicht gezeichnet werden')
  })
})

const available = isChromiumAvailable()
if (!available) {
  console.warn(
    `Chromium fehlt unter ${chromiumPath()}: Handbuch ohne Diagramme getestet / Chromium missing, handbook tested without diagrams`
  )
}

describe.skipIf(!available)('handbook with diagrams (real Chromium)', () => {
  const renderer = createChromiumRenderer()
  afterAll(() => renderer.close())

  it('inlines the SVG of every process and decision diagram, each with the bpmn.io watermark', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const { text } = await html(procedure, 'de', renderer)
    const svgCount = (text.match(/<svg role="img"/g) ?? []).length
    // The procedure, every called block, and the procedure's decision requirements diagram.
    expect(svgCount).toBe(1 + procedure.dependencies.length + 1)
    expect(
      (text.match(/class="bauplan-bpmn-io-watermark" href="https:\/\/bpmn.io"/g) ?? []).length
    ).toBe(svgCount)
    expect(text).not.toContain('Die Diagramme sind in dieser Ausgabe nicht enthalten')
    expectSelfContained(text)
  }, 120_000)

  it('is byte-identical between two exports, with stable and unique ids in all its SVGs', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const first = await html(procedure, 'de', renderer)
    const second = await html(procedure, 'de', renderer)
    expect(second.text).toBe(first.text)

    const ids = [...first.text.matchAll(/<[a-zA-Z][^>]*\sid="([^"]+)"/g)].map((m) => m[1])
    // The viewers' random marker ids are gone; each marker is named after its diagram.
    expect(ids.filter((id) => /^marker-/.test(id ?? ''))).toEqual([])
    expect(ids).toContain('hundesteuer-anmelden-bpmn-marker-1')
    expect(new Set(ids).size).toBe(ids.length)
    // Every url(#…) reference points at an id defined in the document.
    const references = [...first.text.matchAll(/url\('?#([^')]+)'?\)/g)].map((m) => m[1])
    expect(references.length).toBeGreaterThan(0)
    for (const reference of references) expect(ids).toContain(reference)
  }, 120_000)
})
