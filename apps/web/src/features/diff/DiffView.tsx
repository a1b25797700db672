import type NavigatedViewer from 'bpmn-js/lib/NavigatedViewer'
import { useMemo } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { BpmnDiffDiagram } from './BpmnDiffDiagram'
import { CHANGE_SIGNS, markersFor, type ChangeKind } from './diffMarkers'
import { DmnChanges } from './DmnChanges'
import { MetadataChanges } from './MetadataChanges'
import { diffMessages } from './messages'
import type { BpmnElementRef, VersionDiff } from './versionDiff'
import './diff.css'

export interface DiffViewProps {
  diff: VersionDiff
  /** The BPMN of both versions; without them the BPMN part is a list only. */
  beforeBpmn?: string
  afterBpmn?: string
  onViewerReady?: (side: 'before' | 'after', viewer: NavigatedViewer) => void
}

const KINDS: ChangeKind[] = ['added', 'removed', 'changed', 'layoutChanged']

/**
 * Two versions side by side: the BPMN diagrams with marked elements (colour, a sign and a list in
 * words), DMN rule changes and metadata changes. Reused by the review page.
 */
export function DiffView({ diff, beforeBpmn, afterBpmn, onViewerReady }: DiffViewProps) {
  const t = useT(diffMessages)
  const { locale } = useLocale()
  const kindLabels = useMemo(
    () => Object.fromEntries(KINDS.map((k) => [k, t(k)])) as Record<ChangeKind, string>,
    [t]
  )
  const bpmn = diff.bpmn
  const changes: [ChangeKind, BpmnElementRef & { attributes?: { attribute: string }[] }][] = bpmn
    ? KINDS.flatMap((kind) => bpmn[kind].map((e): [ChangeKind, typeof e] => [kind, e]))
    : []
  return (
    <div className="bauplan-diff">
      {(diff.files.added.length > 0 || diff.files.removed.length > 0) && (
        <section aria-labelledby="bauplan-diff-files">
          <h2 id="bauplan-diff-files">{t('filesHeading')}</h2>
          <ul>
            {diff.files.added.map((name) => (
              <li key={`+${name}`}>{t('fileAdded', { name })}</li>
            ))}
            {diff.files.removed.map((name) => (
              <li key={`-${name}`}>{t('fileRemoved', { name })}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="bauplan-diff-bpmn">
        <h2 id="bauplan-diff-bpmn">{t('processHeading')}</h2>
        {!bpmn ? (
          <p>{t('noBpmn')}</p>
        ) : (
          <>
            <h3>{t('legend')}</h3>
            <ul className="bauplan-diff-legend">
              {KINDS.map((kind) => (
                <li key={kind}>
                  <span
                    className={`bauplan-diff-badge bauplan-diff-badge-${kind}`}
                    aria-hidden="true"
                  >
                    {CHANGE_SIGNS[kind]}
                  </span>{' '}
                  {t(kind)}
                </li>
              ))}
            </ul>
            {beforeBpmn !== undefined && afterBpmn !== undefined && (
              <div className="bauplan-diff-sides">
                <BpmnDiffDiagram
                  xml={beforeBpmn}
                  label={t('before', { version: diff.fromVersion })}
                  marks={markersFor(bpmn, 'before')}
                  kindLabels={kindLabels}
                  onReady={(viewer) => onViewerReady?.('before', viewer)}
                />
                <BpmnDiffDiagram
                  xml={afterBpmn}
                  label={t('after', { version: diff.toVersion })}
                  marks={markersFor(bpmn, 'after')}
                  kindLabels={kindLabels}
                  onReady={(viewer) => onViewerReady?.('after', viewer)}
                />
              </div>
            )}
            <h3>{t('changeList')}</h3>
            {changes.length === 0 ? (
              <p>{t('noBpmnChanges')}</p>
            ) : (
              <ul>
                {changes.map(([kind, element]) => (
                  <li key={`${kind}:${element.id}`}>
                    <span
                      className={`bauplan-diff-badge bauplan-diff-badge-${kind}`}
                      aria-hidden="true"
                    >
                      {CHANGE_SIGNS[kind]}
                    </span>{' '}
                    {t('element', {
                      kind: t(kind),
                      name: element.name ?? element.id,
                      id: element.id,
                      type: element.type.replace(/^bpmn:/, ''),
                    })}
                    {element.attributes && element.attributes.length > 0 && (
                      <>
                        {' '}
                        —{' '}
                        {t('attributes', {
                          list: element.attributes.map((a) => a.attribute).join(', '),
                        })}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <DmnChanges dmn={diff.dmn} />
      <MetadataChanges changes={diff.metadata} />
      {diff.problems.length > 0 && (
        <section aria-labelledby="bauplan-diff-problems">
          <h2 id="bauplan-diff-problems">{t('problems')}</h2>
          <ul>
            {diff.problems.map((problem, i) => (
              <li key={i}>{problem.message[locale]}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
