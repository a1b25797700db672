/**
 * What the reader should know before anything else: a newer published version, an open draft,
 * a deprecation with its successor, upstream changes of a variant's origin, updates of called blocks.
 */
import type { ReactNode } from 'react'
import type { BlockOverview, VersionSummary } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useVocabulary } from '../../lib/vocabulary/useVocabulary'
import { bausteinMessages } from './messages'

export function BlockHints({
  overview,
  shown,
}: {
  overview: BlockOverview
  shown: VersionSummary
}) {
  const t = useT(bausteinMessages)
  const { state } = useVocabulary()
  const id = overview.block.id
  const latest = overview.latestPublished
  const open = overview.versions.find(
    (v) => (v.state === 'entwurf' || v.state === 'in_pruefung') && v.version !== shown.version
  )
  const updates = overview.dependencies.filter((d) => d.updates.withinRange || d.updates.newerMajor)
  const hints: { key: string; tone: 'info' | 'warning'; content: ReactNode }[] = []
  if (latest && latest !== shown.version && shown.state === 'veroeffentlicht') {
    hints.push({
      key: 'older',
      tone: 'info',
      content: (
        <>
          {t('olderVersion', { shown: shown.version, latest })}{' '}
          <Link to={{ name: 'version', id, version: latest }}>{t('showLatest')}</Link>
        </>
      ),
    })
  }
  if (open) {
    hints.push({
      key: 'open',
      tone: 'info',
      content: (
        <>
          {t('openDraft', { version: open.version, state: state(open.state) })}{' '}
          <Link to={{ name: 'version', id, version: open.version }}>
            {t('showOpenDraft', { version: open.version })}
          </Link>
        </>
      ),
    })
  }
  if (shown.state === 'abgekuendigt' && shown.successor) {
    hints.push({
      key: 'deprecated',
      tone: 'warning',
      content: (
        <Link to={{ name: 'version', id: shown.successor.id, version: shown.successor.version }}>
          {t('deprecatedBy', { id: shown.successor.id, version: shown.successor.version })}
        </Link>
      ),
    })
  }
  if (overview.origin?.upstreamChanged) {
    hints.push({
      key: 'upstream',
      tone: 'warning',
      content: t('upstreamChanged', {
        versions: overview.origin.newerVersions.join(', '),
        basedOn: overview.origin.basedOn ?? '–',
      }),
    })
  }
  if (updates.length > 0) {
    hints.push({
      key: 'updates',
      tone: 'warning',
      content: (
        <a href="#abschnitt-dependencies">{t('updatesAvailable', { count: updates.length })}</a>
      ),
    })
  }
  if (hints.length === 0) return null
  return (
    <section className="block-hints" aria-label={t('hints')}>
      {hints.map((hint) => (
        <p key={hint.key} className={`message message-${hint.tone}`}>
          {hint.content}
        </p>
      ))}
    </section>
  )
}
