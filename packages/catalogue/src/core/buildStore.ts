import { TransactionMisuseError } from '../errors'
import type { CatalogueStore } from '../store'
import { auditOps } from './auditOps'
import { blockOps } from './blockOps'
import { collabAppendOps } from '../collab/collabAppendThrough'
import type { CollabGroupWriter } from '../collab/collabGroupRetry'
import { collabOps } from '../collab/collabOps'
import { draftDeletionOps } from './draftDeletionOps'
import { withExecutor, type StoreContext } from './context'
import type { SqlDialect } from './dialect'
import type { FullTextIndex } from './fullTextIndex'
import { identityOps } from './identityOps'
import { linkOps } from './linkOps'
import { lintConfigOps } from './lintConfigOps'
import { metaOps } from './metaOps'
import { nameOps } from './nameOps'
import { notificationOps } from '../notifications/notificationOps'
import { organisationOps } from './organisationOps'
import { searchOps } from './searchOps'
import { sessionOps } from './sessionOps'
import type { SqlExecutor } from './sqlExecutor'
import { versionOps } from './versionOps'

/** What an adapter provides; everything else is shared. */
export interface StoreBackend {
  executor: SqlExecutor
  close(): Promise<void>
  fullText: FullTextIndex
  dialect: SqlDialect
  clock: () => Date
  /**
   * Writes the collaboration hub's append groups elsewhere than on `executor` (SQLite: a thread
   * with its own connection, sqliteAppendThread.ts). Only the store outside transactions uses it;
   * inside `transaction` appends run on the transaction's connection as usual.
   */
  appendCollabGroup?: CollabGroupWriter
}

type Operations = Omit<CatalogueStore, 'transaction' | 'close'>

function operations(ctx: StoreContext): Operations {
  return {
    ...organisationOps(ctx),
    ...identityOps(ctx),
    ...sessionOps(ctx),
    ...blockOps(ctx),
    ...versionOps(ctx),
    ...draftDeletionOps(ctx),
    ...linkOps(ctx),
    ...auditOps(ctx),
    ...searchOps(ctx),
    ...metaOps(ctx),
    ...nameOps(ctx),
    ...notificationOps(ctx),
    ...lintConfigOps(ctx),
    ...collabOps(ctx),
  }
}

const CLOSE_IN_TRANSACTION = {
  de: 'close() ist innerhalb einer Transaktion nicht möglich.',
  en: 'close() cannot be called inside a transaction.',
}

/**
 * The store inside a transaction. Every call runs in its own savepoint, so a call that fails (say, a
 * duplicate) leaves the transaction usable on both databases — PostgreSQL would otherwise reject every
 * later statement of the transaction, while SQLite would carry on.
 */
function transactionStore(ctx: StoreContext): CatalogueStore {
  const names = Object.keys(operations(ctx)) as (keyof Operations)[]
  const store = {} as Record<keyof Operations, unknown>
  for (const name of names) {
    store[name] = (...args: unknown[]) =>
      ctx.ex.atomic((ex) => {
        const method = operations(withExecutor(ctx, ex))[name] as (
          ...a: unknown[]
        ) => Promise<unknown>
        return method(...args)
      })
  }
  return {
    ...(store as Operations),
    transaction: (fn) => ctx.ex.atomic((ex) => fn(transactionStore(withExecutor(ctx, ex)))),
    close: async () => {
      throw new TransactionMisuseError(CLOSE_IN_TRANSACTION)
    },
  }
}

export function buildStore(backend: StoreBackend): CatalogueStore {
  const ctx: StoreContext = {
    ex: backend.executor,
    clock: backend.clock,
    fullText: backend.fullText,
    dialect: backend.dialect,
  }
  return {
    ...operations(ctx),
    ...(backend.appendCollabGroup === undefined ? {} : collabAppendOps(backend.appendCollabGroup)),
    transaction: (fn) => ctx.ex.atomic((ex) => fn(transactionStore(withExecutor(ctx, ex)))),
    close: () => backend.close(),
  }
}
