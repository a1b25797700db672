import { describe, expect, it } from 'vitest'
import { CatalogueError, InvalidInputError, NotFoundError, StorageError } from '../errors'
import { CollabDocumentFrozenError, CollabDocumentTooLargeError } from './collabErrors'
import { outcomesFromTransfer, outcomesToTransfer } from './collabOutcomeTransfer'
import type { CollabAppendOutcome } from './collabRecords'

/** Across a thread boundary: to plain data, structured-cloned as postMessage does, and back. */
function roundTrip(outcomes: CollabAppendOutcome[]): CollabAppendOutcome[] {
  return outcomesFromTransfer(structuredClone(outcomesToTransfer(outcomes)))
}

function errorAt(outcomes: CollabAppendOutcome[], index: number): unknown {
  const outcome = outcomes[index]
  if (outcome === undefined || outcome.ok) throw new Error(`outcome ${index} is not a refusal`)
  return outcome.error
}

describe('append outcomes across a thread boundary', () => {
  it('keeps results and rebuilds each refusal as its own class with its fields', () => {
    const outcomes = roundTrip([
      { ok: true, result: { seq: 4, storedBytes: 120, storedUpdates: 3 } },
      { ok: false, error: new CollabDocumentFrozenError('a@1.0.0', 'in_pruefung') },
      { ok: false, error: new CollabDocumentTooLargeError('a@1.0.0', 90, 20, 100) },
      { ok: false, error: new NotFoundError('version', 'b@2.0.0') },
    ])
    expect(outcomes[0]).toEqual({
      ok: true,
      result: { seq: 4, storedBytes: 120, storedUpdates: 3 },
    })
    const frozen = errorAt(outcomes, 1)
    expect(frozen).toBeInstanceOf(CollabDocumentFrozenError)
    expect(frozen).toMatchObject({ label: 'a@1.0.0', state: 'in_pruefung' })
    const tooLarge = errorAt(outcomes, 2)
    expect(tooLarge).toBeInstanceOf(CollabDocumentTooLargeError)
    expect(tooLarge).toMatchObject({ storedBytes: 90, updateBytes: 20, maxDocumentBytes: 100 })
    expect((tooLarge as CatalogueError).problem.message.de).toContain('100 Byte')
    const notFound = errorAt(outcomes, 3)
    expect(notFound).toBeInstanceOf(NotFoundError)
    expect(notFound).toMatchObject({ entity: 'version', key: 'b@2.0.0' })
  })

  it('keeps the code and both languages of any other store error', () => {
    const original = new InvalidInputError('update', { de: 'leer.', en: 'empty.' })
    const error = errorAt(roundTrip([{ ok: false, error: original }]), 0)
    expect(error).toBeInstanceOf(CatalogueError)
    expect((error as CatalogueError).problem).toEqual(original.problem)
  })

  it('turns anything else into a StorageError that carries its message', () => {
    const error = errorAt(roundTrip([{ ok: false, error: new Error('disk I/O error') }]), 0)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).problem.message.en).toContain('disk I/O error')
  })
})
