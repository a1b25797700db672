/**
 * The diff between two versions as `GET /api/bausteine/:id/diff?von=&bis=` answers it. The shapes
 * live in @bauplan/api-types (shared with the CLI); re-exported here for the diff feature.
 */
import type { VersionDiff } from '@bauplan/api-types'

export type {
  BpmnDiff,
  BpmnElementRef,
  DecisionTableDiff,
  MetadataChange,
  VersionDiff,
} from '@bauplan/api-types'

/** What the diff page needs from the server; the shell's BauplanApi has these methods. */
export interface DiffApi {
  getDiff(blockId: string, from: string, to: string): Promise<VersionDiff>
  getVersion(blockId: string, version: string): Promise<{ files: { name: string }[] }>
  getFileText(blockId: string, version: string, name: string): Promise<string>
}
