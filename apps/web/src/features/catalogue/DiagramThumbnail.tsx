/** The diagram preview of a card: rendered once per version by the shared off-screen viewer. */
import { useApi } from '../../lib/api/ApiContext'
import { useResource } from '../../lib/api/useResource'
import type { VersionDetail } from '../../lib/api/types'
import { renderThumbnail, svgDataUrl } from '../../lib/bpmn/thumbnails'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function DiagramThumbnail({
  detail,
  name,
  freshness,
}: {
  detail: VersionDetail | undefined
  name: string
  freshness: string
}) {
  const t = useT(catalogueMessages)
  const api = useApi()
  const version = detail?.version
  const file = version?.metadata.artefakte?.bpmn?.datei
  const svg = useResource(async () => {
    if (!version || !file) return undefined
    const key = `${version.blockId}@${version.version}#${freshness}`
    return renderThumbnail(key, () => api.getFileText(version.blockId, version.version, file))
  }, [api, version?.blockId, version?.version, file, freshness])

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
  const failed = svg.status === 'error' || (detail !== undefined && !file)
  return (
    <div className="diagram-thumbnail diagram-thumbnail-empty">
      <span className="muted">{failed ? t('thumbnailFailed') : t('thumbnailLoading')}</span>
    </div>
  )
}
