/** `bauplan logout`: revokes the stored token on the server and removes it from credentials.json. */
import { findCredential, removeCredential } from '../credentials/credentialsStore'
import { CliError, errorText } from '../errors'
import { EXIT } from '../exitCodes'
import type { Command } from './command'

export const logoutCommand: Command = {
  name: 'logout',
  synopsis: '',
  summary: {
    de: 'gespeichertes Token widerrufen und löschen',
    en: 'revoke and delete the stored token',
  },
  description: {
    de: 'Widerruft das mit „bauplan login“ gespeicherte Token dieses Servers und entfernt es aus credentials.json. Ist der Server nicht erreichbar, wird das Token trotzdem lokal gelöscht und ein Hinweis ausgegeben (widerrufen Sie es dann in der Web-Oberfläche). BAUPLAN_TOKEN bleibt unberührt.',
    en: 'Revokes the token "bauplan login" stored for this server and removes it from credentials.json. If the server cannot be reached, the token is still deleted locally with a note (then revoke it in the web app). BAUPLAN_TOKEN is left alone.',
  },
  options: {},
  positionals: { min: 0, max: 0, names: { de: '', en: '' } },
  examples: ['bauplan logout', 'bauplan logout --server https://bauplan.example.de'],
  async run(ctx) {
    const server = ctx.settings.server
    const stored = await findCredential(ctx.configDir, server)
    if (stored === undefined) {
      return {
        exitCode: EXIT.ok,
        data: { server, revoked: false, removed: false },
        text: [
          ctx.t({
            de: `Für ${server} ist kein Token gespeichert.`,
            en: `No token is stored for ${server}.`,
          }),
        ],
      }
    }
    let revoked = true
    try {
      await ctx.apiWith(stored.token).revokeToken(stored.tokenId)
    } catch (error) {
      // Already revoked or expired (401) means the goal is reached; anything else is worth a note.
      if (!(error instanceof CliError && error.status === 401)) {
        revoked = false
        ctx.warn({
          de: `Das Token konnte auf dem Server nicht widerrufen werden (${errorText(error, 'de')}); es wird nur lokal gelöscht.`,
          en: `The token could not be revoked on the server (${errorText(error, 'en')}); it is only deleted locally.`,
        })
      }
    }
    await removeCredential(ctx.configDir, server)
    return {
      exitCode: EXIT.ok,
      data: { server, revoked, removed: true },
      text: [
        ctx.t({
          de: `Abgemeldet von ${server}${revoked ? '; das Token ist widerrufen.' : '.'}`,
          en: `Logged out of ${server}${revoked ? '; the token is revoked.' : '.'}`,
        }),
      ],
    }
  },
}
