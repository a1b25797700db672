import type { ModdleWarning } from 'dmn-moddle'
import type { Problem } from '../problem'
import { at, type DmnSource } from './sourceIndex'

// moddle writes the skipped content as `<tag>` (or `<tag/>`) for elements and as raw text otherwise.
const UNPARSABLE =
  /^unparsable content (?:<\/?([^>/\s]*)[^>]*>|[\s\S]*?) detected\s+line: (\d+)\s+column: (\d+)\s+nested error: ([\s\S]*)$/
const DUPLICATE_ID = /^duplicate ID <([^>]*)>/
const ILLEGAL_ID = /^illegal ID <([^>]*)>/
const UNKNOWN_ELEMENT = /^(?:unknown type|unrecognized element) <([^>]*)>/
const UNRESOLVED = /^unresolved reference <([^>]*)>/
const UNKNOWN_ATTRIBUTE = /^unknown attribute <([^>]*)>/

/**
 * Turns dmn-moddle's warnings (English text with 0-based positions) into problems. moddle drops the
 * element behind an "unparsable content" warning, so such content would be lost on the next save:
 * that is why a duplicate or invalid id is an error (references to it break) and unknown or unreadable
 * content is a warning that says it will not be kept.
 */
export function moddleWarningToProblem(
  warning: ModdleWarning,
  source: DmnSource,
  file?: string
): Problem {
  const where = file !== undefined ? { file } : {}
  const unparsable = UNPARSABLE.exec(warning.message)
  if (unparsable) {
    const [, tag = '', line = '0', column = '0', nested = ''] = unparsable
    const reported = source.positionOfModdle(Number(line), Number(column))
    const duplicate = DUPLICATE_ID.exec(nested)
    if (duplicate) {
      const id = duplicate[1] ?? ''
      return {
        code: 'dmn.duplicateId',
        severity: 'error',
        message: {
          de: `Die ID „${id}“ ist mehrfach vergeben (Element <${tag}>); IDs müssen in einer DMN-Datei eindeutig sein, sonst zeigen Verweise auf das falsche Element.`,
          en: `The id "${id}" is used more than once (element <${tag}>); ids must be unique within a DMN file, otherwise references point at the wrong element.`,
        },
        elementId: id,
        ...at(source.positionOfId(id, 1) ?? reported),
        ...where,
      }
    }
    const illegal = ILLEGAL_ID.exec(nested)
    if (illegal) {
      const id = illegal[1] ?? ''
      return {
        code: 'dmn.invalidId',
        severity: 'error',
        message: {
          de: `Die ID „${id}“ des Elements <${tag}> ist keine gültige XML-ID (sie muss mit einem Buchstaben oder _ beginnen und darf nur Buchstaben, Ziffern, _, - und . enthalten); das Element wird nicht gelesen.`,
          en: `The id "${id}" of the element <${tag}> is not a valid XML id (it must start with a letter or _ and contain only letters, digits, _, - and .); the element is not read.`,
        },
        elementId: id,
        ...at(source.positionOfId(id) ?? reported),
        ...where,
      }
    }
    const unknown = UNKNOWN_ELEMENT.exec(nested)
    if (unknown) {
      return {
        code: 'dmn.unknownElement',
        severity: 'warning',
        message: {
          de: `Das Element <${tag}> ist in DMN 1.3 unbekannt und wird ignoriert; beim Speichern geht es verloren. Herstellerspezifische Inhalte gehören in <extensionElements>.`,
          en: `The element <${tag}> is unknown in DMN 1.3 and is ignored; it is lost when the model is saved. Vendor-specific content belongs in <extensionElements>.`,
        },
        ...at(reported),
        ...where,
      }
    }
    return {
      code: 'dmn.unparsableContent',
      severity: 'warning',
      message: {
        de: `Inhalt an dieser Stelle kann nicht gelesen werden (${nested.trim()}) und wird ignoriert; beim Speichern geht er verloren.`,
        en: `Content at this position cannot be read (${nested.trim()}) and is ignored; it is lost when the model is saved.`,
      },
      ...at(reported),
      ...where,
    }
  }
  const elementId = warning.element?.id
  const elementPart = {
    ...(elementId !== undefined ? { elementId } : {}),
    ...at(elementId !== undefined ? source.positionOfId(elementId) : undefined),
    ...where,
  }
  const owner = elementId !== undefined ? `„${elementId}“` : `<${warning.element?.$type ?? '?'}>`
  const ownerEn = elementId !== undefined ? `"${elementId}"` : `<${warning.element?.$type ?? '?'}>`
  const unresolved = UNRESOLVED.exec(warning.message)
  if (unresolved) {
    const target = unresolved[1] ?? ''
    const property = warning.property ?? '?'
    return {
      code: 'dmn.unresolvedReference',
      severity: 'error',
      message: {
        de: `Das Element ${owner} verweist in ${property} auf „${target}“, aber ein Element mit dieser ID gibt es nicht.`,
        en: `The element ${ownerEn} refers in ${property} to "${target}", but there is no element with that id.`,
      },
      ...elementPart,
    }
  }
  const attribute = UNKNOWN_ATTRIBUTE.exec(warning.message)
  if (attribute) {
    const name = attribute[1] ?? ''
    return {
      code: 'dmn.unknownAttribute',
      severity: 'warning',
      message: {
        de: `Das Attribut „${name}“ am Element ${owner} ist in DMN 1.3 unbekannt; es bleibt erhalten, wird aber nicht ausgewertet.`,
        en: `The attribute "${name}" on the element ${ownerEn} is unknown in DMN 1.3; it is kept but not evaluated.`,
      },
      ...elementPart,
    }
  }
  return {
    code: 'dmn.parseWarning',
    severity: 'warning',
    message: {
      de: `Der DMN-Parser meldet: ${warning.message}`,
      en: `The DMN parser reports: ${warning.message}`,
    },
    ...elementPart,
  }
}
