import type { CatalogueStore } from '../store'
import type { DraftDocuments } from './draftDocuments'
import type { CheckFolder } from './readDraftFolder'

/** What every operation of the service works with. */
export interface ServiceContext {
  store: CatalogueStore
  /** Time for metadata the service writes (`letzteAenderung`); the store keeps its own clock. */
  clock: () => Date
  checkFolder: CheckFolder
  /**
   * Drafts with a shared document (real-time collaboration): their files follow the document. Left
   * out, the service treats every draft as one without a document.
   */
  draftDocuments?: DraftDocuments
}
