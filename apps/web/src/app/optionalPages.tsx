/**
 * The editor and the diff view pull in bpmn-js's modeler, its properties panel and dmn-js, which
 * are big: they load lazily, in their own chunks, only when their route opens (or a review shows
 * a diff). The imports are typed, so the shell's BauplanApi is checked against what they need.
 */
import { lazy } from 'react'

export const LazyEditorPage = lazy(() =>
  import('../features/editor').then((module) => ({ default: module.EditorPage }))
)

export const LazyDiffPage = lazy(() =>
  import('../features/diff').then((module) => ({ default: module.DiffPage }))
)
