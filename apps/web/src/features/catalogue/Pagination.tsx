/**
 * Page links: real links (`?page=n`), so they work with the keyboard, in new tabs and as
 * bookmarks; the current page is marked with aria-current. Long ranges are shortened with "…".
 */
import { Link } from '../../lib/router/Link'
import { useT } from '../../lib/i18n/i18n'
import { catalogueMessages } from './messages'

export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number
  pages: number
  hrefFor: (page: number) => string
}) {
  const t = useT(catalogueMessages)
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <p className="visually-hidden">{t('pageOf', { page, pages })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ‹ {t('previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={hrefFor(entry)}
                aria-label={t('pageLink', { page: entry })}
                aria-current={entry === page ? 'page' : undefined}
              >
                {entry}
              </Link>
            </li>
          )
        )}
        {page < pages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              {t('next')} ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

/** First, last, and two either side of the current page; gaps where pages are left out. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages])
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p)
  const sorted = [...shown].sort((a, b) => a - b)
  const result: (number | 'gap')[] = []
  for (const p of sorted) {
    const last = result[result.length - 1]
    if (typeof last === 'number' && p - last > 1) result.push('gap')
    result.push(p)
  }
  return result
}
