import { collectReferences, parseBpmn, readBpmnFacts } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { referenceFolders } from '../bundle/testSupport'
import { scanCallActivities } from './scanCallActivities'

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL'

function model(body: string, bauplanPrefix = 'bauplan'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${BPMN}" xmlns:${bauplanPrefix}="urn:bauplan:bpmn:1" id="D">
  <bpmn:process id="P">${body}</bpmn:process>
</bpmn:definitions>`
}

describe('scanCallActivities', () => {
  it('finds exactly the references a full bpmn-moddle parse finds, in every reference model', async () => {
    let compared = 0
    for (const folder of await referenceFolders()) {
      for (const [name, text] of Object.entries(folder.files)) {
        if (!name.endsWith('.bpmn')) continue
        const parsed = await parseBpmn(text)
        const full = collectReferences(readBpmnFacts(parsed.definitions as never), { file: name })
        const scanned = scanCallActivities(text)
        expect(scanned, `${folder.name}/${name}`).toBeDefined()
        const fast = collectReferences({ callActivities: scanned ?? [] }, { file: name })
        expect(fast, `${folder.name}/${name}`).toEqual(full)
        compared += full.references.length
      }
    }
    expect(compared).toBeGreaterThan(40)
  })

  it('resolves any prefix of the bauplan namespace and decodes entities', () => {
    const scanned = scanCallActivities(
      model(
        `<!-- <bpmn:callActivity id="InComment" x:baustein="urn:a:b" x:version="1.0.0"/> -->
         <bpmn:callActivity id="A" name="Tom &amp; Jerry &#x3e; 1" calledElement="Q"
            x:baustein="urn:bauplan:baustein:sn:a" x:version="&gt;=1.0.0 &lt;2.0.0"></bpmn:callActivity>`,
        'x'
      )
    )
    expect(scanned).toEqual([
      {
        id: 'A',
        name: 'Tom & Jerry > 1',
        calledElement: 'Q',
        bausteinRef: { id: 'urn:bauplan:baustein:sn:a', versionRange: '>=1.0.0 <2.0.0' },
      },
    ])
  })

  it('ignores attributes of other namespaces and elements that only look alike', () => {
    const scanned = scanCallActivities(
      model(
        `<bpmn:callActivity id="A" other:baustein="urn:x:y" xmlns:other="urn:other"/>
         <other:callActivity xmlns:other="urn:other" id="B"/>`
      )
    )
    expect(scanned).toEqual([{ id: 'A' }])
  })

  it('gives up (so the caller parses fully) on DOCTYPEs, unknown entities and broken text', () => {
    expect(scanCallActivities(`<!DOCTYPE x [<!ENTITY e "v">]>${model('')}`)).toBeUndefined()
    expect(scanCallActivities(model('<bpmn:callActivity id="&e;"/>'))).toBeUndefined()
    expect(scanCallActivities(model('<bpmn:callActivity id="A"'))).toBeUndefined()
    expect(scanCallActivities(model('<undeclared:callActivity id="A"/>'))).toBeUndefined()
  })
})
