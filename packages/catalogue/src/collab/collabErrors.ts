import { CatalogueError } from '../errors'
import type { VersionState } from '../model/vocabulary'

/**
 * The version is no longer a draft (submitted, published or deprecated): its collaborative document is
 * frozen, so an update to it is refused and nothing is stored.
 */
export class CollabDocumentFrozenError extends CatalogueError {
  constructor(
    readonly label: string,
    readonly state: VersionState
  ) {
    super({
      code: 'catalogue.collabDocumentFrozen',
      severity: 'error',
      message: {
        de: `Version ${label} ist kein Entwurf mehr (Zustand „${state}“); ihr gemeinsames Dokument nimmt keine Änderungen mehr an.`,
        en: `Version ${label} is no longer a draft (state "${state}"); its collaborative document accepts no more changes.`,
      },
    })
  }
}

/** An update would make the stored document larger than its limit; it is refused and not stored. */
export class CollabDocumentTooLargeError extends CatalogueError {
  constructor(
    readonly label: string,
    readonly storedBytes: number,
    readonly updateBytes: number,
    readonly maxDocumentBytes: number
  ) {
    super({
      code: 'catalogue.collabDocumentTooLarge',
      severity: 'error',
      message: {
        de: `Das gemeinsame Dokument von ${label} hat ${storedBytes} Byte gespeichert; die Änderung mit ${updateBytes} Byte würde die Grenze von ${maxDocumentBytes} Byte überschreiten und wurde nicht gespeichert.`,
        en: `The collaborative document of ${label} stores ${storedBytes} bytes; the update of ${updateBytes} bytes would exceed the limit of ${maxDocumentBytes} bytes and was not stored.`,
      },
    })
  }
}
