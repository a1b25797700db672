import type { LocalizedText, Problem, Severity } from '@bauplan/domain'
import type { FeelWarning } from './feel/compileExpression'
import type { FeelSyntaxIssue } from './feel/feelSyntax'
import { formatValue } from './feel/formatValue'
import { describeLocation, type Location } from './location'

/**
 * Every problem the engine reports, worded in one place. Codes are stable (`dmn.<kind>`); messages
 * say where (decision, rule, column) and why, in German and English.
 */
function make(
  code: string,
  message: LocalizedText,
  location?: Location,
  severity: Severity = 'error'
): Problem {
  const where = location ? describeLocation(location) : undefined
  const elementId = location?.elementId ?? location?.element.id
  return {
    code,
    severity,
    message: where
      ? { de: `${where.de}: ${message.de}`, en: `${capitalize(where.en)}: ${message.en}` }
      : message,
    ...(elementId ? { elementId } : {}),
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function list(names: readonly string[]): string {
  if (names.length === 0) return '—'
  const shown = names.slice(0, 20).join(', ')
  return names.length > 20 ? `${shown}, …` : shown
}

export const problems = {
  feelSyntax(
    location: Location,
    text: string,
    issue: FeelSyntaxIssue,
    what: 'expression' | 'unaryTests'
  ): Problem {
    const kind =
      what === 'expression'
        ? { de: 'Der FEEL-Ausdruck', en: 'the FEEL expression' }
        : { de: 'Der FEEL-Test', en: 'the FEEL unary test' }
    const position = issue.offset + 1
    const reason: LocalizedText =
      issue.near === ''
        ? {
            de: `er endet unvollständig (Position ${position})`,
            en: `it ends too early (position ${position})`,
          }
        : {
            de: `unerwartetes „${issue.near}“ an Position ${position}`,
            en: `unexpected "${issue.near}" at position ${position}`,
          }
    return make(
      'dmn.feelSyntax',
      {
        de: `${kind.de} „${text}“ ist ungültig: ${reason.de}.`,
        en: `${kind.en} "${text}" does not parse: ${reason.en}.`,
      },
      location
    )
  },

  unknownDecision(id: string, known: readonly string[]): Problem {
    return make('dmn.unknownDecision', {
      de: `Die Entscheidung „${id}“ gibt es im Modell nicht. Vorhanden sind: ${list(known)}.`,
      en: `There is no decision "${id}" in the model. It has: ${list(known)}.`,
    })
  },

  undeclaredInput(name: string, declared: readonly string[]): Problem {
    return make('dmn.undeclaredInput', {
      de: `Die Eingabe „${name}“ ist im Modell nicht deklariert: Sie ist weder ein Eingabedatum noch eine Variable, die ein Ausdruck liest. Deklariert sind: ${list(declared)}.`,
      en: `The input "${name}" is not declared in the model: it is neither an input data element nor a variable any expression reads. Declared are: ${list(declared)}.`,
    })
  },

  uniqueViolated(location: Location, rules: readonly number[]): Problem {
    return make(
      'dmn.hitPolicyUnique',
      {
        de: `Trefferrichtlinie UNIQUE verletzt: Die Regeln ${rules.join(', ')} treffen gleichzeitig zu; das Ergebnis ist null.`,
        en: `hit policy UNIQUE violated: rules ${rules.join(', ')} match at the same time; the result is null.`,
      },
      location
    )
  },

  anyViolated(location: Location, rules: readonly number[]): Problem {
    return make(
      'dmn.hitPolicyAny',
      {
        de: `Trefferrichtlinie ANY verletzt: Die zutreffenden Regeln ${rules.join(', ')} liefern verschiedene Ausgaben; das Ergebnis ist null.`,
        en: `hit policy ANY violated: the matching rules ${rules.join(', ')} give different outputs; the result is null.`,
      },
      location
    )
  },

  typeMismatch(location: Location, what: LocalizedText, reason: string): Problem {
    return make(
      'dmn.typeMismatch',
      {
        de: `${what.de} passt nicht zum deklarierten Typ (${reason}); verwendet wird null.`,
        en: `${what.en} does not conform to its declared type (${reason}); null is used instead.`,
      },
      location
    )
  },

  unsupported(location: Location, element: string): Problem {
    return make(
      'dmn.unsupportedExpression',
      {
        de: `Der Ausdruckstyp ${element} wird von dieser Engine nicht ausgewertet; das Ergebnis ist null.`,
        en: `unsupported boxed expression: ${element}; the result is null.`,
      },
      location
    )
  },

  unknownReference(location: Location, id: string): Problem {
    return make(
      'dmn.unknownReference',
      {
        de: `Die Anforderung verweist auf „${id}“, das es im Modell nicht gibt.`,
        en: `the requirement refers to "${id}", which is not in the model.`,
      },
      location
    )
  },

  requirementCycle(location: Location): Problem {
    return make(
      'dmn.requirementCycle',
      {
        de: 'Die Entscheidung hängt über ihre Anforderungen von sich selbst ab; das Ergebnis ist null.',
        en: 'the decision depends on itself through its requirements; the result is null.',
      },
      location
    )
  },

  valueNotAllowed(location: Location, value: unknown, allowed: string): Problem {
    return make(
      'dmn.valueNotAllowed',
      {
        de: `Der Wert ${formatValue(value)} ist nicht unter den erlaubten Werten ${allowed}; das Ergebnis ist null.`,
        en: `the value ${formatValue(value)} is not one of the allowed values ${allowed}; the result is null.`,
      },
      location
    )
  },

  notAFunction(location: Location, callee: string, value: unknown): Problem {
    return make(
      'dmn.notAFunction',
      {
        de: `„${callee}“ ist keine aufrufbare Funktion (Wert: ${formatValue(value)}); das Ergebnis ist null.`,
        en: `"${callee}" is not a function that can be invoked (value: ${formatValue(value)}); the result is null.`,
      },
      location
    )
  },

  unknownParameter(location: Location, name: string, parameters: readonly string[]): Problem {
    return make(
      'dmn.unknownParameter',
      {
        de: `Die aufgerufene Funktion hat keinen Parameter „${name}“; ihre Parameter sind: ${list(parameters)}.`,
        en: `the invoked function has no parameter "${name}"; its parameters are: ${list(parameters)}.`,
      },
      location
    )
  },

  aggregationFailed(location: Location, aggregation: string, values: readonly unknown[]): Problem {
    return make(
      'dmn.aggregationFailed',
      {
        de: `Die Aggregation ${aggregation} ist für die Ausgaben ${formatValue(values)} nicht definiert; das Ergebnis ist null.`,
        en: `the aggregation ${aggregation} is not defined for the outputs ${formatValue(values)}; the result is null.`,
      },
      location
    )
  },

  unknownType(location: Location, typeRef: string): Problem {
    return make(
      'dmn.unknownType',
      {
        de: `Der Typ „${typeRef}“ ist weder ein FEEL-Typ noch ein Datentyp des Modells; Werte dieses Typs werden nicht geprüft.`,
        en: `the type "${typeRef}" is neither a FEEL type nor an item definition of the model; values of this type are not checked.`,
      },
      location,
      'warning'
    )
  },

  evaluationFailed(location: Location, error: unknown): Problem {
    const reason = error instanceof Error ? error.message : String(error)
    return make(
      'dmn.evaluationFailed',
      {
        de: `Die Auswertung ist fehlgeschlagen (${reason}); das Ergebnis ist null.`,
        en: `evaluation failed (${reason}); the result is null.`,
      },
      location
    )
  },

  unknownOutput(test: string, name: string, outputs: readonly string[]): Problem {
    return make('dmn.unknownOutput', {
      de: `Entscheidungstest „${test}“: Die Entscheidung hat keine Ausgabe „${name}“; ihre Ausgaben sind: ${list(outputs)}.`,
      en: `Decision test "${test}": the decision has no output "${name}"; its outputs are: ${list(outputs)}.`,
    })
  },

  feelWarning(location: Location, warning: FeelWarning): Problem {
    const german = FEEL_WARNINGS_DE[warning.type] ?? 'FEEL-Hinweis'
    const name = /'([^']+)'/.exec(warning.message)?.[1]
    return make(
      `feel.${warning.type}`,
      {
        de: `In „${warning.expression}“: ${german.replace('{name}', name ?? '?')} (${warning.message})`,
        en: `FEEL warning in "${warning.expression}": ${warning.message}`,
      },
      location,
      'warning'
    )
  },
}

/** German wording of feelin's warning types; feelin's English message follows in parentheses. */
const FEEL_WARNINGS_DE: Record<string, string> = {
  NO_VARIABLE_FOUND: '„{name}“ hat keinen Wert (keine bekannte Variable oder Funktion)',
  NO_CONTEXT_ENTRY_FOUND: 'Der Kontext hat keinen Eintrag „{name}“',
  NO_PROPERTY_FOUND: 'Der Wert hat keine Eigenschaft „{name}“',
  NOT_COMPARABLE: 'Die Werte sind nicht vergleichbar',
  INVALID_TYPE: 'Die Operation passt nicht zum Typ der Werte; das Ergebnis ist null',
  INVALID_ARGUMENTS: 'Die Funktion lehnt die Argumente ab; das Ergebnis ist null',
  NO_FUNCTION_FOUND: 'Der Wert ist keine Funktion und kann nicht aufgerufen werden',
  FUNCTION_INVOCATION_FAILURE: 'Die Argumente passen nicht zu den Parametern der Funktion',
  UNSUPPORTED: 'Das wird von feelin nicht unterstützt',
}
