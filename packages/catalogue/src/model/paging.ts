/** Offset paging for lists whose size is small enough to count. `limit` is 1…100 (default 50). */
export interface PageRequest {
  limit?: number
  offset?: number
}

export interface Page<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

/**
 * Cursor paging for append-only lists (the audit log): stable while new entries arrive. Pass the
 * `nextCursor` of one page as `cursor` to get the next; it is opaque to callers.
 */
export interface CursorPageRequest {
  limit?: number
  cursor?: string
}

export interface CursorPage<T> {
  items: T[]
  nextCursor: string | null
}

export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 50
