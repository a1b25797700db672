import { defineMessages } from '../../lib/i18n/i18n'

export const checksMessages = defineMessages({
  de: {
    heading: 'Prüfungen',
    running: 'Prüfungen laufen …',
    summary: '{errors} Fehler, {warnings} Hinweise',
    allGood: 'Keine Probleme gefunden.',
    error: 'Fehler',
    warning: 'Hinweis',
    generalFile: 'Ordner',
    showElement: 'Element {id} im Modell zeigen',
    showField: 'Feld {pointer} zeigen',
    line: 'Zeile {line}',
    lintRule: '(Prüfregel „{title}“)',
    lintConfigMissing:
      'Die Prüfregeln des Katalogs konnten nicht geladen werden; es gelten die Standardstufen.',
  },
  en: {
    heading: 'Checks',
    running: 'Checks are running …',
    summary: '{errors} errors, {warnings} notes',
    allGood: 'No problems found.',
    error: 'Error',
    warning: 'Note',
    generalFile: 'Folder',
    showElement: 'Show element {id} in the model',
    showField: 'Show field {pointer}',
    line: 'line {line}',
    lintRule: '(quality rule “{title}”)',
    lintConfigMissing:
      'The catalogue’s quality rules could not be loaded; the default levels apply.',
  },
})
