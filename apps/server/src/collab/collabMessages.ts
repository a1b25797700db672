/**
 * Why a collaboration upgrade was refused, in both languages. The HTTP answer to a refused
 * upgrade is a problem document like every other API error (see `rejectUpgrade`).
 */
import type { LocalizedText } from '@bauplan/domain'

export const COLLAB_MESSAGES = {
  notFound: {
    de: 'Unbekannte Adresse: Zusammenarbeit läuft unter /api/collab/<Baustein-ID>/<Version>.',
    en: 'Unknown address: collaboration runs at /api/collab/<block id>/<version>.',
  },
  origin: {
    de: 'Die Seite, von der die Verbindung kommt (Origin), ist nicht zugelassen (BAUPLAN_ALLOWED_ORIGINS).',
    en: 'The page opening this connection (Origin) is not allowed (BAUPLAN_ALLOWED_ORIGINS).',
  },
  unauthenticated: {
    de: 'Anmeldung erforderlich: Sitzungs-Cookie oder API-Token (Authorization: Bearer) fehlt oder ist ungültig.',
    en: 'Sign-in required: the session cookie or API token (Authorization: Bearer) is missing or invalid.',
  },
  draftMissing: {
    de: 'Diesen Entwurf gibt es nicht.',
    en: 'This draft does not exist.',
  },
  notDraft: {
    de: 'Gemeinsam bearbeiten lassen sich nur Versionen im Zustand „entwurf“.',
    en: 'Only versions in the state "entwurf" (draft) can be edited together.',
  },
  forbidden: {
    de: 'Diesen Entwurf dürfen Sie nicht lesen.',
    en: 'You may not read this draft.',
  },
  tooManyConnections: {
    de: 'Zu viele gleichzeitige Verbindungen zur Zusammenarbeit; schließen Sie andere Fenster.',
    en: 'Too many simultaneous collaboration connections; close other windows.',
  },
  tooManyUpgrades: {
    de: 'Zu viele Verbindungsversuche von dieser Adresse; bitte eine Minute warten.',
    en: 'Too many connection attempts from this address; please wait a minute.',
  },
  internal: {
    de: 'Die Verbindung konnte wegen eines Serverfehlers nicht geöffnet werden; bitte später erneut versuchen.',
    en: 'The connection could not be opened because of a server error; please try again later.',
  },
} satisfies Record<string, LocalizedText>

export type CollabMessageKey = keyof typeof COLLAB_MESSAGES
