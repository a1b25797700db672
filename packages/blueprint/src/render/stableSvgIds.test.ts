import { describe, expect, it } from 'vitest'
import { idPrefix, stableSvgIds } from './stableSvgIds'

/** A crafted SVG: random marker ids, one a prefix of another, referenced in every way SVG allows. */
function craft(ab: string, abc: string, clip: string): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
    '<defs>',
    '<marker id="{ab}"><path d="M0 0"/></marker>',
    '<marker id="{abc}"><path d="M1 1"/></marker>',
    "<clipPath id='{clip}'><rect/></clipPath>",
    '</defs>',
    '<g class="djs-element" data-element-id="Task_1">',
    '<path style="marker-end: url(\'#{abc}\'); marker-start: url(&quot;#{ab}&quot;)"/>',
    '<path marker-end="url(#{ab})" clip-path="url(#{clip})"/>',
    '<use xlink:href="#{abc}"/><use href="#{ab}"/>',
    '<a href="#elsewhere">outside</a>',
    '<text>id="marker-ab" url(#unknown)</text>',
    '</g>',
    '</svg>',
  ]
    .join('')
    .replaceAll('{abc}', abc)
    .replaceAll('{ab}', ab)
    .replaceAll('{clip}', clip)
}

const crafted = craft('marker-ab', 'marker-abc', 'clip-x9')

describe('stableSvgIds', () => {
  const stable = stableSvgIds(crafted, 'hundesteuer-anmelden')

  it('names every defined id after the prefix, the element and its position', () => {
    expect(stable).toContain('<marker id="hundesteuer-anmelden-marker-1">')
    expect(stable).toContain('<marker id="hundesteuer-anmelden-marker-2">')
    expect(stable).toContain("<clipPath id='hundesteuer-anmelden-clippath-1'>")
    expect(stable).not.toMatch(/\sid="marker-/)
  })

  it('rewrites every reference by exact id, also where one id is a prefix of another', () => {
    expect(stable).toContain(
      'style="marker-end: url(\'#hundesteuer-anmelden-marker-2\'); marker-start: url(&quot;#hundesteuer-anmelden-marker-1&quot;)"'
    )
    expect(stable).toContain('marker-end="url(#hundesteuer-anmelden-marker-1)"')
    expect(stable).toContain('clip-path="url(#hundesteuer-anmelden-clippath-1)"')
    expect(stable).toContain('<use xlink:href="#hundesteuer-anmelden-marker-2"/>')
    expect(stable).toContain('<use href="#hundesteuer-anmelden-marker-1"/>')
  })

  it('leaves alone what is not an id definition or a reference to one', () => {
    expect(stable).toContain('data-element-id="Task_1"')
    expect(stable).toContain('<a href="#elsewhere">')
    // Text is text, even when it looks like markup.
    expect(stable).toContain('<text>id="marker-ab" url(#unknown)</text>')
  })

  it('gives the same bytes for two renders that differ only in their random ids', () => {
    const otherRender = craft('marker-zz1', 'marker-q7', 'clip-0')
    expect(stableSvgIds(otherRender, 'hundesteuer-anmelden')).toBe(stable)
  })

  it('keeps two diagrams apart in one document through their prefixes', () => {
    const other = stableSvgIds(crafted, 'hundesteuer-anmelden-dmn')
    const ids = (svg: string) => [...svg.matchAll(/\sid=["']([^"']+)/g)].map((m) => m[1])
    const shared = ids(stable).filter((id) => ids(other).includes(id))
    expect(shared).toEqual([])
  })

  it('returns an SVG without ids unchanged', () => {
    const plain = '<svg><rect width="1"/></svg>'
    expect(stableSvgIds(plain, 'x')).toBe(plain)
  })
})

describe('idPrefix', () => {
  it('makes a readable id start of any text', () => {
    expect(idPrefix('Hundesteuer Anmelden.dmn')).toBe('hundesteuer-anmelden-dmn')
    expect(idPrefix('2-stufig')).toBe('d-2-stufig')
  })
})
