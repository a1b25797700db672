import { describe, expect, it, vi } from 'vitest'
import { unzipSync } from 'fflate'
import { checkBpmn, parseBpmn } from '@bauplan/domain'
import { REFERENCE_PROCEDURES, referenceProcedure } from '../parts/testSupport'
import { parseXmlTree, type XmlElement } from '../parts/xml/xmlTree'
import { childElements, descendants, textContent } from '../parts/xml/xmlQuery'
import { xprozessExporter } from './xprozessExporter'
import { XPROZESS_NAMESPACE } from './xprozessMessage'

// Each test parses and checks a whole procedure with its blocks; in a full parallel run on two
// cores that can take longer than the default five seconds.
vi.setConfig({ testTimeout: 30_000 })

const options = { flavour: 'neutral', locale: 'de' } as const
const decoder = new TextDecoder()

const child = (element: XmlElement, name: string) =>
  childElements(element).find((e) => e.name === name)
const childText = (element: XmlElement, name: string) => {
  const found = child(element, name)
  return found ? textContent(found) : undefined
}

describe('XProzess 2 message', () => {
  for (const slug of REFERENCE_PROCEDURES) {
    it(`${slug}: one prozess per block with its Steckbrief and the BPMN embedded as a ZIP`, async () => {
      const procedure = await referenceProcedure(slug)
      const files = xprozessExporter(procedure, options)
      expect(files.map((file) => file.path)).toEqual([`xprozess/${slug}.xprozess.xml`])
      const root = parseXmlTree(decoder.decode(files[0]?.content))
      expect(root.name).toBe('xprozess:prozessbibliothek.export.0203')
      expect(root.attributes).toContainEqual(['xmlns:xprozess', XPROZESS_NAMESPACE])
      const library = child(root, 'prozessbibliothek')
      if (!library) throw new Error('prozessbibliothek missing')
      const prozesse = childElements(library).filter((e) => e.name === 'prozess')
      const blocks = [procedure.root, ...procedure.dependencies]
      expect(prozesse).toHaveLength(blocks.length)
      for (const [index, prozess] of prozesse.entries()) {
        const block = blocks[index]!
        expect(childText(prozess, 'name')).toBe(block.metadata.name)
        const steckbrief = child(prozess, 'prozesssteckbrief')!
        expect(
          childElements(steckbrief).filter((e) => e.name === 'handlungsgrundlage')
        ).toHaveLength(block.metadata.handlungsgrundlagen.length)
        const inhalt = descendants(prozess).find((e) => e.name === 'inhalt')!
        const zip = Uint8Array.from(atob(textContent(inhalt)), (c) => c.charCodeAt(0))
        const entries = unzipSync(zip)
        const bpmnName = block.metadata.artefakte.bpmn.datei
        const bpmn = decoder.decode(entries[bpmnName])
        expect(bpmn).toBe(block.files[bpmnName])
        const parsed = await parseBpmn(bpmn)
        expect(checkBpmn(parsed.definitions!, bpmn).filter((p) => p.severity === 'error')).toEqual(
          []
        )
      }
    })
  }

  it('uses the Leistungsschlüssel as Prozess.id and maps the participant roles to Code.Prozessrolle', async () => {
    const files = xprozessExporter(await referenceProcedure('hundesteuer-anmelden'), options)
    const xml = decoder.decode(files[0]?.content)
    expect(xml).toContain('<id>99102013104000</id>')
    expect(xml).toMatch(
      /<name>Gemeinde – Steueramt<\/name>\s*<rolle listURI="urn:xoev-de:xprozess:codeliste:prozessrolle">\s*<code>2<\/code>/
    )
  })

  it('is byte-identical for the same input and escapes what the metadata says', async () => {
    const procedure = await referenceProcedure('gewerbe-anmelden')
    expect(xprozessExporter(procedure, options)).toEqual(xprozessExporter(procedure, options))
    const hostile = {
      ...procedure,
      root: {
        ...procedure.root,
        metadata: { ...procedure.root.metadata, name: 'Gewerbe <script>alert(1)</script> & Co' },
      },
    }
    const xml = decoder.decode(xprozessExporter(hostile, options)[0]?.content)
    expect(xml).not.toContain('<script>')
    const library = child(parseXmlTree(xml), 'prozessbibliothek')!
    expect(childText(library, 'name')).toBe('Gewerbe <script>alert(1)</script> & Co')
  })
})
