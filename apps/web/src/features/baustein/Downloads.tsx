/**
 * The version's files and the whole folder as a zip. The server sends them as downloads (and
 * decides visibility: IT providers reach published versions only).
 */
import { useApi } from '../../lib/api/ApiContext'
import type { FileInfo } from '../../lib/api/types'
import { formatNumber, useLocale, useT } from '../../lib/i18n/i18n'
import { relationMessages } from './relationMessages'

const METADATA_FILE = 'baustein.json'
import { TableWrap } from '../../lib/ui/TableWrap'

export function Downloads({
  blockId,
  version,
  files,
}: {
  blockId: string
  version: string
  files: readonly FileInfo[]
}) {
  const t = useT(relationMessages)
  const { locale } = useLocale()
  const api = useApi()
  // The server lists the model files; the metadata (baustein.json) is served by the same route.
  const rows: { name: string; size?: number }[] = [
    ...(files.some((f) => f.name === METADATA_FILE) ? [] : [{ name: METADATA_FILE }]),
    ...files,
  ]
  return (
    <>
      <TableWrap label={t('filesTable')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('fileName')}</th>
              <th scope="col">{t('fileSize')}</th>
              <th scope="col">{t('download')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((file) => (
              <tr key={file.name}>
                <td className="mono">{file.name}</td>
                <td>
                  {file.size === undefined
                    ? '–'
                    : t('bytes', {
                        size: formatNumber(file.size / 1024, locale, { maximumFractionDigits: 1 }),
                      })}
                </td>
                <td>
                  <a
                    href={api.fileUrl(blockId, version, file.name)}
                    download={file.name}
                    aria-label={t('downloadFile', { name: file.name })}
                  >
                    {t('download')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p>
        <a className="button button-secondary" href={api.zipUrl(blockId, version)} download>
          {t('downloadZip')}
        </a>
      </p>
    </>
  )
}
