import type { BlockVersion } from '../model/records'
import type { Actor } from './actor'
import { ForbiddenError } from './errors'
import { isReader, seesDrafts } from './rights'
import { isPublished } from './versionsOf'

export function visibleTo(actor: Actor, version: BlockVersion): boolean {
  return seesDrafts(actor) || isPublished(version)
}

/**
 * Whether `actor` may read `version` at all: a role somewhere (as `requireReader`) and the
 * version visible to them (as `requireVisible`). For callers that only need the answer, such as
 * the collaboration server re-checking hundreds of open connections every few seconds.
 */
export function mayRead(actor: Actor, version: BlockVersion): boolean {
  return isReader(actor) && visibleTo(actor, version)
}

/** IT providers read published and deprecated versions only; drafts are the modellers' work. */
export function requireVisible(actor: Actor, version: BlockVersion): void {
  if (visibleTo(actor, version)) return
  throw new ForbiddenError('lifecycle.forbidden.unpublished', {
    de: `Lesen: ${version.blockId}@${version.version} ist nicht veröffentlicht; unveröffentlichte Versionen sehen nur Modellierer, Kuratoren und Administratoren.`,
    en: `Reading: ${version.blockId}@${version.version} is not published; unpublished versions are visible to analysts, curators and administrators only.`,
  })
}
