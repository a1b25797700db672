/**
 * `bauplan login`: logs in with user name and password once, creates a personal API token and
 * stores it for this server. The password is never stored; the browser session used to create the
 * token is ended right away. An earlier token of this CLI for the same server is revoked.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { parseCount } from '../args/blockArgument'
import { booleanOption, stringOption } from '../args/optionSpec'
import {
  credentialsPath,
  findCredential,
  saveCredential,
  type StoredCredential,
} from '../credentials/credentialsStore'
import { readAll, readHidden, readLine } from '../credentials/prompt'
import type { CommandContext } from '../context'
import { UsageError } from '../errors'
import { EXIT } from '../exitCodes'
import type { Command } from './command'

/** The server allows up to 365 days; 90 keeps a forgotten laptop's token from living a year. */
const DEFAULT_TOKEN_DAYS = 90
const MAX_TOKEN_DAYS = 365

export const loginCommand: Command = {
  name: 'login',
  synopsis: '[--user NAME] [--password-stdin] [--days N]',
  summary: {
    de: 'anmelden und ein API-Token für diesen Server speichern',
    en: 'log in and store an API token for this server',
  },
  description: {
    de: 'Fragt im Terminal nach Benutzername und Passwort (ohne Terminal: --user und --password-stdin), erzeugt damit ein persönliches API-Token und speichert es in credentials.json (Rechte 0600) unter der Server-Adresse. Das Passwort wird nicht gespeichert. BAUPLAN_TOKEN hat immer Vorrang vor dem gespeicherten Token.',
    en: 'Asks on the terminal for user name and password (without a terminal: --user and --password-stdin), creates a personal API token with them and stores it in credentials.json (mode 0600) under the server address. The password is never stored. BAUPLAN_TOKEN always wins over the stored token.',
  },
  options: {
    user: {
      type: 'string',
      short: 'u',
      valueName: 'NAME',
      description: { de: 'Benutzername oder E-Mail-Adresse', en: 'user name or e-mail address' },
    },
    'password-stdin': {
      type: 'boolean',
      description: {
        de: 'Passwort von der Standardeingabe lesen (für Skripte)',
        en: 'read the password from standard input (for scripts)',
      },
    },
    days: {
      type: 'string',
      valueName: 'N',
      description: {
        de: `Gültigkeit des Tokens in Tagen (1–${MAX_TOKEN_DAYS}, Standard ${DEFAULT_TOKEN_DAYS})`,
        en: `validity of the token in days (1–${MAX_TOKEN_DAYS}, default ${DEFAULT_TOKEN_DAYS})`,
      },
    },
  },
  positionals: { min: 0, max: 0, names: { de: '', en: '' } },
  examples: [
    'bauplan login',
    'bauplan login --server https://bauplan.example.de',
    'printf %s "$PASSWORT" | bauplan login --user analyst@koordinierung.example --password-stdin',
  ],
  async run(ctx, args) {
    const days = parseCount(
      stringOption(args, 'days'),
      'days',
      { min: 1, max: MAX_TOKEN_DAYS, fallback: DEFAULT_TOKEN_DAYS },
      'login'
    )
    const { user, password } = await askCredentials(
      ctx,
      stringOption(args, 'user'),
      booleanOption(args, 'password-stdin')
    )
    const api = ctx.apiWith(undefined)
    const session = await api.login(user, password)
    const created = await api.createToken(session, tokenName(), days)
    // The session was only the way to the token; ending it leaves nothing behind on the server.
    await api.endSession(session).catch(() => undefined)
    const previous = await findCredential(ctx.configDir, ctx.settings.server)
    const credential: StoredCredential = {
      token: created.secret,
      tokenId: created.token.id,
      user,
      createdAt: created.token.createdAt,
      expiresAt: created.token.expiresAt ?? '',
    }
    await saveCredential(ctx.configDir, ctx.settings.server, credential)
    if (previous !== undefined && previous.tokenId !== credential.tokenId) {
      await revokeQuietly(ctx, created.secret, previous.tokenId)
    }
    if (ctx.io.env.BAUPLAN_TOKEN?.trim()) {
      ctx.warn({
        de: 'Hinweis: BAUPLAN_TOKEN ist gesetzt und hat Vorrang vor dem eben gespeicherten Token.',
        en: 'Note: BAUPLAN_TOKEN is set and wins over the token just stored.',
      })
    }
    const file = credentialsPath(ctx.configDir)
    const info = session.info.user
    return {
      exitCode: EXIT.ok,
      data: {
        server: ctx.settings.server,
        user: info,
        token: {
          id: created.token.id,
          name: created.token.name,
          expiresAt: created.token.expiresAt,
        },
        credentialsFile: file,
      },
      text: [
        ctx.t({
          de: `Angemeldet als ${info.displayName} bei ${ctx.settings.server}.`,
          en: `Logged in as ${info.displayName} at ${ctx.settings.server}.`,
        }),
        ctx.t({
          de: `Token „${created.token.name}“ gespeichert in ${file} (gültig bis ${created.token.expiresAt ?? '–'}).`,
          en: `Token "${created.token.name}" stored in ${file} (valid until ${created.token.expiresAt ?? '–'}).`,
        }),
      ],
    }
  },
}

async function askCredentials(
  ctx: CommandContext,
  userOption: string | undefined,
  passwordFromStdin: boolean
): Promise<{ user: string; password: string }> {
  const { stdin, stderr } = ctx.io
  const terminal = stdin.isTTY === true
  if (!terminal && (userOption === undefined || !passwordFromStdin)) {
    throw new UsageError(
      'login.noTerminal',
      {
        de: 'Ohne Terminal kann nicht nach den Zugangsdaten gefragt werden. Geben Sie --user NAME und --password-stdin an (Passwort über die Standardeingabe).',
        en: 'Without a terminal the CLI cannot ask for credentials. Give --user NAME and --password-stdin (password on standard input).',
      },
      'login'
    )
  }
  const user =
    userOption ??
    (await readLine(stdin, stderr, ctx.t({ de: 'Benutzername: ', en: 'User name: ' }))).trim()
  const password = passwordFromStdin
    ? await readAll(stdin)
    : await readHidden(stdin, stderr, ctx.t({ de: 'Passwort: ', en: 'Password: ' }))
  if (user === '' || password === '') {
    throw new UsageError(
      'login.empty',
      {
        de: 'Benutzername und Passwort dürfen nicht leer sein.',
        en: 'User name and password must not be empty.',
      },
      'login'
    )
  }
  return { user, password }
}

/**
 * Named so the user recognises it in the token list of the web app; the server wants names unique
 * per user, and a few random characters keep two logins in the same minute apart.
 */
function tokenName(): string {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const suffix = randomBytes(3).toString('hex')
  return `bauplan CLI ${suffix} (${hostname().slice(0, 40)}, ${when} UTC)`
}

async function revokeQuietly(ctx: CommandContext, token: string, tokenId: string): Promise<void> {
  try {
    await ctx.apiWith(token).revokeToken(tokenId)
  } catch {
    // Another user's token, or already revoked: nothing to clean up.
  }
}
