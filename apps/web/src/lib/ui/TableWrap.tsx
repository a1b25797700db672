/**
 * Lets a wide table scroll sideways on narrow screens. Only while it really overflows does the
 * wrapper become a named, focusable region, so keyboard users can scroll it (WCAG 2.1.1) without
 * an extra Tab stop on wide screens.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'

export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1)
    check()
    const observer = new ResizeObserver(check)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  )
}
