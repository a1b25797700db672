import { defineMessages } from '../../lib/i18n/i18n'

export const presenceMessages = defineMessages({
  de: {
    listLabel: 'Personen im Dokument',
    self: '{name} (Sie)',
    more: '+{count}',
    moreLabel: '{count} weitere: {names}',
    joined: '{name} ist dem Dokument beigetreten.',
    left: '{name} hat das Dokument verlassen.',
  },
  en: {
    listLabel: 'People in this document',
    self: '{name} (you)',
    more: '+{count}',
    moreLabel: '{count} more: {names}',
    joined: '{name} joined the document.',
    left: '{name} left the document.',
  },
})
