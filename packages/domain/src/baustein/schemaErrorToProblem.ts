// Turns one ajv error into a Problem a non-developer can act on: which field, what is wrong, what
// would be right. Keywords phrased here cover everything the metadata schema uses; ajv-i18n only
// phrases keywords the schema may gain later.
import type { ErrorObject } from 'ajv/dist/2020'
import localizeDe from 'ajv-i18n/localize/de'
import localizeEn from 'ajv-i18n/localize/en'
import type { LocalizedText, Problem } from '../problem'
import { closestName } from './closestName'
import { fieldLabel, formatValue } from './fieldLabel'
import { joinPointer } from './jsonPointer'
import { patternExplanations } from './patternExplanations'
import { formatExplanation, typeMismatch } from './valueDescriptions'

type Phrase = { pointer: string; message: LocalizedText }
type Phraser = (error: ErrorObject, label: LocalizedText) => Phrase

const at = (error: ErrorObject, de: string, en: string): Phrase => ({
  pointer: error.instancePath,
  message: { de, en },
})

const listValues = (values: readonly unknown[]): string =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')

const charCount = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0)
const itemCount = (value: unknown): number => (Array.isArray(value) ? value.length : 0)

const phrasers: Record<string, Phraser> = {
  required: (error) => {
    const pointer = joinPointer(error.instancePath, String(error.params.missingProperty))
    const label = fieldLabel(pointer)
    return {
      pointer,
      message: {
        de: `${label.de} fehlt, ist aber eine Pflichtangabe.`,
        en: `${label.en} is missing, but it is required.`,
      },
    }
  },
  additionalProperties: (error) => {
    const name = String(error.params.additionalProperty)
    const pointer = joinPointer(error.instancePath, name)
    const label = fieldLabel(pointer)
    const properties: unknown = (error.parentSchema as { properties?: unknown } | undefined)
      ?.properties
    const known =
      typeof properties === 'object' && properties !== null ? Object.keys(properties) : []
    const suggestion = closestName(name, known)
    const hint: LocalizedText =
      suggestion !== undefined
        ? { de: ` Meinten Sie „${suggestion}“?`, en: ` Did you mean "${suggestion}"?` }
        : known.length > 0 && known.length <= 8
          ? { de: ` Erlaubt sind: ${known.join(', ')}.`, en: ` Allowed are: ${known.join(', ')}.` }
          : {
              de: ' Bitte entfernen oder die Schreibweise prüfen.',
              en: ' Remove it or check the spelling.',
            }
    return {
      pointer,
      message: {
        de: `${label.de} ist unbekannt; das Schema sieht dieses Feld nicht vor.${hint.de}`,
        en: `${label.en} is unknown; the schema has no such field.${hint.en}`,
      },
    }
  },
  enum: (error, label) => {
    const allowed = error.params.allowedValues as unknown[]
    const value = formatValue(error.data)
    const sameText = allowed.find((a) => String(a) === String(error.data))
    const suggestion =
      typeof error.data === 'string'
        ? closestName(
            error.data,
            allowed.filter((a) => typeof a === 'string')
          )
        : undefined
    const hint: LocalizedText =
      sameText !== undefined
        ? typeof sameText === 'number'
          ? {
              de: ` Bitte als Zahl ohne Anführungszeichen angeben: ${sameText}.`,
              en: ` Write it as a number without quotes: ${sameText}.`,
            }
          : {
              de: ` Bitte als Text in Anführungszeichen angeben: "${String(sameText)}".`,
              en: ` Write it as text in quotes: "${String(sameText)}".`,
            }
        : suggestion !== undefined
          ? { de: ` Meinten Sie „${suggestion}“?`, en: ` Did you mean "${suggestion}"?` }
          : { de: '', en: '' }
    return at(
      error,
      `${label.de} hat den unzulässigen Wert ${value.de}. Erlaubt sind: ${listValues(allowed)}.${hint.de}`,
      `${label.en} has the value ${value.en}, which is not allowed. Allowed are: ${listValues(allowed)}.${hint.en}`
    )
  },
  const: (error, label) => {
    const expected = formatValue(error.params.allowedValue)
    return at(
      error,
      `${label.de} muss genau ${expected.de} sein.`,
      `${label.en} must be exactly ${expected.en}.`
    )
  },
  type: (error, label) => {
    const mismatch = typeMismatch(String(error.params.type).split(','), error.data)
    return at(
      error,
      `${label.de} muss ${mismatch.expected.de} sein, ist aber ${mismatch.actual.de}.`,
      `${label.en} must be ${mismatch.expected.en}, but is ${mismatch.actual.en}.`
    )
  },
  pattern: (error, label) => {
    const pattern = String(error.params.pattern)
    const expected = patternExplanations.get(pattern) ?? {
      de: `ein Wert nach dem Muster ${pattern}`,
      en: `a value matching the pattern ${pattern}`,
    }
    const value = formatValue(error.data)
    return at(
      error,
      `${label.de} hat den Wert ${value.de}; erwartet wird ${expected.de}.`,
      `${label.en} has the value ${value.en}; expected is ${expected.en}.`
    )
  },
  format: (error, label) => {
    const expected = formatExplanation(String(error.params.format))
    const value = formatValue(error.data)
    return at(
      error,
      `${label.de} hat den Wert ${value.de}; erwartet wird ${expected.de}.`,
      `${label.en} has the value ${value.en}; expected is ${expected.en}.`
    )
  },
  minLength: (error, label) => {
    const limit = Number(error.params.limit)
    return limit === 1
      ? at(error, `${label.de} darf nicht leer sein.`, `${label.en} must not be empty.`)
      : at(
          error,
          `${label.de} muss mindestens ${limit} Zeichen lang sein (derzeit ${charCount(error.data)}).`,
          `${label.en} must be at least ${limit} characters long (currently ${charCount(error.data)}).`
        )
  },
  maxLength: (error, label) => {
    const limit = Number(error.params.limit)
    return at(
      error,
      `${label.de} darf höchstens ${limit} Zeichen lang sein (derzeit ${charCount(error.data)}).`,
      `${label.en} must be at most ${limit} characters long (currently ${charCount(error.data)}).`
    )
  },
  minimum: (error, label) =>
    at(
      error,
      `${label.de} muss mindestens ${String(error.params.limit)} sein, ist aber ${String(error.data)}.`,
      `${label.en} must be at least ${String(error.params.limit)}, but is ${String(error.data)}.`
    ),
  maximum: (error, label) =>
    at(
      error,
      `${label.de} darf höchstens ${String(error.params.limit)} sein, ist aber ${String(error.data)}.`,
      `${label.en} must be at most ${String(error.params.limit)}, but is ${String(error.data)}.`
    ),
  minItems: (error, label) => {
    const limit = Number(error.params.limit)
    return limit === 1
      ? at(
          error,
          `${label.de} braucht mindestens einen Eintrag.`,
          `${label.en} needs at least one entry.`
        )
      : at(
          error,
          `${label.de} braucht mindestens ${limit} Einträge (derzeit ${itemCount(error.data)}).`,
          `${label.en} needs at least ${limit} entries (currently ${itemCount(error.data)}).`
        )
  },
  maxItems: (error, label) => {
    const limit = Number(error.params.limit)
    return at(
      error,
      `${label.de} darf höchstens ${limit} Einträge haben (derzeit ${itemCount(error.data)}).`,
      `${label.en} may have at most ${limit} entries (currently ${itemCount(error.data)}).`
    )
  },
}

/** ajv-i18n's wording for a keyword we do not phrase ourselves. */
function fallbackPhrase(error: ErrorObject, label: LocalizedText): Phrase {
  const german = [{ ...error }]
  const english = [{ ...error }]
  localizeDe(german)
  localizeEn(english)
  return at(
    error,
    `${label.de}: ${german[0]?.message ?? error.keyword}.`,
    `${label.en}: ${english[0]?.message ?? error.keyword}.`
  )
}

export function schemaErrorToProblem(error: ErrorObject): Problem {
  const phrase =
    (Object.hasOwn(phrasers, error.keyword) ? phrasers[error.keyword] : undefined) ?? fallbackPhrase
  const { pointer, message } = phrase(error, fieldLabel(error.instancePath))
  return { code: `schema.${error.keyword}`, severity: 'error', message, pointer }
}
