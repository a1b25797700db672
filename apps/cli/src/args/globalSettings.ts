/**
 * The settings every command shares, from the global options and the environment: language,
 * server address and output mode. Bad values are usage errors, named with where they came from.
 */
import type { Locale } from '@bauplan/domain'
import { UsageError } from '../errors'
import { booleanOption, stringOption, type ParsedArgs } from './optionSpec'

export const DEFAULT_SERVER = 'http://localhost:8080'

export interface GlobalSettings {
  lang: Locale
  json: boolean
  /** Normalised base URL without a trailing slash, e.g. `http://localhost:8080`. */
  server: string
}

type Env = Readonly<Record<string, string | undefined>>

export function readGlobalSettings(args: ParsedArgs, env: Env): GlobalSettings {
  const lang = resolveLang(stringOption(args, 'lang'), env)
  const fromOption = stringOption(args, 'server')
  const fromEnv = env.BAUPLAN_SERVER?.trim() ? env.BAUPLAN_SERVER.trim() : undefined
  const server = normalizeServerUrl(
    fromOption ?? fromEnv ?? DEFAULT_SERVER,
    fromOption !== undefined ? '--server' : 'BAUPLAN_SERVER'
  )
  return { lang, json: booleanOption(args, 'json'), server }
}

/**
 * `--lang` wins; otherwise the POSIX locale variables in their order of precedence. German is the
 * default (also for `C`/`POSIX`), because the catalogue's users are German administrations.
 */
export function resolveLang(option: string | undefined, env: Env): Locale {
  if (option !== undefined) {
    if (option === 'de' || option === 'en') return option
    throw new UsageError('usage.invalidLang', {
      de: `--lang muss „de“ oder „en“ sein, nicht „${option}“.`,
      en: `--lang must be "de" or "en", not "${option}".`,
    })
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return locale !== undefined && /^en([_.@-]|$)/i.test(locale) ? 'en' : 'de'
}

/**
 * `http(s)://host[:port][/prefix]` without a trailing slash, so one server has one key in the
 * credentials file however the user writes it.
 */
export function normalizeServerUrl(value: string, source: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalidServer(value, source)
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw invalidServer(value, source)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function invalidServer(value: string, source: string): UsageError {
  return new UsageError('usage.invalidServer', {
    de: `${source}: „${value}“ ist keine Server-Adresse der Form http(s)://host[:port][/pfad] (ohne Zugangsdaten, Query oder Fragment).`,
    en: `${source}: "${value}" is not a server address of the form http(s)://host[:port][/path] (without credentials, query or fragment).`,
  })
}
