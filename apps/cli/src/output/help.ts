/** The help texts: an overview of all commands and one page per command, in the chosen language. */
import type { Locale } from '@bauplan/domain'
import { GLOBAL_OPTIONS, TOP_LEVEL_OPTIONS, type OptionSpecs } from '../args/optionSpec'
import type { Command } from '../commands/command'
import { EXIT } from '../exitCodes'

const EXIT_TEXT: Record<keyof typeof EXIT, { de: string; en: string }> = {
  ok: { de: 'in Ordnung', en: 'ok' },
  problems: {
    de: 'Probleme gefunden (Prüfung fehlgeschlagen, Inhalt abgelehnt)',
    en: 'problems found (validation failed, content refused)',
  },
  usage: { de: 'falscher Aufruf', en: 'usage error' },
  auth: { de: 'nicht angemeldet oder nicht erlaubt', en: 'not authenticated or forbidden' },
  notFound: { de: 'nicht gefunden', en: 'not found' },
  conflict: {
    de: 'Konflikt (falscher Zustand, Zielordner nicht leer)',
    en: 'conflict (wrong state, target folder not empty)',
  },
  failure: {
    de: 'Server nicht erreichbar oder anderer Fehler',
    en: 'server unreachable or other failure',
  },
}

export function generalHelp(commands: readonly Command[], lang: Locale): string[] {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    lang === 'de'
      ? 'bauplan – die Kommandozeile des Bauplan-Katalogs'
      : 'bauplan – the command line of the Bauplan catalogue',
    '',
    lang === 'de'
      ? 'Aufruf: bauplan <befehl> [argumente] [optionen]'
      : 'Usage: bauplan <command> [arguments] [options]',
    '',
    lang === 'de' ? 'Befehle:' : 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
    '',
    lang === 'de' ? 'Globale Optionen:' : 'Global options:',
    ...optionLines(TOP_LEVEL_OPTIONS, lang),
    '',
    lang === 'de' ? 'Umgebungsvariablen:' : 'Environment variables:',
    `  BAUPLAN_SERVER      ${lang === 'de' ? 'Server-Adresse' : 'server address'}`,
    `  BAUPLAN_TOKEN       ${lang === 'de' ? 'API-Token (vor dem gespeicherten)' : 'API token (wins over the stored one)'}`,
    `  BAUPLAN_CONFIG_DIR  ${lang === 'de' ? 'Ordner für credentials.json (sonst ~/.config/bauplan)' : 'folder of credentials.json (else ~/.config/bauplan)'}`,
    '',
    lang === 'de' ? 'Exit-Codes:' : 'Exit codes:',
    ...Object.entries(EXIT).map(
      ([key, code]) => `  ${code}  ${EXIT_TEXT[key as keyof typeof EXIT][lang]}`
    ),
    '',
    lang === 'de'
      ? 'Mehr: bauplan <befehl> --help, docs/cli.md'
      : 'More: bauplan <command> --help, docs/cli.md',
  ]
}

export function commandHelp(command: Command, lang: Locale): string[] {
  // Both option lists share one column, so descriptions line up across the sections.
  const width = Math.max(optionWidth(command.options), optionWidth(GLOBAL_OPTIONS))
  return [
    `bauplan ${command.name} ${command.synopsis}`,
    '',
    `${capitalize(command.summary[lang])}.`,
    '',
    ...wrap(command.description[lang], 96),
    '',
    ...(Object.keys(command.options).length > 0
      ? [lang === 'de' ? 'Optionen:' : 'Options:', ...optionLines(command.options, lang, width), '']
      : []),
    lang === 'de' ? 'Globale Optionen:' : 'Global options:',
    ...optionLines(GLOBAL_OPTIONS, lang, width),
    '',
    lang === 'de' ? 'Beispiele:' : 'Examples:',
    ...command.examples.map((example) => `  ${example}`),
  ]
}

function optionLabel(name: string, spec: OptionSpecs[string]): string {
  const short = spec.short !== undefined ? `-${spec.short}, ` : ''
  const value = spec.type === 'string' ? ` ${spec.valueName ?? 'WERT'}` : ''
  return `${short}--${name}${value}`
}

function optionWidth(specs: OptionSpecs): number {
  return Math.max(0, ...Object.entries(specs).map(([name, spec]) => optionLabel(name, spec).length))
}

function optionLines(specs: OptionSpecs, lang: Locale, width = optionWidth(specs)): string[] {
  return Object.entries(specs).map(([name, spec]) => {
    const repeat = spec.multiple ? (lang === 'de' ? ' (wiederholbar)' : ' (repeatable)') : ''
    return `  ${optionLabel(name, spec).padEnd(width)}  ${spec.description[lang]}${repeat}`
  })
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
