import { defineMessages } from '../../lib/i18n/i18n'

export const reviewMessages = defineMessages({
  de: {
    title: 'Prüfung',
    intro: 'Versionen, die auf Prüfung warten, und der Stand Ihrer eigenen Einreichungen.',
    queue: 'Zur Prüfung eingereicht',
    queueEmpty: 'Zurzeit wartet keine Version auf Prüfung.',
    queueCaption: 'Versionen im Status „In Prüfung“',
    mine: 'Meine Einreichungen',
    mineEmpty: 'Sie haben noch keine Version zur Prüfung eingereicht.',
    mineCaption: 'Ihre Einreichungen und ihr Ergebnis',
    mineScope:
      'Berücksichtigt werden die zuletzt geänderten {count} Bausteine Ihrer Organisationen.',
    block: 'Baustein',
    version: 'Version',
    organisation: 'Organisation',
    submittedAt: 'Eingereicht',
    outcome: 'Ergebnis',
    reason: 'Begründung',
    pending: 'Wartet auf Prüfung',
    open: 'Prüfen',
    nothingForRole:
      'Für Ihre Rolle gibt es hier nichts zu tun: IT-Dienstleister sehen nur veröffentlichte Versionen.',
  },
  en: {
    title: 'Review',
    intro: 'Versions waiting for review, and what became of your own submissions.',
    queue: 'Submitted for review',
    queueEmpty: 'No version is waiting for review right now.',
    queueCaption: 'Versions in the state “in review”',
    mine: 'My submissions',
    mineEmpty: 'You have not submitted any version for review yet.',
    mineCaption: 'Your submissions and their outcome',
    mineScope: 'This covers the {count} most recently changed blocks of your organisations.',
    block: 'Building block',
    version: 'Version',
    organisation: 'Organisation',
    submittedAt: 'Submitted',
    outcome: 'Outcome',
    reason: 'Reason',
    pending: 'Waiting for review',
    open: 'Review',
    nothingForRole:
      'There is nothing to do here for your role: IT providers see published versions only.',
  },
})
