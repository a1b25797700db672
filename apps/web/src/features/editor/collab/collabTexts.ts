import type { LocalizedText, Problem } from '@bauplan/domain'
import type { ReadOnlyReason, StopReason } from './collabStatus'

/** Why editing together stopped, for the notice and for a failed load (German and English). */
export const STOP_REASON_TEXTS: Record<StopReason, LocalizedText> = {
  revoked: {
    de: 'Der Zugriff auf diesen Entwurf wurde beendet (abgemeldet, Sitzung abgelaufen oder Rechte entzogen). Änderungen werden nicht mehr übertragen.',
    en: 'Access to this draft ended (signed out, session expired or rights withdrawn). Changes are no longer transmitted.',
  },
  unauthenticated: {
    de: 'Sie sind nicht (mehr) angemeldet. Bitte melden Sie sich an und öffnen Sie den Entwurf erneut.',
    en: 'You are not signed in (any more). Please sign in and open the draft again.',
  },
  forbidden: {
    de: 'Sie haben keine Rechte, diesen Entwurf zu öffnen.',
    en: 'You have no rights to open this draft.',
  },
  missing: {
    de: 'Diesen Entwurf gibt es nicht (mehr).',
    en: 'This draft does not exist (any more).',
  },
  notDraft: {
    de: 'Diese Version ist kein Entwurf mehr (eingereicht oder veröffentlicht) und kann nicht mehr bearbeitet werden.',
    en: 'This version is no longer a draft (submitted or published) and can no longer be edited.',
  },
  unavailable: {
    de: 'Die Verbindung für die gemeinsame Bearbeitung kann nicht aufgebaut werden, obwohl der Server erreichbar ist. Wenn ein Proxy davor steht, muss er WebSockets unter /api/collab durchlassen.',
    en: 'The connection for editing together cannot be opened although the server is reachable. A proxy in front of it must pass WebSockets on /api/collab.',
  },
  unreachable: {
    de: 'Der Bauplan-Server ist nicht erreichbar.',
    en: 'The Bauplan server cannot be reached.',
  },
}

export const READ_ONLY_TEXTS: Record<ReadOnlyReason, LocalizedText> = {
  role: {
    de: 'Nur lesen: Sie können diesen Entwurf ansehen, aber nicht bearbeiten. Änderungen anderer erscheinen hier sofort.',
    en: 'Read only: you can view this draft but not edit it. Changes by others appear here at once.',
  },
  denied: {
    de: 'Nur lesen: Der Server nimmt von Ihnen keine Änderungen mehr an (Rechte geändert oder Entwurf eingereicht). Ihre letzten Änderungen wurden nicht gespeichert.',
    en: 'Read only: the server no longer accepts changes from you (rights changed or draft submitted). Your last changes were not saved.',
  },
}

/** An error whose `problems` name the stop reason, so `describeError` shows it in the UI language. */
export class CollabStoppedError extends Error {
  readonly problems: Problem[]

  constructor(readonly reason: StopReason) {
    const message = STOP_REASON_TEXTS[reason]
    super(message.de)
    this.name = 'CollabStoppedError'
    this.problems = [{ code: `collab.${reason}`, severity: 'error', message }]
  }
}
