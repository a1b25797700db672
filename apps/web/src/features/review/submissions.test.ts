import { describe, expect, it } from 'vitest'
import {
  overviewOf,
  referenceBlock,
  reviewEvent,
  versionSummaryOf,
} from '../../lib/testing/referenceData'
import { submissionsOf } from './submissions'

const block = referenceBlock('bescheid-erstellen')

describe('submissionsOf', () => {
  it('pairs each of the user’s submissions with the next decision on that version', () => {
    const history = [
      reviewEvent(block, 'eingereicht', 'me', '2026-12-01T10:00:00Z', 'erste Fassung', 1),
      reviewEvent(
        block,
        'zurueckgewiesen',
        'curator',
        '2026-12-02T10:00:00Z',
        'Rechtsgrundlage fehlt',
        2
      ),
      reviewEvent(block, 'eingereicht', 'me', '2026-12-03T10:00:00Z', null, 3),
      reviewEvent(block, 'veroeffentlicht', 'curator', '2026-12-04T10:00:00Z', null, 4),
    ]
    const other = versionSummaryOf(
      block,
      'in_pruefung',
      [reviewEvent(block, 'eingereicht', 'someone-else', '2026-12-05T10:00:00Z', null, 5)],
      '1.0.2'
    )
    const pending = versionSummaryOf(
      block,
      'in_pruefung',
      [reviewEvent(block, 'eingereicht', 'me', '2026-12-06T10:00:00Z', null, 6)],
      '1.1.0'
    )
    const overview = overviewOf(
      block,
      [pending, other, versionSummaryOf(block, 'veroeffentlicht', history)],
      ''
    )
    const result = submissionsOf('me', [overview])
    expect(result.map((s) => [s.version, s.outcome, s.reason])).toEqual([
      ['1.1.0', 'pending', null],
      ['1.0.0', 'veroeffentlicht', null],
      ['1.0.0', 'zurueckgewiesen', 'Rechtsgrundlage fehlt'],
    ])
    expect(result[2]?.note).toBe('erste Fassung')
  })
})
