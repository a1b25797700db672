// The editor feature's door: the shell lazily loads EditorPage from here (src/app/optionalPages).
export { EditorPage, AUTOSAVE_DELAY_MS } from './EditorPage'
export type { EditorPageProps } from './EditorPage'
export type { DraftDocument, SaveOutcome } from './DraftDocument'
export type { DraftApi, EditorApi } from './draftApi'
export { ApiDraftDocument } from './apiDraftDocument'
