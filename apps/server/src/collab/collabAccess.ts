/**
 * What a user may do with a draft's shared document, decided by the catalogue's rules: analysts
 * (Modellierer) of the owning organisation write while the version is `entwurf` (as
 * `updateDraft` allows); whoever may read the version (the catalogue's `mayRead`, the rule its
 * `getFile` applies: a role in some organisation, drafts hidden from IT providers) follows read-only.
 */
import { hasRole, mayRead, type CatalogueStore, type VersionState } from '@bauplan/catalogue'
import type { CatalogueActor } from '../plugins/catalogueService'
import type { CollabTarget } from './collabRoute'

export type CollabAccess =
  | { kind: 'write'; state: VersionState }
  | { kind: 'read'; state: VersionState }
  | { kind: 'none' }
  | { kind: 'missing' }

export async function collabAccess(
  store: CatalogueStore,
  actor: CatalogueActor,
  target: CollabTarget
): Promise<CollabAccess> {
  const version = await store.getVersion(target)
  const block = version === null ? null : await store.getBlock(target.blockId)
  if (version === null || block === null) return { kind: 'missing' }
  // The service's read rule (a role somewhere, unpublished versions hidden from IT providers),
  // without reading a file: the server re-checks every open connection every few seconds.
  if (!mayRead(actor, version)) return { kind: 'none' }
  const writes = version.state === 'entwurf' && hasRole(actor, 'modellierer', block.organisationId)
  return { kind: writes ? 'write' : 'read', state: version.state }
}
