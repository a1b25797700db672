/** /bausteine/:id/versionen/:version/bearbeiten — the editor page, or a placeholder until it lands. */
import { Suspense } from 'react'
import { useApi } from '../lib/api/ApiContext'
import { useT } from '../lib/i18n/i18n'
import { PageHeading } from '../lib/page/PageHeading'
import { Link } from '../lib/router/Link'
import { useNavigate } from '../lib/router/Router'
import { hrefFor } from '../lib/router/routes'
import { Loading } from '../lib/ui/Loading'
import { appMessages } from './messages'
import { LazyEditorPage } from './optionalPages'

export function EditorRoute({ id, version }: { id: string; version: string }) {
  const api = useApi()
  const navigate = useNavigate()
  if (!LazyEditorPage) return <EditorPlaceholder id={id} version={version} />
  return (
    <Suspense fallback={<Loading />}>
      <LazyEditorPage
        blockId={id}
        version={version}
        api={api}
        onOpenBlock={(blockId, blockVersion) =>
          navigate(
            hrefFor(
              blockVersion
                ? { name: 'version', id: blockId, version: blockVersion }
                : { name: 'baustein', id: blockId }
            )
          )
        }
        onVersionChanged={(next) =>
          navigate(hrefFor({ name: 'editor', id, version: next }), {
            replace: true,
            keepFocus: true,
          })
        }
      />
    </Suspense>
  )
}

function EditorPlaceholder({ id, version }: { id: string; version: string }) {
  const t = useT(appMessages)
  return (
    <section className="panel">
      <PageHeading>{t('editorTitle')}</PageHeading>
      <p className="mono">
        {id} · {version}
      </p>
      <p>{t('editorFollows')}</p>
      <Link to={{ name: 'version', id, version }}>{t('backToBlock')}</Link>
    </section>
  )
}
