/** /bausteine/:id/versionen/:version/bearbeiten — the editor page (src/features/editor), lazily. */
import type { LintConfigInput } from '@bauplan/lint'
import { Suspense } from 'react'
import { getRuleConfiguration } from '../features/quality-rules/rulesApi'
import { useApi } from '../lib/api/ApiContext'
import { useNavigate } from '../lib/router/Router'
import { hrefFor } from '../lib/router/routes'
import { Loading } from '../lib/ui/Loading'
import { LazyEditorPage } from './optionalPages'

export function EditorRoute({ id, version }: { id: string; version: string }) {
  const api = useApi()
  const navigate = useNavigate()
  return (
    <Suspense fallback={<Loading />}>
      <LazyEditorPage
        blockId={id}
        version={version}
        api={api}
        loadLintConfig={() =>
          // Unknown rule names (from a newer server) are dropped when the levels are resolved.
          getRuleConfiguration(api).then((configuration): LintConfigInput => ({
            rules: configuration.rules as NonNullable<LintConfigInput['rules']>,
          }))
        }
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
