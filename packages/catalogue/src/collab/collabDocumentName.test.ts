import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors'
import { collabDocumentName, versionOfCollabDocument } from './collabDocumentName'

describe('collaborative document names', () => {
  it('round-trips a version key through <blockId>@<version>', () => {
    const key = { blockId: 'urn:bauplan:baustein:sn:identitaet-pruefen', version: '1.2.0' }
    expect(collabDocumentName(key)).toBe('urn:bauplan:baustein:sn:identitaet-pruefen@1.2.0')
    expect(versionOfCollabDocument(collabDocumentName(key))).toEqual(key)
  })

  it.each(['ohne-version', '@1.0.0', 'urn:x@', 'a@b@1.0.0'])(
    'refuses %j, naming the field',
    (name) => {
      const error = (() => {
        try {
          versionOfCollabDocument(name)
        } catch (caught) {
          return caught
        }
        return undefined
      })()
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).problem.pointer).toBe('/docName')
    }
  )
})
