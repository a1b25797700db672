import { checkBausteinFolder } from '@bauplan/domain'
import type { EditorApi } from '../draftApi'
import { isStorable } from '../storable'
import { catalogueOfReferenceModels } from './catalogueOfReferenceModels'

/**
 * The editor's API over one draft held in memory, for component tests (the browser test runner
 * cannot start the server). It behaves like the server where the editor depends on it: revisions
 * count up, a stale revision is refused with 409, unreadable files with 422, and the domain's folder
 * check reports the problems of every stored draft.
 */
export function inMemoryDraftApi(blockId: string, version: string, folder: Record<string, string>) {
  let files = { ...folder }
  let revision = 1
  const saves: Record<string, string>[] = []
  const search = catalogueOfReferenceModels()
  const api: EditorApi = {
    search: search.search,
    async getVersion(id, v) {
      if (id !== blockId || v !== version)
        throw Object.assign(new Error('not found'), { status: 404 })
      return {
        version: {
          version,
          revision,
          state: 'entwurf',
          metadata: JSON.parse(files['baustein.json'] ?? '{}'),
        },
        files: Object.keys(files).map((name) => ({ name })),
      }
    },
    async getFileText(_id, _v, name) {
      const text = files[name]
      if (text === undefined) throw Object.assign(new Error('no such file'), { status: 404 })
      return text
    },
    async replaceDraftFiles(_id, _v, next, expected) {
      if (expected !== undefined && expected !== revision) {
        throw Object.assign(new Error('Der Entwurf wurde inzwischen geändert.'), { status: 409 })
      }
      const check = await checkBausteinFolder(next)
      if (!isStorable(check.problems)) {
        throw Object.assign(new Error('unreadable'), { status: 422, problems: check.problems })
      }
      files = { ...next }
      revision++
      saves.push(files)
      return { version: { version, revision }, problems: check.problems }
    },
  }
  return { api, saves, current: () => files }
}
