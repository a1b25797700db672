import { defineMessages } from '../i18n/i18n'

export const uiMessages = defineMessages({
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    cancel: 'Abbrechen',
    errorHeading: 'Fehler',
    problemsHeading: 'Einzelne Befunde',
    warning: 'Warnung',
    error: 'Fehler',
    statePrefix: 'Status:',
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    errorHeading: 'Error',
    problemsHeading: 'Individual findings',
    warning: 'Warning',
    error: 'Error',
    statePrefix: 'State:',
  },
})
