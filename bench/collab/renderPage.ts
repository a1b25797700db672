// Builds the render benchmark's page (page/index.html + page/main.js) with the web app's Vite,
// @bauplan/collab and @bauplan/domain from their sources (as the web app bundles them), and serves
// it with the draft (files, BPMN file name, tasks to edit) as draft.json.
import path from 'node:path'
import { serveVitePage, type VitePage } from '../shared/vitePage'
import { REPO_ROOT } from '@bauplan/server-process'
import { COLLAB_BENCH_DIR } from './childProcesses'

export interface RenderDraft {
  files: Record<string, string>
  bpmnFile: string
  /** Ids of tasks the remote peer renames, moves and connects to. */
  tasks: string[]
}

export type RenderPage = VitePage

/** `readable`: not minified, so a CPU profile names the functions. */
export function serveRenderPage(draft: RenderDraft, readable = false): Promise<RenderPage> {
  const fromCollab = (name: string) => path.join(REPO_ROOT, 'packages/collab/node_modules', name)
  return serveVitePage({
    title: 'render page',
    tempPrefix: 'bauplan-bench-render-',
    source: path.join(COLLAB_BENCH_DIR, 'page'),
    alias: {
      '@bauplan/collab': path.join(REPO_ROOT, 'packages/collab/src/index.ts'),
      '@bauplan/domain': path.join(REPO_ROOT, 'packages/domain/src/index.ts'),
      // The page's own imports resolve to the very copies @bauplan/collab uses (one Yjs).
      'bpmn-js': fromCollab('bpmn-js'),
      yjs: fromCollab('yjs'),
    },
    chunkSizeWarningLimit: 8192,
    minify: !readable,
    documents: {
      '/draft.json': {
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(draft),
      },
    },
  })
}
