import { describe } from 'vitest'
import { describeCollabDocuments } from '../collab/collabContract'
import { describeAuditAndMeta } from './contract/auditContract'
import { describeDraftDeletion } from './contract/draftDeletionContract'
import type { OpenHarness } from './contract/harness'
import { describeIdentity } from './contract/identityContract'
import { describeImmutability } from './contract/immutabilityContract'
import { describeLinks } from './contract/linkContract'
import { describeLintConfig } from './contract/lintConfigContract'
import { describeMigrations } from './contract/migrationContract'
import { describeSearch } from './contract/searchContract'
import { describeSessions } from './contract/sessionContract'
import { describeTransactions } from './contract/transactionContract'
import { describeUserDirectory } from './contract/userDirectoryContract'
import { describeVersions } from './contract/versionContract'

export type { ContractHarness, OpenHarness } from './contract/harness'

/**
 * The behaviour every CatalogueStore adapter must show. An adapter's test file calls this with a
 * function that opens a fresh, empty store (plus raw database access) for each test.
 */
export function describeStoreContract(name: string, open: OpenHarness): void {
  describe(`CatalogueStore contract: ${name}`, () => {
    describeMigrations(open)
    describeIdentity(open)
    describeUserDirectory(open)
    describeSessions(open)
    describeVersions(open)
    describeDraftDeletion(open)
    describeImmutability(open)
    describeTransactions(open)
    describeLinks(open)
    describeAuditAndMeta(open)
    describeLintConfig(open)
    describeSearch(open)
    describeCollabDocuments(open)
  })
}
