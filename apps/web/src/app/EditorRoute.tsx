/**
 * /bausteine/:id/versionen/:version/bearbeiten — the editor page (src/features/editor), lazily. The
 * draft is edited together: the page works on its shared document (docs/collaboration.md).
 */
import type { LintConfigInput } from '@bauplan/lint'
import { Suspense, useMemo } from 'react'
import { getRuleConfiguration } from '../features/quality-rules/rulesApi'
import { useApi } from '../lib/api/ApiContext'
import type { BauplanApi } from '../lib/api/bauplanApi'
import type { User } from '../lib/api/types'
import { useNavigate } from '../lib/router/Router'
import { hrefFor } from '../lib/router/routes'
import { isAnalystOf } from '../lib/session/roles'
import { useSession } from '../lib/session/SessionContext'
import { Loading } from '../lib/ui/Loading'
import { LazyEditorPage } from './optionalPages'

export function EditorRoute({ id, version }: { id: string; version: string }) {
  const api = useApi()
  const navigate = useNavigate()
  const { state } = useSession()
  const user = state.status === 'signedIn' ? state.user : undefined
  const collaboration = useMemo(
    () => ({
      mayWrite: () => mayWriteDraft(api, user, id, version),
      ...(user ? { self: { userId: user.id, name: user.displayName } } : {}),
    }),
    [api, user, id, version]
  )
  return (
    <Suspense fallback={<Loading />}>
      <LazyEditorPage
        // Another draft is another shared document: a new page, not a re-used one.
        key={`${id}@${version}`}
        blockId={id}
        version={version}
        api={api}
        collaboration={collaboration}
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

/**
 * Whether the user may write the draft: an analyst of the owning organisation, while it is a draft
 * (the server's rule, docs/api.md § Zusammenarbeit). Readers are shown the draft read-only from the
 * start; the server would only tell them on their first change. When the overview cannot be read,
 * the editor opens writable and the server's answer decides.
 */
async function mayWriteDraft(
  api: BauplanApi,
  user: User | undefined,
  id: string,
  version: string
): Promise<boolean> {
  if (!user) return false
  try {
    const overview = await api.getOverview(id, version)
    const shown = overview.versions.find((entry) => entry.version === version)
    return shown?.state === 'entwurf' && isAnalystOf(user, overview.block.organisationId)
  } catch {
    return true
  }
}
