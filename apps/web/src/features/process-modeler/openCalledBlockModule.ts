import type { BusEvent, DiagramElement, EventBus } from './bpmnServices'
import { isCallActivity, readReference, type BausteinReference } from './callActivityReference'

/** Modeler option `bauplanCalledBlock`: what to do when the user asks to open a called block. */
export interface CalledBlockOptions {
  openBlock: (reference: Required<Pick<BausteinReference, 'blockId'>> & BausteinReference) => void
}

interface ContextPad {
  registerProvider(priority: number, provider: object): void
}

type Translate = (text: string) => string

function linkedReference(element: DiagramElement | undefined) {
  if (!isCallActivity(element)) return undefined
  const reference = readReference(element)
  return reference.blockId !== undefined ? { ...reference, blockId: reference.blockId } : undefined
}

/**
 * Opens the block a call activity links to: from a context-pad entry, and on double-click. The
 * double-click runs before label editing (higher priority) and stops it only for linked call
 * activities; their name stays editable in the properties panel.
 */
function OpenCalledBlock(
  contextPad: ContextPad,
  eventBus: EventBus,
  translate: Translate,
  options: CalledBlockOptions | undefined
) {
  const open = (element: DiagramElement | undefined) => {
    const reference = linkedReference(element)
    if (!reference || !options) return false
    options.openBlock(reference)
    return true
  }

  contextPad.registerProvider(900, {
    getContextPadEntries(element: DiagramElement) {
      if (!linkedReference(element)) return {}
      return {
        'bauplan-open-block': {
          group: 'edit',
          className: 'bpmn-icon-call-activity',
          title: translate('Open building block'),
          action: { click: () => open(element) },
        },
      }
    },
  })

  eventBus.on('element.dblclick', 1500, (event: BusEvent) => {
    if (open(event.element)) return false
    return undefined
  })
}
OpenCalledBlock.$inject = ['contextPad', 'eventBus', 'translate', 'config.bauplanCalledBlock']

export const openCalledBlockModule = {
  __init__: ['bauplanOpenCalledBlock'],
  bauplanOpenCalledBlock: ['type', OpenCalledBlock],
}
