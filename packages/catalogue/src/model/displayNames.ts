/** Which ids to look up display names for (see `CatalogueStore.lookupNames`). */
export interface DisplayNameQuery {
  userIds?: readonly string[]
  organisationIds?: readonly string[]
  blockIds?: readonly string[]
  /** For readers who do not see drafts: a block named only in a draft stays without a name. */
  publishedBlockNamesOnly?: boolean
}

/** id → display name, per kind; ids that are unknown (or have no visible name) are absent. */
export interface DisplayNames {
  users: Record<string, string>
  organisations: Record<string, string>
  blocks: Record<string, string>
}
