import { describe, expect, it } from 'vitest'
import { parseCollabUrl } from './collabRoute'

const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'

describe('parseCollabUrl', () => {
  it('reads the encoded block id and the version y-websocket appends to /api/collab', () => {
    expect(parseCollabUrl(`/api/collab/${encodeURIComponent(BLOCK)}/1.2.0`)).toEqual({
      blockId: BLOCK,
      version: '1.2.0',
    })
    // Query parameters (y-websocket `params`) are ignored.
    expect(parseCollabUrl(`/api/collab/${encodeURIComponent(BLOCK)}/1.2.0?x=1`)?.version).toBe(
      '1.2.0'
    )
  })

  it('refuses other paths, missing parts, versions that are not X.Y.Z and bad encodings', () => {
    for (const url of [
      undefined,
      '/api/health',
      '/api/collab/',
      `/api/collab/${encodeURIComponent(BLOCK)}`,
      `/api/collab/${encodeURIComponent(BLOCK)}/1.2`,
      `/api/collab/${encodeURIComponent(BLOCK)}/1.2.0/extra`,
      '/api/collab/%E0%A4%A/1.0.0',
      `/api/collab/${encodeURIComponent('a@b')}/1.0.0`,
      `/api/collab/${'x'.repeat(501)}/1.0.0`,
    ]) {
      expect(parseCollabUrl(url), String(url)).toBeUndefined()
    }
  })
})
