import type { Problem } from '@bauplan/domain'
import type { BlockSearchApi } from '../process-modeler/blockSearchApi'

/**
 * What the editor needs from the server. The shell's `BauplanApi` (src/lib/api) has these methods
 * under the same names; the editor depends on nothing else, so tests can hand in any implementation.
 */
export interface DraftApi {
  /** `GET /api/bausteine/:id/versionen/:version` */
  getVersion(
    blockId: string,
    version: string
  ): Promise<{
    version: { version: string; revision: number; state: string; metadata: unknown }
    files: { name: string }[]
  }>
  /** `GET …/:version/dateien/:name` */
  getFileText(blockId: string, version: string, name: string): Promise<string>
  /** `PUT …/:version?revision=` with `{ files }` — replaces the draft's files. */
  replaceDraftFiles(
    blockId: string,
    version: string,
    files: Record<string, string>,
    revision?: number
  ): Promise<{ version: { version: string; revision: number }; problems: Problem[] }>
}

export type EditorApi = DraftApi & BlockSearchApi
