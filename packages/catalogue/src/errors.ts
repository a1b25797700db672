import type { LocalizedText, Problem } from '@bauplan/domain'

/** What a stored record is, named in error messages. */
export type CatalogueEntity =
  | 'organisation'
  | 'user'
  | 'account'
  | 'membership'
  | 'session'
  | 'apiToken'
  | 'block'
  | 'version'
  | 'file'
  | 'reference'
  | 'relation'
  | 'reviewEvent'
  | 'auditEntry'
  | 'meta'

const ENTITY_LABELS: Record<CatalogueEntity, LocalizedText> = {
  organisation: { de: 'Organisation', en: 'organisation' },
  user: { de: 'Benutzer', en: 'user' },
  account: { de: 'Benutzerkonto', en: 'account' },
  membership: { de: 'Rolle', en: 'role membership' },
  session: { de: 'Sitzung', en: 'session' },
  apiToken: { de: 'API-Token', en: 'API token' },
  block: { de: 'Baustein', en: 'building block' },
  version: { de: 'Baustein-Version', en: 'building block version' },
  file: { de: 'Datei', en: 'file' },
  reference: { de: 'Referenz', en: 'reference' },
  relation: { de: 'Relation', en: 'relation' },
  reviewEvent: { de: 'Prüfereignis', en: 'review event' },
  auditEntry: { de: 'Protokolleintrag', en: 'audit entry' },
  meta: { de: 'Metadatum', en: 'meta entry' },
}

export function entityLabel(entity: CatalogueEntity): LocalizedText {
  return ENTITY_LABELS[entity]
}

function problem(code: string, message: LocalizedText, pointer?: string): Problem {
  return pointer === undefined
    ? { code, severity: 'error', message }
    : { code, severity: 'error', message, pointer }
}

/** Every error the store throws. `problem` is what a user sees; `code` is stable for programs. */
export class CatalogueError extends Error {
  readonly code: string
  readonly problem: Problem

  constructor(problemValue: Problem, options?: { cause?: unknown }) {
    super(problemValue.message.en, options)
    this.name = new.target.name
    this.code = problemValue.code
    this.problem = problemValue
  }
}

export class NotFoundError extends CatalogueError {
  constructor(
    readonly entity: CatalogueEntity,
    readonly key: string
  ) {
    const label = entityLabel(entity)
    super(
      problem('catalogue.notFound', {
        de: `${label.de} „${key}“ gibt es nicht.`,
        en: `The ${label.en} "${key}" does not exist.`,
      })
    )
  }
}

export class UniqueViolationError extends CatalogueError {
  constructor(
    readonly entity: CatalogueEntity,
    readonly key: string | undefined,
    options?: { cause?: unknown }
  ) {
    const label = entityLabel(entity)
    const which = key === undefined ? '' : ` „${key}“`
    const whichEn = key === undefined ? '' : ` "${key}"`
    super(
      problem('catalogue.duplicate', {
        de: `${label.de}${which} gibt es schon; der Schlüssel muss eindeutig sein.`,
        en: `The ${label.en}${whichEn} already exists; its key must be unique.`,
      }),
      options
    )
  }
}

/** A record points to one that does not exist, or a record is still referenced by others. */
export class ReferenceViolationError extends CatalogueError {
  constructor(
    readonly entity: CatalogueEntity | undefined,
    options?: { cause?: unknown }
  ) {
    const label = entity === undefined ? undefined : entityLabel(entity)
    super(
      problem('catalogue.missingReference', {
        de: `${label ? `${label.de}: ` : ''}Ein Verweis zeigt auf einen Eintrag, den es nicht gibt, oder ein noch verwendeter Eintrag sollte entfernt werden.`,
        en: `${label ? `${label.en}: ` : ''}a reference points to a record that does not exist, or a record that is still referenced was to be removed.`,
      }),
      options
    )
  }
}

export class InvalidInputError extends CatalogueError {
  constructor(
    readonly field: string,
    reason: LocalizedText,
    options?: { cause?: unknown }
  ) {
    super(
      problem(
        'catalogue.invalidInput',
        { de: `Feld „${field}“: ${reason.de}`, en: `Field "${field}": ${reason.en}` },
        `/${field}`
      ),
      options
    )
  }
}

/** The database refused to change a published version's content (or to take it back to a draft). */
export class ImmutableVersionError extends CatalogueError {
  constructor(
    readonly key: string | undefined,
    options?: { cause?: unknown }
  ) {
    const which = key === undefined ? '' : ` ${key}`
    super(
      problem('catalogue.versionImmutable', {
        de: `Die Version${which} ist veröffentlicht; ihr Inhalt, ihre Dateien und Referenzen sind unveränderlich und sie wird nicht wieder zum Entwurf.`,
        en: `Version${which} is published; its content, files and references are immutable and it cannot become a draft again.`,
      }),
      options
    )
  }
}

/** The database refused to change or delete an entry of an append-only history (audit, review events). */
export class AppendOnlyViolationError extends CatalogueError {
  constructor(options?: { cause?: unknown }) {
    super(
      problem('catalogue.appendOnly', {
        de: 'Protokoll und Prüfhistorie können nur ergänzt, nicht geändert oder gelöscht werden.',
        en: 'The audit log and review history can only be appended to, never changed or deleted.',
      }),
      options
    )
  }
}

export class TransactionMisuseError extends CatalogueError {
  constructor(what: LocalizedText) {
    super(problem('catalogue.transactionMisuse', what))
  }
}

export class MigrationError extends CatalogueError {
  constructor(reason: LocalizedText, options?: { cause?: unknown }) {
    super(problem('catalogue.migration', reason), options)
  }
}

/** A database failure that is none of the above (connection lost, disk full, …). */
export class StorageError extends CatalogueError {
  constructor(options: { cause: unknown }) {
    const detail = options.cause instanceof Error ? options.cause.message : String(options.cause)
    super(
      problem('catalogue.storage', {
        de: `Die Datenbank hat einen Fehler gemeldet: ${detail}`,
        en: `The database reported an error: ${detail}`,
      }),
      options
    )
  }
}
