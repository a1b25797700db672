/**
 * The editor and the diff view are built in parallel (src/features/editor, src/features/diff) and
 * pull in bpmn-js's modeler and dmn-js, which are big. They load lazily, in their own chunks, only
 * when their route opens; `import.meta.glob` finds their entry file if it exists, so the shell
 * builds with or without them and shows a placeholder until they land.
 */
import type { BauplanApi } from '../lib/api/bauplanApi'
import { lazyOptional, type ModuleLoader } from '../lib/lazyOptional'

/** What the shell passes to the editor page (EditorPage in src/features/editor). */
export interface EditorPageProps {
  blockId: string
  version: string
  api: BauplanApi
  /** Opens a called block's page (call activities). */
  onOpenBlock: (blockId: string, version?: string) => void
  /** The draft was stored under a new version number (its metadata raised it). */
  onVersionChanged: (version: string) => void
}

/** What the shell passes to the diff page (DiffPage in src/features/diff). */
export interface DiffPageProps {
  blockId: string
  from: string
  to: string
  api: BauplanApi
}

const editorModules: Record<string, ModuleLoader> = import.meta.glob(
  '../features/editor/index.{ts,tsx}'
)
const diffModules: Record<string, ModuleLoader> = import.meta.glob(
  '../features/diff/index.{ts,tsx}'
)

export const LazyEditorPage = lazyOptional<EditorPageProps>(editorModules, 'EditorPage')
export const LazyDiffPage = lazyOptional<DiffPageProps>(diffModules, 'DiffPage')
