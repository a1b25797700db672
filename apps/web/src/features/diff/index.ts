// The diff feature's door: the shell loads DiffPage lazily; the review page embeds DiffView.
export { DiffPage } from './DiffPage'
export type { DiffPageProps } from './DiffPage'
export { DiffView } from './DiffView'
export type { DiffViewProps } from './DiffView'
export type { VersionDiff, DiffApi } from './versionDiff'
