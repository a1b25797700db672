/** Where this block came from (if it is a variant, with "upstream changed") and its variants. */
import type { BlockOverview } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { relationMessages } from './relationMessages'
import { overviewNames } from './overviewNames'

export function VariantsSection({ overview }: { overview: BlockOverview }) {
  const t = useT(relationMessages)
  const { origin, variants } = overview
  const nameOf = overviewNames(overview)
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
            <Link to={{ name: 'baustein', id: origin.blockId }} title={origin.blockId}>
              {t('origin')}
            </Link>
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
              <Link to={{ name: 'baustein', id: variant.blockId }} title={variant.blockId}>
                {t('variantRow', {
                  block: nameOf(variant.blockId),
                  organisation: variant.organisationName ?? variant.organisationId ?? '–',
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
