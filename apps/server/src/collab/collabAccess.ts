/**
 * What a user may do with a draft's shared document, decided by the catalogue's rules: analysts
 * (Modellierer) of the owning organisation write while the version is `entwurf` (as
 * `updateDraft` allows); whoever may read the version (the catalogue service's `getFile` rights:
 * a role in some organisation, drafts hidden from IT providers) follows read-only.
 */
import { METADATA_FILE } from '@bauplan/domain'
import {
  ForbiddenError,
  NotFoundError,
  hasRole,
  type CatalogueService,
  type CatalogueStore,
  type VersionState,
} from '@bauplan/catalogue'
import type { CatalogueActor } from '../plugins/catalogueService'
import type { CollabTarget } from './collabRoute'

export type CollabAccess =
  | { kind: 'write'; state: VersionState }
  | { kind: 'read'; state: VersionState }
  | { kind: 'none' }
  | { kind: 'missing' }

export async function collabAccess(
  store: CatalogueStore,
  catalogue: CatalogueService,
  actor: CatalogueActor,
  target: CollabTarget
): Promise<CollabAccess> {
  const version = await store.getVersion(target)
  const block = version === null ? null : await store.getBlock(target.blockId)
  if (version === null || block === null) return { kind: 'missing' }
  try {
    // The service's read check (reader role, visibility of unpublished versions).
    await catalogue.getFile(actor, target.blockId, target.version, METADATA_FILE)
  } catch (error) {
    if (error instanceof ForbiddenError) return { kind: 'none' }
    if (error instanceof NotFoundError) return { kind: 'missing' }
    throw error
  }
  const writes = version.state === 'entwurf' && hasRole(actor, 'modellierer', block.organisationId)
  return { kind: writes ? 'write' : 'read', state: version.state }
}
