/** Where this block came from (if it is a variant, with "upstream changed") and its variants. */
import type { BlockOverview } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { useSession } from '../../lib/session/SessionContext'
import { relationMessages } from './relationMessages'
import { useBlockNames } from '../../lib/api/useBlockNames'

export function VariantsSection({ overview }: { overview: BlockOverview }) {
  const t = useT(relationMessages)
  const { organisations } = useSession()
  const { origin, variants } = overview
  const nameOf = useBlockNames([
    ...(origin
      ? [{ blockId: origin.blockId, version: origin.basedOn ?? origin.latestPublished }]
      : []),
    ...variants.map((v) => ({ blockId: v.blockId, version: null })),
  ])
  return (
    <>
      {origin ? (
        <div
          className={origin.upstreamChanged ? 'message message-warning' : 'message message-info'}
        >
          <p>
            {t('variantOf', {
              block: nameOf(origin.blockId),
              version: origin.basedOn ?? '–',
            })}{' '}
            <Link to={{ name: 'baustein', id: origin.blockId }}>{t('origin')}</Link>
          </p>
          <p>
            {origin.upstreamChanged
              ? t('upstreamChangedShort', { versions: origin.newerVersions.join(', ') })
              : t('upstreamUnchanged')}
          </p>
        </div>
      ) : null}
      {variants.length === 0 ? (
        <p>{t('noVariants')}</p>
      ) : (
        <ul>
          {variants.map((variant) => (
            <li key={variant.blockId}>
              <Link to={{ name: 'baustein', id: variant.blockId }}>
                {t('variantRow', {
                  block: nameOf(variant.blockId),
                  organisation: variant.organisationId
                    ? (organisations.get(variant.organisationId)?.name ?? variant.organisationId)
                    : '–',
                  version: variant.derivedFrom ?? '–',
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
