/**
 * What a command gets to work with: the settings, the language, paths resolved against the user's
 * directory, a progress bar that appears only where it should, and an API client with the right
 * token (BAUPLAN_TOKEN first, then the one `bauplan login` stored for this server).
 */
import path from 'node:path'
import type { Locale, LocalizedText } from '@bauplan/domain'
import type { GlobalSettings } from './args/globalSettings'
import { ApiClient } from './client/apiClient'
import { CatalogueApi } from './client/catalogueApi'
import { configDir, findCredential } from './credentials/credentialsStore'
import type { CliIo } from './io'
import { createProgress, NO_PROGRESS, type Progress } from './output/progress'

export interface CommandContext {
  io: CliIo
  settings: GlobalSettings
  lang: Locale
  json: boolean
  t(text: LocalizedText): string
  /** A path the user gave, made absolute against their working directory. */
  resolvePath(userPath: string): string
  /** Where credentials.json lives. */
  configDir: string
  progress(label: LocalizedText, total: number): Progress
  /** A note on stderr (never on stdout, so --json output stays one document). */
  warn(text: LocalizedText): void
  api(): Promise<CatalogueApi>
  /** An API client with exactly this token, or none (for logging in). */
  apiWith(token: string | undefined): CatalogueApi
}

export function createContext(io: CliIo, settings: GlobalSettings): CommandContext {
  const t = (text: LocalizedText) => text[settings.lang]
  const warn = (text: LocalizedText) => {
    io.stderr.write(`bauplan: ${t(text)}\n`)
  }
  const client = (token: string | undefined) =>
    new CatalogueApi(
      new ApiClient({
        server: settings.server,
        lang: settings.lang,
        ...(token !== undefined ? { token } : {}),
      })
    )
  return {
    io,
    settings,
    lang: settings.lang,
    json: settings.json,
    t,
    resolvePath: (userPath) => path.resolve(io.cwd, userPath),
    configDir: configDir(io.env),
    progress(label, total) {
      if (settings.json || io.stderr.isTTY !== true) return NO_PROGRESS
      return createProgress(io.stderr, t(label), total)
    },
    warn,
    async api() {
      const token = await resolveToken(io, settings.server)
      if (token !== undefined) warnAboutPlainHttp(settings.server, warn)
      return client(token)
    },
    apiWith: client,
  }
}

async function resolveToken(io: CliIo, server: string): Promise<string | undefined> {
  const fromEnv = io.env.BAUPLAN_TOKEN?.trim()
  if (fromEnv) return fromEnv
  return (await findCredential(configDir(io.env), server))?.token
}

/** A token sent over plain HTTP to another machine can be read on the way. */
export function warnAboutPlainHttp(server: string, warn: (text: LocalizedText) => void): void {
  const url = new URL(server)
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol === 'http:' && !loopback) {
    warn({
      de: `Warnung: Die Verbindung zu ${server} ist unverschlüsselt (http); Ihr Token kann mitgelesen werden. Verwenden Sie https.`,
      en: `Warning: the connection to ${server} is not encrypted (http); your token can be read on the way. Use https.`,
    })
  }
}
