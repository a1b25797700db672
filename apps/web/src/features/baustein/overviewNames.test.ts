import { describe, expect, it } from 'vitest'
import type { BlockOverview } from '../../lib/api/types'
import { overviewNames } from './overviewNames'

const overview = {
  dependencies: [
    {
      targetBlockId: 'urn:bauplan:baustein:sn:identitaet-pruefen',
      targetName: 'Identität prüfen',
      range: '^1.0.0',
      resolvedVersion: '1.0.0',
      targetState: 'veroeffentlicht',
      updates: {},
    },
  ],
  whereUsed: [
    {
      blockId: 'urn:bauplan:baustein:sn:gewerbe-anmelden',
      name: null,
      version: '1.0.0',
      state: 'veroeffentlicht',
      range: '^1.0.0',
      resolvedVersion: '1.0.0',
    },
  ],
  variants: [
    {
      blockId: 'urn:bauplan:baustein:dresden:identitaet-pruefen',
      name: 'Identität prüfen (Dresden)',
      organisationId: 'dresden',
      organisationName: 'Landeshauptstadt Dresden',
      derivedFrom: '1.0.0',
    },
  ],
  origin: null,
} as unknown as BlockOverview

describe('overviewNames', () => {
  it('names related blocks as the server did, and falls back to the end of the URN', () => {
    const nameOf = overviewNames(overview)
    expect(nameOf('urn:bauplan:baustein:sn:identitaet-pruefen')).toBe('Identität prüfen')
    expect(nameOf('urn:bauplan:baustein:dresden:identitaet-pruefen')).toBe(
      'Identität prüfen (Dresden)'
    )
    expect(nameOf('urn:bauplan:baustein:sn:gewerbe-anmelden')).toBe('gewerbe-anmelden')
  })
})
