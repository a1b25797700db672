/** The block's dependencies (range, pin, state, updates) and usages as tables. */
import type { DependencyInfo, DependentInfo } from '../../lib/api/types'
import { useT } from '../../lib/i18n/i18n'
import { Link } from '../../lib/router/Link'
import { StateBadge } from '../../lib/ui/StateBadge'
import { relationMessages } from './relationMessages'
import { TableWrap } from '../../lib/ui/TableWrap'

export function DependencyTable({
  dependencies,
  nameOf,
}: {
  dependencies: readonly DependencyInfo[]
  nameOf: (id: string) => string
}) {
  const t = useT(relationMessages)
  if (dependencies.length === 0) return <p>{t('noDependencies')}</p>
  return (
    <TableWrap label={t('dependencyTable')}>
      <table className="data">
        <caption>{t('dependencyTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('block')}</th>
            <th scope="col">{t('versionRange')}</th>
            <th scope="col">{t('resolved')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('updates')}</th>
          </tr>
        </thead>
        <tbody>
          {dependencies.map((dep) => {
            const pinned = dep.resolvedVersion ?? dep.wouldResolveTo
            return (
              <tr key={dep.targetBlockId}>
                <td>
                  <Link
                    to={
                      pinned
                        ? { name: 'version', id: dep.targetBlockId, version: pinned }
                        : { name: 'baustein', id: dep.targetBlockId }
                    }
                    title={dep.targetBlockId}
                  >
                    {nameOf(dep.targetBlockId)}
                  </Link>
                </td>
                <td className="mono">{dep.range}</td>
                <td>
                  {dep.resolvedVersion ??
                    (dep.wouldResolveTo
                      ? t('wouldResolve', { version: dep.wouldResolveTo })
                      : t('unresolved'))}
                </td>
                <td>{dep.targetState ? <StateBadge state={dep.targetState} /> : '–'}</td>
                <td>
                  <UpdateHints dep={dep} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}

function UpdateHints({ dep }: { dep: DependencyInfo }) {
  const t = useT(relationMessages)
  const { withinRange, newerMajor } = dep.updates
  if (!withinRange && !newerMajor) return <span className="muted">{t('upToDate')}</span>
  return (
    <ul className="update-hints">
      {withinRange ? <li>{t('updateWithin', { version: withinRange })}</li> : null}
      {newerMajor ? <li>{t('updateMajor', { version: newerMajor })}</li> : null}
    </ul>
  )
}

export function WhereUsedTable({
  whereUsed,
  nameOf,
}: {
  whereUsed: readonly DependentInfo[]
  nameOf: (id: string) => string
}) {
  const t = useT(relationMessages)
  if (whereUsed.length === 0) return <p>{t('noWhereUsed')}</p>
  return (
    <TableWrap label={t('whereUsedTable')}>
      <table className="data">
        <caption>{t('whereUsedTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('block')}</th>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('versionRange')}</th>
            <th scope="col">{t('resolved')}</th>
          </tr>
        </thead>
        <tbody>
          {whereUsed.map((use) => (
            <tr key={`${use.blockId}@${use.version}`}>
              <td>
                <Link
                  to={{ name: 'version', id: use.blockId, version: use.version }}
                  title={use.blockId}
                >
                  {nameOf(use.blockId)}
                </Link>
              </td>
              <td>{use.version}</td>
              <td>
                <StateBadge state={use.state} />
              </td>
              <td className="mono">{use.range}</td>
              <td>{use.resolvedVersion ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
