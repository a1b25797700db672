/**
 * The dispatcher: finds the command, parses its options, runs it and prints its result — text, or
 * exactly one JSON document with --json — and turns every failure into a message and an exit code.
 * `runCli` never calls process.exit, so tests run it in-process with their own streams.
 */
import type { Locale } from '@bauplan/domain'
import { readGlobalSettings, resolveLang } from './args/globalSettings'
import { GLOBAL_OPTIONS, TOP_LEVEL_OPTIONS, booleanOption } from './args/optionSpec'
import { parseOptions } from './args/parseOptions'
import { splitCommand } from './args/splitCommand'
import { closest } from './args/suggest'
import { COMMANDS, findCommand } from './commands/registry'
import { createContext } from './context'
import { CliError, UsageError } from './errors'
import { EXIT } from './exitCodes'
import type { CliIo } from './io'
import { commandHelp, generalHelp } from './output/help'
import { problemLine } from './output/problemLines'
import { CLI_VERSION } from './version'

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Until the options are parsed, errors use what can be guessed from the raw arguments.
  let lang = guessLang(argv, io)
  let json = argv.includes('--json')
  const { command: name, rest } = splitCommand(argv)
  try {
    if (name === undefined || name === 'help') {
      const args = parseOptions(rest, TOP_LEVEL_OPTIONS, name ?? '')
      lang = resolveLang(args.values.lang as string | undefined, io.env)
      if (booleanOption(args, 'version')) return print(io, `${CLI_VERSION}\n`)
      const topic = name === 'help' ? args.positionals[0] : undefined
      if (topic !== undefined) return print(io, lines(commandHelp(requireCommand(topic), lang)))
      if (name === 'help' || booleanOption(args, 'help')) {
        return print(io, lines(generalHelp(COMMANDS, lang)))
      }
      throw new UsageError('usage.noCommand', {
        de: 'Welcher Befehl? Eine Übersicht zeigt „bauplan --help“.',
        en: 'Which command? "bauplan --help" lists them.',
      })
    }
    const command = requireCommand(name)
    const args = parseOptions(rest, { ...GLOBAL_OPTIONS, ...command.options }, command.name)
    lang = resolveLang(args.values.lang as string | undefined, io.env)
    json = booleanOption(args, 'json')
    if (booleanOption(args, 'help')) return print(io, lines(commandHelp(command, lang)))
    const { min, max, names } = command.positionals
    const count = args.positionals.length
    if (count < min || count > max) {
      throw new UsageError(
        count < min ? 'usage.missingArgument' : 'usage.extraArgument',
        count < min
          ? {
              de: `„bauplan ${command.name}“ braucht: ${names.de}.`,
              en: `"bauplan ${command.name}" needs: ${names.en}.`,
            }
          : {
              de: `Zu viele Argumente für „bauplan ${command.name}“ (erwartet: ${names.de || 'keine'}): ${args.positionals.slice(max).join(' ')}`,
              en: `Too many arguments for "bauplan ${command.name}" (expected: ${names.en || 'none'}): ${args.positionals.slice(max).join(' ')}`,
            },
        command.name
      )
    }
    const settings = readGlobalSettings(args, io.env)
    const result = await command.run(createContext(io, settings), args)
    io.stdout.write(json ? `${JSON.stringify(result.data, null, 2)}\n` : lines(result.text))
    return result.exitCode
  } catch (error) {
    return reportError(error, io, lang, json)
  }
}

function requireCommand(name: string) {
  const command = findCommand(name)
  if (command !== undefined) return command
  const suggestion = closest(
    name,
    COMMANDS.map((c) => c.name)
  )
  throw new UsageError('usage.unknownCommand', {
    de: `Unbekannter Befehl „${name}“.${suggestion ? ` Meinten Sie „${suggestion}“?` : ''} Eine Übersicht zeigt „bauplan --help“.`,
    en: `Unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} "bauplan --help" lists the commands.`,
  })
}

function reportError(error: unknown, io: CliIo, lang: Locale, json: boolean): number {
  const failure =
    error instanceof CliError
      ? error
      : new CliError(
          EXIT.failure,
          'cli.unexpected',
          {
            de: `Unerwarteter Fehler: ${error instanceof Error ? error.message : String(error)}`,
            en: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
          },
          { cause: error }
        )
  const helpFor =
    failure instanceof UsageError
      ? failure.command
        ? `bauplan ${failure.command} --help`
        : 'bauplan --help'
      : undefined
  if (json) {
    const document = {
      exitCode: failure.exitCode,
      error: {
        code: failure.code,
        message: failure.text[lang],
        ...(failure.status !== undefined ? { status: failure.status } : {}),
        ...(failure.hint !== undefined ? { hint: failure.hint[lang] } : {}),
        problems: failure.problems,
      },
    }
    io.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
    return failure.exitCode
  }
  const out = [`bauplan: ${failure.text[lang]} [${failure.code}]`]
  for (const problem of failure.problems) {
    // The server repeats its detail as the only problem; once is enough.
    const repeatsDetail =
      problem.message[lang] === failure.text[lang] &&
      problem.file === undefined &&
      problem.pointer === undefined
    if (!repeatsDetail) out.push(`  ${problemLine(problem, lang)}`)
  }
  if (failure.hint !== undefined) out.push(failure.hint[lang])
  if (helpFor !== undefined) out.push(lang === 'de' ? `Hilfe: ${helpFor}` : `Help: ${helpFor}`)
  io.stderr.write(lines(out))
  return failure.exitCode
}

function guessLang(argv: readonly string[], io: CliIo): Locale {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='))
  const value = index < 0 ? undefined : (argv[index]?.split('=')[1] ?? argv[index + 1])
  try {
    return resolveLang(value === 'de' || value === 'en' ? value : undefined, io.env)
  } catch {
    return 'de'
  }
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text)
  return EXIT.ok
}

function lines(text: readonly string[]): string {
  return text.length === 0 ? '' : `${text.join('\n')}\n`
}
