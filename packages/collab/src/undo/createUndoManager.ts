import * as Y from 'yjs'
import { jsonRoot, modelSpace, sortedFiles, textRoot } from '../document/modelSpace'

/**
 * Per-user undo: a Y.UndoManager over every shared type of the draft that tracks only
 * transactions with the user's own `origin`. Undo then reverts exactly this user's changes —
 * remote edits, seeding and other users' work are never undone, and remote changes do not reset
 * the history (as they do in modellers that re-import the diagram).
 *
 * `captureTimeout: 0` keeps one undo step per operation (one bpmn-js command = one transaction);
 * the binding may raise it to merge typing into one step.
 */
export function createUndoManager(
  doc: Y.Doc,
  origin: unknown,
  options: { captureTimeout?: number } = {}
): Y.UndoManager {
  const scope: Y.AbstractType<unknown>[] = []
  for (const [file, info] of sortedFiles(doc)) {
    if (info.kind === 'bpmn' || info.kind === 'dmn') {
      const space = modelSpace(doc, file)
      if (space)
        scope.push(space.elements as Y.AbstractType<unknown>, space.di as Y.AbstractType<unknown>)
    } else if (info.kind === 'json') {
      scope.push(jsonRoot(doc, file) as Y.AbstractType<unknown>)
    } else {
      scope.push(textRoot(doc, file) as Y.AbstractType<unknown>)
    }
  }
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 0,
  })
}
