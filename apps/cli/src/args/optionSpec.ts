import type { LocalizedText } from '@bauplan/domain'

/** One command-line option, as the parser and the help text see it. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  /** One-letter alias, e.g. `o` for `-o`. */
  short?: string
  /** The option may be given several times; its values are collected in order. */
  multiple?: boolean
  /** Placeholder for the value in the help text, e.g. `URL`. */
  valueName?: string
  description: LocalizedText
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>

export type OptionValue = string | boolean | string[]

export interface ParsedArgs {
  values: Record<string, OptionValue | undefined>
  positionals: string[]
}

/** The options every command understands. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  server: {
    type: 'string',
    valueName: 'URL',
    description: {
      de: 'Adresse des Bauplan-Servers (sonst BAUPLAN_SERVER, sonst http://localhost:8080)',
      en: 'address of the Bauplan server (else BAUPLAN_SERVER, else http://localhost:8080)',
    },
  },
  json: {
    type: 'boolean',
    description: {
      de: 'maschinenlesbare Ausgabe: genau ein JSON-Dokument auf stdout',
      en: 'machine-readable output: exactly one JSON document on stdout',
    },
  },
  lang: {
    type: 'string',
    valueName: 'de|en',
    description: {
      de: 'Sprache der Ausgabe (sonst aus LC_ALL/LC_MESSAGES/LANG, sonst Deutsch)',
      en: 'language of the output (else from LC_ALL/LC_MESSAGES/LANG, else German)',
    },
  },
  help: {
    type: 'boolean',
    short: 'h',
    description: { de: 'Hilfe zu diesem Befehl', en: 'help for this command' },
  },
}

/** Global options that take a value: needed to find the command word before parsing. */
export const GLOBAL_VALUE_OPTIONS = Object.entries(GLOBAL_OPTIONS)
  .filter(([, spec]) => spec.type === 'string')
  .map(([name]) => name)

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

export function booleanOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}

/** Only without a command: `bauplan --version`. */
export const TOP_LEVEL_OPTIONS: OptionSpecs = {
  ...GLOBAL_OPTIONS,
  version: {
    type: 'boolean',
    description: { de: 'Version ausgeben', en: 'print the version' },
  },
}
