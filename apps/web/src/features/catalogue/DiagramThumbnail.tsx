/** The diagram preview of a card: rendered once per version by the shared off-screen viewer. */
import { useApi } from '../../lib/api/ApiContext'
import { useResource } from '../../lib/api/useResource'
import { renderThumbnail, svgDataUrl } from '../../lib/bpmn/thumbnails'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function DiagramThumbnail({
  blockId,
  version,
  file,
  name,
  freshness,
  load,
}: {
  blockId: string
  version: string
  /** The version's main BPMN file, or null when it has none. */
  file: string | null
  name: string
  freshness: string
  /** False until the card comes near the screen: only then is the BPMN file fetched. */
  load: boolean
}) {
  const t = useT(catalogueMessages)
  const api = useApi()
  const svg = useResource(async () => {
    if (!load || !file) return undefined
    const key = `${blockId}@${version}#${freshness}`
    return renderThumbnail(key, () => api.getFileText(blockId, version, file))
  }, [api, load, blockId, version, file, freshness])

  if (svg.data) {
    return (
      <img
        className="diagram-thumbnail"
        src={svgDataUrl(svg.data)}
        alt={t('thumbnailAlt', { name })}
        loading="lazy"
      />
    )
  }
  const failed = svg.status === 'error' || file === null
  return (
    <div className="diagram-thumbnail diagram-thumbnail-empty">
      <span className="muted">{failed ? t('thumbnailFailed') : t('thumbnailLoading')}</span>
    </div>
  )
}
