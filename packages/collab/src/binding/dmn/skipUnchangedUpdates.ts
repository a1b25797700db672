import type { ModdleElement } from '@bauplan/domain'

/** dmn-js's command stack (diagram-js's `CommandStack`), as far as `execute` goes. */
export interface ExecutingCommandStack {
  execute(command: string, context: Record<string, unknown>): unknown
}

/**
 * Makes a viewer's command stack ignore `element.updateProperties` commands that would set only
 * values the element already has. dmn-js's FEEL editor reports a value written into it as typed:
 * when a remote change re-renders a literal expression, the editor takes the merged text and
 * dmn-js runs a command setting that same text — nobody's edit, yet it would enter dmn-js's
 * history. Such a command changes nothing, so leaving it out changes nothing else either.
 * Returns the function that gives `execute` back.
 */
export function skipUnchangedUpdates(commandStack: ExecutingCommandStack): () => void {
  const own = commandStack.execute
  commandStack.execute = function (command, context) {
    if (command === 'element.updateProperties' && changesNothing(context)) return undefined
    return own.call(this, command, context)
  }
  return () => {
    commandStack.execute = own
  }
}

function changesNothing(context: Record<string, unknown>): boolean {
  const element = context.element as { businessObject?: ModdleElement } | ModdleElement | undefined
  const properties = context.properties as Record<string, unknown> | undefined
  if (!element || !properties) return false
  // table-js elements carry their business object; literal and boxed expression commands name it.
  const target = (element.businessObject ?? element) as ModdleElement & {
    get?(name: string): unknown
  }
  if (typeof target.get !== 'function') return false
  const get = target.get.bind(target)
  // Values only: nested property objects and elements are updates of their own kind.
  return Object.entries(properties).every(
    ([name, value]) =>
      (value === undefined || value === null || typeof value !== 'object') && get(name) === value
  )
}
