import type { ModdleElement, PublishedVersionsLookup } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { lintBaustein } from '../../runner/lintBaustein'
import {
  bpmnXml,
  definitionsOf,
  expectFinding,
  linear,
  lintXml,
  task,
  withCode,
} from '../../testSupport/bpmnXml'

const RULE = 'bauplan/call-activity-reference'
const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'

function call(attributes: string): string {
  return bpmnXml(linear(task('Call_1', 'Identität prüfen', 'callActivity', attributes)))
}

const catalogue: Record<string, string[]> = {
  [BLOCK]: ['1.0.0', '1.2.0', '2.0.0'],
  'urn:bauplan:baustein:sn:neu': [],
}
const lookup: PublishedVersionsLookup = (id) => catalogue[id]

describe('bauplan/call-activity-reference', () => {
  it('accepts a call of a catalogue block with a version range, with and without a catalogue', async () => {
    const xml = call(`bauplan:baustein="${BLOCK}" bauplan:version="^1.0.0"`)
    expect(withCode(await lintXml(xml), RULE)).toEqual([])
    expect(withCode(await lintXml(xml, { lookup }), RULE)).toEqual([])
  })

  it('reports a call activity that names no block and no range', async () => {
    const problems = withCode(await lintXml(call('calledElement="Process_Other"')), RULE)
    expect(problems).toHaveLength(2)
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: [
        'Die Aufrufaktivität „Identität prüfen“ (Call_1) nennt keinen Baustein',
        'bauplan:baustein fehlt',
      ],
      en: [
        'The call activity "Identität prüfen" (Call_1) names no building block',
        'bauplan:baustein is missing',
      ],
    })
    expectFinding(problems[1], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: ['hat keinen Versionsbereich', 'bauplan:version fehlt'],
      en: ['has no version range', 'bauplan:version is missing'],
    })
  })

  it('reports an id that is not a block id and a range the domain does not accept', async () => {
    const problems = withCode(
      await lintXml(call('bauplan:baustein="identitaet-pruefen" bauplan:version="^1.0.0-beta"')),
      RULE
    )
    expectFinding(problems[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: ['„identitaet-pruefen“ in bauplan:baustein ist keine Baustein-ID'],
      en: ['"identitaet-pruefen" in bauplan:baustein is not a building-block id'],
    })
    expectFinding(problems[1], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: ['Der Versionsbereich „^1.0.0-beta“ in bauplan:version ist ungültig'],
      en: ['the version range "^1.0.0-beta" in bauplan:version is invalid'],
    })
  })

  it('with a catalogue, reports an unknown block, a block without published versions and an unmatched range', async () => {
    const unknown = withCode(
      await lintXml(
        call('bauplan:baustein="urn:bauplan:baustein:sn:gibt-es-nicht" bauplan:version="^1.0.0"'),
        { lookup }
      ),
      RULE
    )
    expectFinding(unknown[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: ['„urn:bauplan:baustein:sn:gibt-es-nicht“ auf, den der Katalog nicht kennt'],
      en: ['"urn:bauplan:baustein:sn:gibt-es-nicht", which the catalogue does not know'],
    })
    const unpublished = withCode(
      await lintXml(
        call('bauplan:baustein="urn:bauplan:baustein:sn:neu" bauplan:version="^1.0.0"'),
        { lookup }
      ),
      RULE
    )
    expectFinding(unpublished[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: ['noch keine Version veröffentlicht'],
      en: ['has no published version yet'],
    })
    const unmatched = withCode(
      await lintXml(call(`bauplan:baustein="${BLOCK}" bauplan:version="^3.0.0"`), { lookup }),
      RULE
    )
    expectFinding(unmatched[0], {
      code: RULE,
      severity: 'error',
      elementId: 'Call_1',
      de: [
        'Keine veröffentlichte Version',
        'im Bereich „^3.0.0“',
        'Veröffentlicht: 1.0.0, 1.2.0, 2.0.0',
      ],
      en: ['no published version', 'in the range "^3.0.0"', 'Published: 1.0.0, 1.2.0, 2.0.0'],
    })
  })

  it('reads the attributes also when the model was parsed without the bauplan extension', async () => {
    // An editor set up without the extension leaves the attributes in $attrs instead of properties.
    const definitions = await definitionsOf(
      call(`bauplan:baustein="${BLOCK}" bauplan:version="^9.0.0"`)
    )
    const process = (definitions.rootElements as ModdleElement[])[0]
    const callActivity = (process?.flowElements as ModdleElement[]).find((e) => e.id === 'Call_1')
    if (!callActivity) throw new Error('no call activity')
    const attrs = callActivity.$attrs as Record<string, unknown>
    attrs['bauplan:baustein'] = callActivity.baustein
    attrs['bauplan:version'] = callActivity.version
    delete callActivity.baustein
    delete callActivity.version
    const problems = withCode(await lintBaustein({ bpmnDefinitions: definitions, lookup }), RULE)
    expect(problems.map((p) => p.message.en)).toEqual([
      expect.stringContaining(
        `no published version of the block "${BLOCK}" lies in the range "^9.0.0"`
      ),
    ])
  })
})
