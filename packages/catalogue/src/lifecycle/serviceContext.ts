import type { CatalogueStore } from '../store'
import type { CheckFolder } from './readDraftFolder'

/** What every operation of the service works with. */
export interface ServiceContext {
  store: CatalogueStore
  /** Time for metadata the service writes (`letzteAenderung`); the store keeps its own clock. */
  clock: () => Date
  checkFolder: CheckFolder
}
