import type { Problem } from '../problem'
import { bumpBetween, bumpVersion, compareVersions, isVersion, type BumpKind } from './version'

/**
 * The version rule of the catalogue.
 *
 * 1. A building block that has never been published starts its first draft at **1.0.0**.
 * 2. Every later draft takes its number from the **highest published version** (not from the most
 *    recent one: a fix to an old major line must not collide with or undercut the current line),
 *    raised by the bump its changes require (`requiredBump`, `interfaceChanges`). The interface of a
 *    block is its process id, its input and output fields (type, required) and its decisions
 *    (inputs, outputs).
 *    - **major** when an existing caller can break: the process id changes; a field's data type
 *      changes; an optional input becomes required or a new required input appears; an output field
 *      is removed or no longer always delivered; a decision or one of its outputs is removed; a
 *      decision needs a new input.
 *    - **minor** when the interface changes but every existing caller keeps working: a new optional
 *      input, output field, decision or decision output; an input made optional; an output now
 *      always delivered; an input or decision input the block no longer needs (callers may keep
 *      sending it, it is ignored).
 *    - **patch** when the interface is unchanged (wording, layout, documentation, internal tasks,
 *      decision rules behind an unchanged interface).
 * 3. An author may choose a larger bump than required, never a smaller one, and the new number must
 *    be greater than every published version (`checkVersionBump`). Skipping numbers is allowed but
 *    warned about. Published versions are never changed or reused.
 */
export function nextDraftVersion(
  lastPublished: string | undefined,
  bump: BumpKind = 'patch'
): string {
  if (lastPublished === undefined) return '1.0.0'
  return bumpVersion(lastPublished, bump)
}

const BUMP_NAMES: Record<BumpKind, { de: string; en: string }> = {
  major: { de: 'Hauptversion (major)', en: 'major version' },
  minor: { de: 'Nebenversion (minor)', en: 'minor version' },
  patch: { de: 'Korrekturversion (patch)', en: 'patch version' },
}

/**
 * Checks a proposed version number against the rule above. `lastPublished` is the highest
 * published version (`undefined` for a block never published: then any plain version is accepted,
 * so blocks imported with an existing history keep their numbers). Problems point at `/version`.
 */
export function checkVersionBump(
  lastPublished: string | undefined,
  proposed: string,
  required: BumpKind
): Problem[] {
  const pointer = '/version'
  if (!isVersion(proposed)) {
    return [
      {
        code: 'version.invalid',
        severity: 'error',
        pointer,
        message: {
          de: `Die Version „${proposed}“ ist keine gültige Versionsnummer: erwartet wird MAJOR.MINOR.PATCH aus Zahlen ohne führende Nullen, z. B. 1.4.0.`,
          en: `The version "${proposed}" is not a valid version number: expected MAJOR.MINOR.PATCH made of numbers without leading zeros, e.g. 1.4.0.`,
        },
      },
    ]
  }
  if (lastPublished === undefined) return []
  if (compareVersions(proposed, lastPublished) <= 0) {
    return [
      {
        code: 'version.notGreater',
        severity: 'error',
        pointer,
        message: {
          de: `Die Version ${proposed} muss größer sein als die höchste veröffentlichte Version ${lastPublished}; veröffentlichte Versionen werden nie wiederverwendet. Nächste passende Version: ${bumpVersion(lastPublished, required)}.`,
          en: `The version ${proposed} must be greater than the highest published version ${lastPublished}; published versions are never reused. Next suitable version: ${bumpVersion(lastPublished, required)}.`,
        },
      },
    ]
  }
  const minimum = bumpVersion(lastPublished, required)
  if (compareVersions(proposed, minimum) < 0) {
    const actual = bumpBetween(lastPublished, proposed) ?? 'patch'
    return [
      {
        code: 'version.bumpTooSmall',
        severity: 'error',
        pointer,
        message: {
          de: `Die Änderungen erfordern eine neue ${BUMP_NAMES[required].de}, also mindestens ${minimum}; ${proposed} erhöht nur die ${BUMP_NAMES[actual].de} gegenüber ${lastPublished}.`,
          en: `The changes require a new ${BUMP_NAMES[required].en}, i.e. at least ${minimum}; ${proposed} only raises the ${BUMP_NAMES[actual].en} over ${lastPublished}.`,
        },
      },
    ]
  }
  const chosen = bumpBetween(lastPublished, proposed) ?? 'patch'
  const expected = bumpVersion(lastPublished, chosen)
  if (proposed !== expected) {
    // Allowed, but almost always a typo (1.20.0 for 1.2.0): gaps confuse everyone reading the history.
    return [
      {
        code: 'version.skipsVersions',
        severity: 'warning',
        pointer,
        message: {
          de: `Die Version ${proposed} überspringt Versionsnummern: Auf ${lastPublished} folgt bei einer ${BUMP_NAMES[chosen].de} üblicherweise ${expected}.`,
          en: `The version ${proposed} skips version numbers: after ${lastPublished}, a ${BUMP_NAMES[chosen].en} is usually ${expected}.`,
        },
      },
    ]
  }
  return []
}
