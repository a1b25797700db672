import type { BpmnDiff } from './versionDiff'

export type ChangeKind = 'added' | 'removed' | 'changed' | 'layoutChanged'

/** A short sign drawn on each marked element, so the kind is readable without its colour. */
export const CHANGE_SIGNS: Record<ChangeKind, string> = {
  added: '+',
  removed: '−',
  changed: '~',
  layoutChanged: '↔',
}

/**
 * Which element ids to mark in which diagram: the old version shows what was removed or changed,
 * the new one what was added, changed or moved.
 */
export function markersFor(diff: BpmnDiff, side: 'before' | 'after'): [string, ChangeKind][] {
  const marks: [string, ChangeKind][] =
    side === 'before'
      ? [
          ...diff.removed.map((e): [string, ChangeKind] => [e.id, 'removed']),
          ...diff.changed.map((e): [string, ChangeKind] => [e.id, 'changed']),
        ]
      : [
          ...diff.added.map((e): [string, ChangeKind] => [e.id, 'added']),
          ...diff.changed.map((e): [string, ChangeKind] => [e.id, 'changed']),
          ...diff.layoutChanged.map((e): [string, ChangeKind] => [e.id, 'layoutChanged']),
        ]
  return marks
}
