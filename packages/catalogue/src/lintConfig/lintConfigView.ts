import type { CatalogueStore } from '../store'
import type { CurrentLintConfig } from './readLintConfig'

/** A configuration revision as the API shows it: who changed it by id and display name. */
export interface LintConfigView extends Omit<CurrentLintConfig, 'changedBy'> {
  changedBy: { id: string; name: string } | null
}

/** Resolves `changedBy` to the user's display name; a revision by the system has none. */
export async function viewOf(
  store: CatalogueStore,
  config: CurrentLintConfig,
  names: Map<string, string> = new Map()
): Promise<LintConfigView> {
  const id = config.changedBy
  if (id === null) return { ...config, changedBy: null }
  let name = names.get(id)
  if (name === undefined) {
    name = (await store.getUser(id))?.displayName ?? id
    names.set(id, name)
  }
  return { ...config, changedBy: { id, name } }
}
