import { describe, expect, it } from 'vitest'
import type { Organisation } from '../../lib/api/types'
import {
  demoUser,
  ORGANISATIONS,
  overviewOf,
  referenceBlock,
  reviewEvent,
  versionSummaryOf,
} from '../../lib/testing/referenceData'
import { availableActions } from './availableActions'

const block = referenceBlock('identitaet-pruefen')
const organisations = new Map<string, Organisation>(ORGANISATIONS.map((o) => [o.id, o]))
const published = versionSummaryOf(block, 'veroeffentlicht', [])
const draft = versionSummaryOf(block, 'entwurf', [], '1.0.1')
const review = versionSummaryOf(
  block,
  'in_pruefung',
  [reviewEvent(block, 'eingereicht', 'user-modellierer', '2026-12-01T10:00:00Z')],
  '1.0.1'
)

describe('availableActions', () => {
  it('lets analysts of the owning organisation edit, submit and start drafts', () => {
    const analyst = demoUser('modellierer')
    const withDraft = overviewOf(block, [draft, published], '')
    expect(availableActions(analyst, withDraft, draft, organisations)).toMatchObject({
      edit: true,
      submit: true,
      newDraft: false,
      review: false,
    })
    const onlyPublished = overviewOf(block, [published], '')
    expect(availableActions(analyst, onlyPublished, published, organisations)).toMatchObject({
      edit: false,
      newDraft: true,
      deriveVariant: true,
      deprecate: false,
    })
  })

  it('gives analysts of another organisation only the variant', () => {
    const dresden = demoUser('modellierer', 'dresden')
    const actions = availableActions(
      dresden,
      overviewOf(block, [published], ''),
      published,
      organisations
    )
    expect(actions).toMatchObject({ newDraft: false, edit: false, deriveVariant: true })
  })

  it('lets curators of a coordination body review everywhere, but never their own submission', () => {
    const curator = demoUser('kurator')
    const overview = overviewOf(block, [review, published], '')
    expect(availableActions(curator, overview, review, organisations)).toMatchObject({
      review: true,
      ownSubmission: false,
    })
    const submitter = { ...curator, id: 'user-modellierer' }
    expect(availableActions(submitter, overview, review, organisations)).toMatchObject({
      review: false,
      ownSubmission: true,
    })
    const municipal = demoUser('kurator', 'dresden')
    expect(availableActions(municipal, overview, review, organisations).review).toBe(false)
  })

  it('offers IT providers nothing to change', () => {
    const provider = demoUser('it_dienstleister', 'it-dienstleister-sachsen')
    const actions = availableActions(
      provider,
      overviewOf(block, [published], ''),
      published,
      organisations
    )
    expect(Object.values(actions).filter((v) => v === true)).toEqual([])
  })
})
