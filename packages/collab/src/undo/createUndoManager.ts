import * as Y from 'yjs'
import { contentRoots, filesMap, sortedFiles, type FileInfo } from '../document/modelSpace'

/**
 * Per-user undo: a Y.UndoManager over every shared type of the draft that tracks only
 * transactions with the user's own `origin`. Undo then reverts exactly this user's changes —
 * remote edits, seeding and other users' work are never undone, and remote changes do not reset
 * the history (as they do in modellers that re-import the diagram).
 *
 * The scope is the `files` map and the root types of every file, and it grows with the file list:
 * a file added later (by this user or a peer) has root types of its own (`contentName`), which
 * are added to the scope as soon as its `files` entry arrives. So undoing an add takes back its
 * `files` entry and its content together, and edits inside an added file are undone like others.
 *
 * `captureTimeout: 0` keeps one undo step per operation (one bpmn-js command = one transaction);
 * the binding may raise it to merge typing into one step.
 */
export function createUndoManager(
  doc: Y.Doc,
  origin: unknown,
  options: { captureTimeout?: number } = {}
): Y.UndoManager {
  const files = filesMap(doc)
  const scope: Y.AbstractType<unknown>[] = [files as Y.AbstractType<unknown>]
  for (const [file, info] of sortedFiles(doc)) scope.push(...contentRoots(doc, file, info))
  return new DraftUndoManager(scope, files, {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 0,
  })
}

/** A Y.UndoManager whose scope follows the draft's file list until it is destroyed. */
class DraftUndoManager extends Y.UndoManager {
  private readonly files: Y.Map<FileInfo>
  private readonly followFiles: (event: Y.YMapEvent<FileInfo>) => void

  constructor(
    scope: Y.AbstractType<unknown>[],
    files: Y.Map<FileInfo>,
    options: ConstructorParameters<typeof Y.UndoManager>[1]
  ) {
    super(scope, options)
    this.files = files
    // Scope matters when undoing (only items inside the scope are reverted), so adding the new
    // root types after the add's transaction is early enough for its own undo.
    this.followFiles = (event) => {
      for (const key of event.keysChanged) {
        const info = files.get(key)
        if (info) this.addToScope(contentRoots(this.doc, key, info))
      }
    }
    files.observe(this.followFiles)
  }

  override destroy(): void {
    this.files.unobserve(this.followFiles)
    super.destroy()
  }
}
