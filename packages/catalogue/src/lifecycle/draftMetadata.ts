import { isBausteinId, isVersion, type Problem } from '@bauplan/domain'
import type { JsonObject } from '../model/json'
import { ValidationError } from './errors'

function problem(pointer: string, de: string, en: string): Problem {
  return {
    code: 'lifecycle.invalidDraft',
    severity: 'error',
    file: 'baustein.json',
    pointer,
    message: { de, en },
  }
}

/** The block id a draft's metadata names; without a well-formed id the draft has no place to go. */
export function requireDraftId(metadata: JsonObject): string {
  const id = metadata.id
  if (typeof id === 'string' && isBausteinId(id)) return id
  throw new ValidationError([
    problem(
      '/id',
      'Die Metadaten brauchen eine Baustein-ID (URN wie urn:bauplan:baustein:sn:identitaet-pruefen), damit der Entwurf gespeichert werden kann.',
      'The metadata needs a block id (a URN like urn:bauplan:baustein:sn:identitaet-pruefen) so the draft can be stored.'
    ),
  ])
}

/**
 * The version a draft's metadata names, or `fallback` when it names none. A version that is present
 * but malformed is refused: it would become the key of the stored version.
 */
export function draftVersionOf(metadata: JsonObject, fallback: string): string {
  const version = metadata.version
  if (version === undefined) return fallback
  if (typeof version === 'string' && isVersion(version)) return version
  throw new ValidationError([
    problem(
      '/version',
      `Die Version „${String(version)}“ ist keine Versionsnummer der Form MAJOR.MINOR.PATCH (z. B. 1.0.0).`,
      `The version "${String(version)}" is not a version number of the form MAJOR.MINOR.PATCH (e.g. 1.0.0).`
    ),
  ])
}

export function requireSameId(metadata: JsonObject, blockId: string): void {
  if (metadata.id === undefined || metadata.id === blockId) return
  throw new ValidationError([
    problem(
      '/id',
      `Die Metadaten nennen die ID „${String(metadata.id)}“, der Entwurf gehört aber zum Baustein „${blockId}“; die ID eines Bausteins ändert sich nie.`,
      `The metadata names the id "${String(metadata.id)}", but the draft belongs to the block "${blockId}"; a block's id never changes.`
    ),
  ])
}

/** `letzteAenderung` as the schema's examples write it: UTC, whole seconds. */
export function timestampOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
