import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Marks the async flow inside `transaction(fn)` with the store that opened it. A call on that same
 * store's outer object from inside fn is a mistake (on SQLite it would wait for its own transaction
 * forever); the executors check this mark and throw instead.
 */
export const transactionScope = new AsyncLocalStorage<object>()

export function insideTransactionOf(owner: object): boolean {
  return transactionScope.getStore() === owner
}
