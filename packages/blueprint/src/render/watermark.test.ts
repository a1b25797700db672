import { describe, expect, it } from 'vitest'
import { withWatermark } from './watermark'

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="10 20 200 100"><g/></svg>'

describe('bpmn.io watermark in saved SVGs', () => {
  it('puts the viewer logo, linked to bpmn.io, in the bottom-right corner', () => {
    const result = withWatermark(svg, '<svg viewBox="0 0 14 5"><path d="M0 0h1"/></svg>')
    expect(result).toMatch(/<a class="bauplan-bpmn-io-watermark" href="https:\/\/bpmn.io"/)
    expect(result).toContain(
      '<svg x="154" y="94" width="52" height="22" viewBox="0 0 14 5"><path d="M0 0h1"/></svg>'
    )
    expect(result.endsWith('</a></svg>')).toBe(true)
  })

  it('falls back to a text link when the logo was not found', () => {
    expect(withWatermark(svg, '')).toContain('>bpmn.io</text>')
  })
})
