import type Modeler from 'bpmn-js/lib/Modeler'
import { useEffect, useState } from 'react'
import { useT } from '../../lib/i18n/i18n'
import type { CommandStack, EventBus } from './bpmnServices'
import { processModelerMessages } from './messages'

/**
 * Undo and redo as buttons. They call the modeler's command stack, which a shared draft's binding
 * routes to the user's own undo (bindBpmnModeler), so buttons and Ctrl+Z do the same thing.
 */
export function UndoRedoBar({ modeler, disabled }: { modeler: Modeler; disabled: boolean }) {
  const t = useT(processModelerMessages)
  const commandStack = modeler.get<CommandStack>('commandStack')
  const [can, setCan] = useState({ undo: false, redo: false })

  useEffect(() => {
    const eventBus = modeler.get<EventBus>('eventBus')
    let timer: ReturnType<typeof setTimeout> | undefined
    // Read after the event has run its course: a binding writes the command to the shared
    // document (and so onto the undo stack) in its own listener of the same event.
    const refresh = () => {
      clearTimeout(timer)
      timer = setTimeout(() =>
        setCan({ undo: commandStack.canUndo(), redo: commandStack.canRedo() })
      )
    }
    const events = ['commandStack.changed', 'elements.changed', 'import.done']
    eventBus.on(events, refresh)
    refresh()
    return () => {
      clearTimeout(timer)
      eventBus.off(events, refresh)
    }
  }, [modeler, commandStack])

  return (
    <div role="toolbar" aria-label={t('historyLabel')} className="bauplan-history-bar">
      <button
        type="button"
        disabled={disabled || !can.undo}
        aria-keyshortcuts="Control+Z"
        onClick={() => commandStack.undo()}
      >
        {t('undo')} <kbd>{t('undoShortcut')}</kbd>
      </button>
      <button
        type="button"
        disabled={disabled || !can.redo}
        aria-keyshortcuts="Control+Y"
        onClick={() => commandStack.redo()}
      >
        {t('redo')} <kbd>{t('redoShortcut')}</kbd>
      </button>
    </div>
  )
}
