import { InvalidInputError } from '../errors'
import type { VersionKey } from '../model/inputs'

/**
 * The name of a draft's collaborative document: `<blockId>@<version>`, e.g.
 * `urn:bauplan:baustein:sn:identitaet-pruefen@1.0.0`. Block ids are URNs and versions are semver, so
 * neither contains `@` and the last `@` separates them.
 */
export function collabDocumentName(key: VersionKey): string {
  return `${key.blockId}@${key.version}`
}

/** The version a document name stands for; InvalidInputError when the name has no such shape. */
export function versionOfCollabDocument(docName: string): VersionKey {
  const at = docName.lastIndexOf('@')
  const blockId = docName.slice(0, at)
  const version = docName.slice(at + 1)
  if (at <= 0 || version === '' || blockId.includes('@')) {
    throw new InvalidInputError('docName', {
      de: `„${docName}“ ist kein Dokumentname der Form <Baustein-ID>@<Version>.`,
      en: `"${docName}" is not a document name of the form <block id>@<version>.`,
    })
  }
  return { blockId, version }
}
