import { defineMessages } from '../lib/i18n/i18n'

export const appMessages = defineMessages({
  de: {
    checkingSession: 'Anmeldung wird geprüft …',
    serverUnavailable: 'Der Server ist nicht erreichbar',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Unter der Adresse {path} gibt es keine Seite. Vielleicht ist der Link veraltet.',
    notFoundBack: 'Zum Katalog',
    crashTitle: 'Auf dieser Seite ist ein Fehler aufgetreten',
    crashText:
      'Die Seite konnte nicht angezeigt werden. Ihre Daten auf dem Server sind davon nicht betroffen. Technische Meldung: {message}',
    crashReload: 'Seite neu laden',
    diffTitle: 'Versionen vergleichen',
    diffChoose: 'Versionen wählen',
    diffFrom: 'Von Version',
    diffTo: 'Bis Version',
    diffShow: 'Vergleichen',
    diffNeedTwo: 'Für einen Vergleich braucht der Baustein mindestens zwei Versionen.',
    backToBlock: 'Zurück zum Baustein',
  },
  en: {
    checkingSession: 'Checking your sign-in …',
    serverUnavailable: 'The server cannot be reached',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at {path}. The link may be out of date.',
    notFoundBack: 'Go to the catalogue',
    crashTitle: 'Something went wrong on this page',
    crashText:
      'The page could not be shown. Your data on the server is not affected. Technical message: {message}',
    crashReload: 'Reload the page',
    diffTitle: 'Compare versions',
    diffChoose: 'Choose versions',
    diffFrom: 'From version',
    diffTo: 'To version',
    diffShow: 'Compare',
    diffNeedTwo: 'A comparison needs at least two versions of the building block.',
    backToBlock: 'Back to the building block',
  },
})
