/**
 * Which actions the signed-in user gets for the shown version, from role and state — the same rules
 * the catalogue service enforces (analysts of the owning organisation write and submit; curators of
 * that organisation or of a coordination body review and deprecate, never their own submission;
 * IT providers only read published versions and download them).
 */
import type { BlockOverview, User, VersionSummary } from '../../lib/api/types'
import {
  analystOrganisations,
  isAnalystOf,
  isCuratorFor,
  type OrganisationLookup,
} from '../../lib/session/roles'

export interface AvailableActions {
  edit: boolean
  submit: boolean
  newDraft: boolean
  /** Approve or reject. */
  review: boolean
  /** The user submitted this version and may therefore not review it (four eyes). */
  ownSubmission: boolean
  deprecate: boolean
  deriveVariant: boolean
  /** The open draft or review of this block, when another version is shown. */
  openVersion: VersionSummary | undefined
}

export function availableActions(
  user: User,
  overview: BlockOverview,
  shown: VersionSummary,
  organisations: OrganisationLookup
): AvailableActions {
  const owner = overview.block.organisationId
  const analyst = isAnalystOf(user, owner)
  const curator = isCuratorFor(user, owner, organisations)
  const open = overview.versions.find((v) => v.state === 'entwurf' || v.state === 'in_pruefung')
  const submitter = lastSubmitter(shown)
  const ownSubmission = shown.state === 'in_pruefung' && submitter === user.id
  return {
    edit: analyst && shown.state === 'entwurf',
    submit: analyst && shown.state === 'entwurf',
    newDraft: analyst && overview.latestPublished !== null && open === undefined,
    review: curator && shown.state === 'in_pruefung' && !ownSubmission,
    ownSubmission: curator && ownSubmission,
    deprecate: curator && shown.state === 'veroeffentlicht',
    deriveVariant: analystOrganisations(user).length > 0 && shown.state === 'veroeffentlicht',
    openVersion: open && open.version !== shown.version ? open : undefined,
  }
}

export function lastSubmitter(version: VersionSummary): string | null | undefined {
  return [...version.history].reverse().find((event) => event.kind === 'eingereicht')?.actorId
}

/** Whether the actions panel has anything to offer (approve and reject live in the review panel). */
export function hasAnyAction(actions: AvailableActions): boolean {
  return (
    actions.edit || actions.submit || actions.newDraft || actions.deprecate || actions.deriveVariant
  )
}
