import { describe, expect, it } from 'vitest'
import { collabRoom, collabServerUrl } from './collabUrl'

describe('collab URL', () => {
  it('uses wss on https pages and the page’s own host', () => {
    expect(collabServerUrl({ protocol: 'https:', host: 'bauplan.example:8443' })).toBe(
      'wss://bauplan.example:8443/api/collab'
    )
    expect(collabServerUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe(
      'ws://localhost:8080/api/collab'
    )
  })

  it('encodes the block id into one path segment, followed by the version', () => {
    expect(collabRoom('urn:bauplan:baustein:sn:a/b', '1.0.0')).toBe(
      'urn%3Abauplan%3Abaustein%3Asn%3Aa%2Fb/1.0.0'
    )
  })
})
