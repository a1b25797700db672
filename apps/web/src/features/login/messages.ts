import { defineMessages } from '../../lib/i18n/i18n'

export const loginMessages = defineMessages({
  de: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit dem Konto an, das Ihre Organisation für Bauplan eingerichtet hat.',
    username: 'Benutzername oder E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    failed: 'Anmeldung fehlgeschlagen',
    retryAfter: 'Bitte warten Sie {seconds} Sekunden, bevor Sie es erneut versuchen.',
    required: 'Bitte füllen Sie beide Felder aus.',
  },
  en: {
    title: 'Log in',
    intro: 'Log in with the account your organisation set up for Bauplan.',
    username: 'User name or e-mail address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    failed: 'Login failed',
    retryAfter: 'Please wait {seconds} seconds before you try again.',
    required: 'Please fill in both fields.',
  },
})
