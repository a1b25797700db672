import { defineMessages } from '../../lib/i18n/i18n'

export const notificationMessages = defineMessages({
  de: {
    title: 'Benachrichtigungen',
    intro:
      'Was andere an Bausteinen Ihrer Organisationen getan haben: Einreichungen, Freigaben, Zurückweisungen, Abkündigungen und neue Varianten.',
    scope:
      'Abgeleitet aus den Protokollen der {count} zuletzt geänderten Bausteine Ihrer Organisationen (und der Einreichungen, die Sie prüfen dürfen).',
    publishedScope: 'Die zuletzt veröffentlichten Versionen im Katalog.',
    empty: 'Keine Benachrichtigungen.',
    markRead: 'Alle als gelesen markieren',
    unread: 'neu',
    unreadCount: '{count} neue Benachrichtigungen',
    noneUnread: 'Keine neuen Benachrichtigungen',
    list: 'Benachrichtigungen, neueste zuerst',
    by: 'von {who}',
    note: '„{text}“',
    published: 'Version {version} von „{name}“ veröffentlicht',
  },
  en: {
    title: 'Notifications',
    intro:
      'What others did with the building blocks of your organisations: submissions, approvals, rejections, deprecations and new variants.',
    scope:
      'Derived from the audit logs of the {count} most recently changed blocks of your organisations (and of the submissions you may review).',
    publishedScope: 'The most recently published versions in the catalogue.',
    empty: 'No notifications.',
    markRead: 'Mark all as read',
    unread: 'new',
    unreadCount: '{count} new notifications',
    noneUnread: 'No new notifications',
    list: 'Notifications, newest first',
    by: 'by {who}',
    note: '“{text}”',
    published: 'Version {version} of “{name}” published',
  },
})
