import { bausteinSchema } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { referenceBlock } from '../../lib/testing/referenceData'
import {
  BAUSTEIN_ID_MAX_LENGTH,
  BAUSTEIN_ID_PATTERN,
  draftFromTemplate,
  isBlockId,
  slug,
  suggestBlockId,
} from './templateDraft'

describe('a new block from a template', () => {
  it('keeps the model and gives the copy its own identity', () => {
    const template = referenceBlock('identitaet-pruefen')
    const files = {
      'baustein.json': JSON.stringify(template),
      'identitaet-pruefen.bpmn': '<definitions/>',
    }
    const copy = draftFromTemplate(files, {
      id: 'urn:bauplan:baustein:dresden:identitaet-pruefen-vor-ort',
      name: ' Identität vor Ort prüfen ',
      organisationName: 'Landeshauptstadt Dresden',
      now: new Date('2026-12-01T10:00:00Z'),
    })
    expect(copy['identitaet-pruefen.bpmn']).toBe('<definitions/>')
    const metadata = JSON.parse(copy['baustein.json'] as string)
    expect(metadata.id).toBe('urn:bauplan:baustein:dresden:identitaet-pruefen-vor-ort')
    expect(metadata.name).toBe('Identität vor Ort prüfen')
    expect(metadata.version).toBe('1.0.0')
    expect(metadata.freigabestatus).toBe(3)
    expect(metadata.letzteAenderung).toBe('2026-12-01T10:00:00.000Z')
    expect(metadata.herausgeber).toEqual({ organisationsname: 'Landeshauptstadt Dresden' })
    expect(metadata.statusGesetztAm).toBeUndefined()
    expect(metadata.versionshinweis).toBeUndefined()
    expect(metadata.artefakte).toEqual(template.artefakte)
    expect(metadata.prozessteilnehmer).toEqual(template.prozessteilnehmer)
  })

  it('suggests readable URNs that the schema accepts', () => {
    expect(slug('Gebühr prüfen & Größe messen')).toBe('gebuehr-pruefen-groesse-messen')
    expect(suggestBlockId('dresden', 'Gewerbe ummelden')).toBe(
      'urn:bauplan:baustein:dresden:gewerbe-ummelden'
    )
    expect(isBlockId(suggestBlockId('dresden', 'Gewerbe ummelden'))).toBe(true)
    expect(isBlockId('urn:bauplan:baustein:Dresden:x')).toBe(false)
    expect(isBlockId('baustein:x')).toBe(false)
  })

  it('checks ids with the same rule as baustein.v1.schema.json', () => {
    const bausteinId = bausteinSchema.$defs.bausteinId
    expect(BAUSTEIN_ID_PATTERN.source).toBe(bausteinId.pattern)
    expect(BAUSTEIN_ID_MAX_LENGTH).toBe(bausteinId.maxLength)
  })
})
