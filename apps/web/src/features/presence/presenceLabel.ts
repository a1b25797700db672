import type { RemoteSelection } from '@bauplan/collab'

/**
 * The name label beside what another person has selected, in their colour: real text, so screen
 * readers read the name (colour is never the only cue). Used on diagram-js canvases (BPMN, DRD)
 * and in decision tables; `extraClass` adds the placement rules of a surface.
 */
export function presenceLabel(
  remote: RemoteSelection,
  tag: 'div' | 'span' = 'div',
  extraClass?: string
): HTMLElement {
  const label = document.createElement(tag)
  label.className = extraClass ? `bauplan-presence-label ${extraClass}` : 'bauplan-presence-label'
  label.textContent = remote.user.name
  label.style.backgroundColor = remote.colour.fill
  label.style.color = remote.colour.text
  label.dataset.clientId = String(remote.clientId)
  label.dataset.userId = remote.user.userId
  return label
}
