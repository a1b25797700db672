/**
 * Block ids and versions on the command line: `urn:bauplan:baustein:sn:identitaet-pruefen@1.0.0`.
 * Checked here, so a typo is a usage error with an example instead of a confusing 404.
 */
import { isBausteinId, isVersion } from '@bauplan/domain'
import { UsageError } from '../errors'

export interface BlockArgument {
  id: string
  version?: string
}

const EXAMPLE_ID = 'urn:bauplan:baustein:sn:identitaet-pruefen'

export function parseBlockArgument(value: string, command: string): BlockArgument {
  const at = value.lastIndexOf('@')
  const id = at < 0 ? value : value.slice(0, at)
  const version = at < 0 ? undefined : value.slice(at + 1)
  requireBlockId(id, command)
  if (version !== undefined) requireVersion(version, command)
  return version !== undefined ? { id, version } : { id }
}

export function requireBlockId(id: string, command: string): string {
  if (isBausteinId(id)) return id
  throw new UsageError(
    'usage.invalidBlockId',
    {
      de: `„${id}“ ist keine Baustein-ID. Eine ID ist eine URN, z. B. ${EXAMPLE_ID} (mit Version: ${EXAMPLE_ID}@1.0.0).`,
      en: `"${id}" is not a block id. An id is a URN, e.g. ${EXAMPLE_ID} (with a version: ${EXAMPLE_ID}@1.0.0).`,
    },
    command
  )
}

export function requireVersion(version: string, command: string): string {
  if (isVersion(version)) return version
  throw new UsageError(
    'usage.invalidVersion',
    {
      de: `„${version}“ ist keine Versionsnummer der Form MAJOR.MINOR.PATCH (z. B. 1.0.0).`,
      en: `"${version}" is not a version number of the form MAJOR.MINOR.PATCH (e.g. 1.0.0).`,
    },
    command
  )
}

/** A whole number within bounds, for --limit, --page, --days. */
export function parseCount(
  value: string | undefined,
  option: string,
  bounds: { min: number; max: number; fallback: number },
  command: string
): number {
  if (value === undefined) return bounds.fallback
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (Number.isSafeInteger(number) && number >= bounds.min && number <= bounds.max) return number
  throw new UsageError(
    'usage.invalidNumber',
    {
      de: `--${option} muss eine ganze Zahl von ${bounds.min} bis ${bounds.max} sein, nicht „${value}“.`,
      en: `--${option} must be a whole number from ${bounds.min} to ${bounds.max}, not "${value}".`,
    },
    command
  )
}
