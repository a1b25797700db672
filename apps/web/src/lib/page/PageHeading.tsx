/**
 * Every page has one `<h1>` rendered at once (even while loading) and a document title. After an
 * in-app navigation the heading takes focus, so screen readers announce the new page and keyboard
 * users continue from its top, as after a full page load.
 */
import { useEffect, useRef, type ReactNode } from 'react'
import { useNavigation } from '../router/Router'

export const PRODUCT_NAME = 'Bauplan'

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${PRODUCT_NAME}` : PRODUCT_NAME
  }, [title])
}

export function PageHeading({
  children,
  title,
  className,
}: {
  children: ReactNode
  /** The document title; defaults to the heading when that is plain text. */
  title?: string
  className?: string
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { navigationId, focusOnNavigation } = useNavigation()
  usePageTitle(title ?? (typeof children === 'string' ? children : ''))
  useEffect(() => {
    if (navigationId > 0 && focusOnNavigation) ref.current?.focus()
  }, [navigationId, focusOnNavigation])
  return (
    <h1 ref={ref} tabIndex={-1} className={['page-heading', className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  )
}
