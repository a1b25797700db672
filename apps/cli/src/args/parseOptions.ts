/**
 * Parses a command's arguments with node:util parseArgs, but checks the tokens itself so every
 * mistake gets a message in the user's language that names the option and suggests the right one
 * (parseArgs' own errors are English only and do not suggest).
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors'
import type { OptionSpecs, OptionValue, ParsedArgs } from './optionSpec'
import { closest } from './suggest'

export function parseOptions(
  args: readonly string[],
  specs: OptionSpecs,
  command: string
): ParsedArgs {
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.short !== undefined ? { short: spec.short } : {}) },
      ])
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const values: Record<string, OptionValue | undefined> = {}
  const positionals: string[] = []
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value)
      continue
    }
    if (token.kind !== 'option') continue
    const spec = specs[token.name]
    if (spec === undefined) throw unknownOption(token.rawName, specs, command)
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(
          'usage.unexpectedValue',
          {
            de: `Die Option ${token.rawName} ist ein Schalter und nimmt keinen Wert („${token.value}“).`,
            en: `The option ${token.rawName} is a switch and takes no value ("${token.value}").`,
          },
          command || undefined
        )
      }
      values[token.name] = true
      continue
    }
    const value = token.value
    // parseArgs would take the next option as the value (`--limit --page 2`); that is a mistake.
    if (value === undefined || (token.inlineValue === false && /^--?[A-Za-z]/.test(value))) {
      throw new UsageError(
        'usage.missingValue',
        {
          de: `Die Option ${token.rawName} braucht einen Wert${spec.valueName ? ` (${spec.valueName})` : ''}.`,
          en: `The option ${token.rawName} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}.`,
        },
        command || undefined
      )
    }
    if (spec.multiple) {
      const previous = values[token.name]
      values[token.name] = [...(Array.isArray(previous) ? previous : []), value]
    } else {
      values[token.name] = value
    }
  }
  return { values, positionals }
}

function unknownOption(rawName: string, specs: OptionSpecs, command: string): UsageError {
  const names = Object.keys(specs).map((name) => `--${name}`)
  const suggestion = rawName.startsWith('--') ? closest(rawName, names) : undefined
  return new UsageError(
    'usage.unknownOption',
    {
      de: `Unbekannte Option ${rawName} für „${label(command)}“.${suggestion ? ` Meinten Sie ${suggestion}?` : ''}`,
      en: `Unknown option ${rawName} for "${label(command)}".${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    },
    command || undefined
  )
}

/** `bauplan search`, or just `bauplan` for options given without a command. */
function label(command: string): string {
  return command === '' ? 'bauplan' : `bauplan ${command}`
}
