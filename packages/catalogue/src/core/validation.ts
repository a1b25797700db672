import { InvalidInputError } from '../errors'
import type { JsonObject } from '../model/json'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../model/paging'

// Storage-level input checks: shapes the database relies on (keys, versions, hashes, limits). Business
// rules and metadata validation live above the store.

/** Same pattern as `bausteinId` in baustein.v1.schema.json. */
const BLOCK_ID = /^urn:[a-z0-9][a-z0-9-]{0,31}(:[a-z0-9][a-z0-9._-]*)+$/
/** Same pattern as `semver` in baustein.v1.schema.json. */
const SEMVER = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/
const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const MEDIA_TYPE = /^[a-z]+\/[A-Za-z0-9.+-]+$/
const SHA256_HEX = /^[0-9a-f]{64}$/

export interface Semver {
  major: number
  minor: number
  patch: number
}

export function parseSemver(value: string, field = 'version'): Semver {
  const match = SEMVER.exec(value)
  if (!match) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist keine Version der Form X.Y.Z (z. B. 1.2.0).`,
      en: `"${value}" is not a version of the form X.Y.Z (e.g. 1.2.0).`,
    })
  }
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) }
}

export function requireBlockId(value: string, field = 'blockId'): string {
  if (value.length > 200 || !BLOCK_ID.test(value)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist keine Baustein-Kennung (URN wie urn:bauplan:baustein:sn:identitaet-pruefen).`,
      en: `"${value}" is not a building block id (a URN like urn:bauplan:baustein:sn:identitaet-pruefen).`,
    })
  }
  return value
}

export function requireOrganisationId(value: string, field = 'organisationId'): string {
  if (!ORGANISATION_ID.test(value)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist kein Organisationsschlüssel (Kleinbuchstaben, Ziffern, Bindestriche; höchstens 64 Zeichen).`,
      en: `"${value}" is not an organisation key (lower-case letters, digits, hyphens; at most 64 characters).`,
    })
  }
  return value
}

export function requireText(value: string, field: string, maxLength: number): string {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.length > maxLength) {
    throw new InvalidInputError(field, {
      de: `darf nicht leer sein und höchstens ${maxLength} Zeichen haben.`,
      en: `must not be empty and have at most ${maxLength} characters.`,
    })
  }
  return trimmed
}

export function requireOneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  field: string
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist nicht erlaubt; erlaubt sind: ${allowed.join(', ')}.`,
      en: `"${value}" is not allowed; allowed are: ${allowed.join(', ')}.`,
    })
  }
  return value as T
}

export function requireHash(value: string, field: string): string {
  if (!SHA256_HEX.test(value)) {
    throw new InvalidInputError(field, {
      de: 'muss ein sha256-Hash sein (64 Hexadezimalziffern, klein); Geheimnisse selbst werden nie gespeichert.',
      en: 'must be a sha256 hash (64 lower-case hex digits); secrets themselves are never stored.',
    })
  }
  return value
}

/** Accepts any ISO 8601 timestamp and returns it in the store's normal form (UTC, milliseconds). */
export function requireTimestamp(value: string, field: string): string {
  const time = Date.parse(value)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist kein Zeitpunkt nach ISO 8601.`,
      en: `"${value}" is not an ISO 8601 timestamp.`,
    })
  }
  return new Date(time).toISOString()
}

export function requireFileName(value: string, field: string): string {
  if (!FILE_NAME.test(value)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist kein zulässiger Dateiname (Buchstaben, Ziffern, . _ -; höchstens 100 Zeichen).`,
      en: `"${value}" is not a valid file name (letters, digits, . _ -; at most 100 characters).`,
    })
  }
  return value
}

export function requireMediaType(value: string, field: string): string {
  if (!MEDIA_TYPE.test(value)) {
    throw new InvalidInputError(field, {
      de: `„${value}“ ist kein Medientyp wie application/xml.`,
      en: `"${value}" is not a media type like application/xml.`,
    })
  }
  return value
}

export function requireJsonObject(value: unknown, field: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError(field, {
      de: 'muss ein JSON-Objekt sein.',
      en: 'must be a JSON object.',
    })
  }
  return value as JsonObject
}

export function pageLimit(limit: number | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const value = limit ?? fallback
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InvalidInputError('limit', {
      de: `muss eine ganze Zahl von 1 bis ${MAX_PAGE_SIZE} sein.`,
      en: `must be a whole number from 1 to ${MAX_PAGE_SIZE}.`,
    })
  }
  return value
}

export function pageOffset(offset: number | undefined): number {
  const value = offset ?? 0
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidInputError('offset', {
      de: 'muss eine ganze Zahl ab 0 sein.',
      en: 'must be a whole number of 0 or more.',
    })
  }
  return value
}
