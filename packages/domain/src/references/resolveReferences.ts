import type { Problem } from '../problem'
import { isValidRange, maxSatisfying } from '../semver/range'
import { compareVersions, isVersion } from '../semver/version'
import type {
  LocatedBausteinRef,
  ReferenceProblemOptions,
  ResolvedBausteinRef,
} from './bausteinRef'

/**
 * Published versions of a block, or `undefined` if the catalogue (or the set of folders) does not
 * know the block at all. An empty list means the block exists but has no published version yet.
 */
export type PublishedVersionsLookup = (id: string) => readonly string[] | undefined

/**
 * Pins every reference to the highest published version inside its range, as npm does: the newest
 * compatible version is what a procedure is exported and tested with. References that cannot be
 * pinned are reported and left out of `resolved`.
 */
export function resolveReferences(
  refs: readonly LocatedBausteinRef[],
  lookup: PublishedVersionsLookup,
  options: ReferenceProblemOptions = {}
): { resolved: ResolvedBausteinRef[]; problems: Problem[] } {
  const resolved: ResolvedBausteinRef[] = []
  const problems: Problem[] = []
  for (const ref of refs) {
    const where = {
      ...(ref.elementId !== undefined ? { elementId: ref.elementId } : {}),
      ...(options.file !== undefined ? { file: options.file } : {}),
    }
    if (!isValidRange(ref.versionRange)) {
      problems.push({
        code: 'ref.invalidRange',
        severity: 'error',
        message: {
          de: `Der Versionsbereich „${ref.versionRange}“ für den Baustein „${ref.id}“ ist ungültig: erlaubt sind Bereiche wie ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x oder 1.2.3.`,
          en: `The version range "${ref.versionRange}" for the block "${ref.id}" is invalid: ranges such as ^1.2.0, ~1.2.0, >=1.0.0 <2.0.0, 1.x or 1.2.3 are allowed.`,
        },
        ...where,
      })
      continue
    }
    const published = lookup(ref.id)
    if (published === undefined) {
      problems.push({
        code: 'ref.unknownBlock',
        severity: 'error',
        message: {
          de: `Der Baustein „${ref.id}“ ist im Katalog nicht bekannt; prüfen Sie die ID in bauplan:baustein.`,
          en: `The block "${ref.id}" is not known to the catalogue; check the id in bauplan:baustein.`,
        },
        ...where,
      })
      continue
    }
    const version = maxSatisfying(published, ref.versionRange)
    if (version === undefined) {
      const available = published.filter(isVersion).sort(compareVersions)
      const list = available.join(', ')
      problems.push({
        code: 'ref.noMatchingVersion',
        severity: 'error',
        message:
          available.length === 0
            ? {
                de: `Vom Baustein „${ref.id}“ ist noch keine Version veröffentlicht; der Bereich „${ref.versionRange}“ kann nicht aufgelöst werden.`,
                en: `The block "${ref.id}" has no published version yet; the range "${ref.versionRange}" cannot be resolved.`,
              }
            : {
                de: `Keine veröffentlichte Version des Bausteins „${ref.id}“ liegt im Bereich „${ref.versionRange}“. Verfügbar: ${list}.`,
                en: `No published version of the block "${ref.id}" lies in the range "${ref.versionRange}". Available: ${list}.`,
              },
        ...where,
      })
      continue
    }
    resolved.push({ ...ref, version })
  }
  return { resolved, problems }
}
