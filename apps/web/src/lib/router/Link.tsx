/**
 * A real `<a href>` that navigates inside the app on a plain left click and leaves every other
 * click (new tab, modifier keys, download) to the browser.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { useNavigate, type NavigateOptions } from './Router'
import { hrefFor, type LinkableRoute } from './routes'

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>

export type LinkProps = AnchorProps &
  NavigateOptions &
  ({ to: LinkableRoute; href?: never } | { href: string; to?: never })

export function Link({ to, href, replace, keepFocus, onClick, ...rest }: LinkProps) {
  const navigate = useNavigate()
  const target = to ? hrefFor(to) : (href as string)
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || !isPlainClick(event) || rest.target || rest.download) return
    event.preventDefault()
    navigate(target, { replace, keepFocus })
  }
  return <a {...rest} href={target} onClick={handleClick} />
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
