import { fieldId } from './jsonPointer'

/**
 * Moves focus to the control of a pointer, or to the nearest enclosing field that is rendered
 * (a problem may name a key the form does not show, e.g. an unknown property). Returns whether
 * something took focus.
 */
export function focusMetadataField(pointer: string, scope: ParentNode = document): boolean {
  let current = pointer
  for (;;) {
    const target = scope.querySelector<HTMLElement>(`#${CSS.escape(fieldId(current))}`)
    if (target) {
      target.scrollIntoView({ block: 'center' })
      target.focus()
      return true
    }
    if (current === '') return false
    current = current.slice(0, current.lastIndexOf('/'))
  }
}
