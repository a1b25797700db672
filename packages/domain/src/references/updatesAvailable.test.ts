import { describe, expect, it } from 'vitest'
import { updatesAvailable } from './updatesAvailable'

const ref = { id: 'urn:bauplan:baustein:sn:a', versionRange: '^1.2.0' }

describe('updatesAvailable', () => {
  it('reports a newer version inside the range and a newer major outside it', () => {
    expect(
      updatesAvailable(ref, '1.2.0', ['1.2.0', '1.3.0', '1.10.1', '2.0.0', '3.1.0', '3.0.0'])
    ).toEqual({
      withinRange: '1.10.1',
      newerMajor: '3.1.0',
    })
  })

  it('reports nothing when the caller is up to date', () => {
    expect(updatesAvailable(ref, '1.3.0', ['1.2.0', '1.3.0'])).toEqual({})
  })

  it('reports only a newer major when the range has nothing newer', () => {
    expect(updatesAvailable(ref, '1.3.0', ['1.3.0', '2.0.0'])).toEqual({ newerMajor: '2.0.0' })
  })

  it('does not call a newer major an outside update when the range already admits it', () => {
    const wide = { ...ref, versionRange: '>=1.0.0' }
    expect(updatesAvailable(wide, '1.3.0', ['1.3.0', '2.0.0'])).toEqual({ withinRange: '2.0.0' })
  })

  it('ignores invalid published versions and an invalid resolved version', () => {
    expect(updatesAvailable(ref, '1.3.0', ['1.3.0', '1.4.0-rc.1', 'junk', '2.0.0-beta'])).toEqual(
      {}
    )
    expect(updatesAvailable(ref, 'junk', ['1.4.0'])).toEqual({})
  })
})
