import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../lib/api/types'
import { auditEntry, demoUser, ORGANISATIONS } from '../../lib/testing/referenceData'
import { deriveNotifications } from './deriveNotifications'

const organisations = new Map<string, Organisation>(ORGANISATIONS.map((o) => [o.id, o]))
const OWN = 'urn:bauplan:baustein:dresden:hundesteuer'
const FOREIGN = 'urn:bauplan:baustein:leipzig:parkausweis'
const owners = new Map([
  [OWN, 'dresden'],
  [FOREIGN, 'leipzig'],
])

describe('deriveNotifications', () => {
  it('keeps what others did to the user’s organisation’s blocks, newest first', () => {
    const analyst = demoUser('modellierer', 'dresden', 'me')
    const entries = [
      auditEntry(1, 'version.submitted', OWN, 'me', '2026-12-01T10:00:00Z', {
        note: 'bitte prüfen',
      }),
      auditEntry(2, 'version.rejected', OWN, 'curator', '2026-12-02T10:00:00Z', {
        reason: 'Frist fehlt',
      }),
      auditEntry(3, 'version.draftUpdated', OWN, 'colleague', '2026-12-03T10:00:00Z'),
      auditEntry(4, 'version.published', FOREIGN, 'curator', '2026-12-04T10:00:00Z'),
      auditEntry(5, 'version.published', OWN, 'curator', '2026-12-05T10:00:00Z', {
        comment: 'gut',
      }),
      auditEntry(5, 'version.published', OWN, 'curator', '2026-12-05T10:00:00Z', {
        comment: 'gut',
      }),
    ]
    const result = deriveNotifications(entries, analyst, owners, organisations)
    expect(result.map((n) => [n.id, n.action, n.text])).toEqual([
      [5, 'version.published', 'gut'],
      [2, 'version.rejected', 'Frist fehlt'],
    ])
  })

  it('tells curators of a coordination body about submissions anywhere', () => {
    const curator = demoUser('kurator', 'sn-koordinierungsstelle', 'cur')
    const entries = [
      auditEntry(1, 'version.submitted', FOREIGN, 'analyst', '2026-12-01T10:00:00Z', {
        note: 'neu',
      }),
      auditEntry(2, 'version.published', FOREIGN, 'other-curator', '2026-12-02T10:00:00Z'),
    ]
    const result = deriveNotifications(entries, curator, owners, organisations)
    expect(result.map((n) => [n.action, n.text])).toEqual([['version.submitted', 'neu']])
    const municipal = demoUser('kurator', 'dresden', 'cur2')
    expect(deriveNotifications(entries, municipal, owners, organisations)).toEqual([])
  })
})
