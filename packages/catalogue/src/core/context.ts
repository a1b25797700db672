import type { SqlDialect } from './dialect'
import type { FullTextIndex } from './fullTextIndex'
import type { SqlExecutor } from './sqlExecutor'

/** What every group of store operations works with. */
export interface StoreContext {
  ex: SqlExecutor
  clock: () => Date
  fullText: FullTextIndex
  dialect: SqlDialect
}

export function nowIso(ctx: StoreContext): string {
  return ctx.clock().toISOString()
}

export function withExecutor(ctx: StoreContext, ex: SqlExecutor): StoreContext {
  return { ...ctx, ex }
}
