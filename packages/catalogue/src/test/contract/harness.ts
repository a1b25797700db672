import { afterEach, beforeEach } from 'vitest'
import type { CatalogueStore } from '../../store'

/** A clock the tests move by hand, so expiry and "last change" do not depend on real time. */
export class TestClock {
  private current = new Date('2026-03-02T09:00:00.000Z')

  readonly now = (): Date => new Date(this.current.getTime())

  set(iso: string): void {
    this.current = new Date(iso)
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms)
  }

  iso(offsetMs = 0): string {
    return new Date(this.current.getTime() + offsetMs).toISOString()
  }
}

/** One fresh, empty store (own file or own schema) plus raw access to its database. */
export interface ContractHarness {
  readonly dialect: 'sqlite' | 'postgres'
  /** The store as currently open (changes after `reopen`). */
  readonly store: CatalogueStore
  /** Runs SQL on a separate connection to the same database, bypassing the store entirely. */
  rawExecute(sql: string): Promise<void>
  /** Closes the store and opens it again on the same database, as a server restart would. */
  reopen(): Promise<CatalogueStore>
  /** Closes everything; the database itself is removed by the adapter's test file. */
  dispose(): Promise<void>
}

export type OpenHarness = (clock: () => Date) => Promise<ContractHarness>

export interface HarnessRef {
  readonly harness: ContractHarness
  readonly store: CatalogueStore
  readonly clock: TestClock
}

/** Gives every test its own fresh store, disposed afterwards. */
export function useHarness(open: OpenHarness): HarnessRef {
  let harness: ContractHarness | undefined
  let clock = new TestClock()
  beforeEach(async () => {
    clock = new TestClock()
    harness = await open(clock.now)
  })
  afterEach(async () => {
    await harness?.dispose()
    harness = undefined
  })
  return {
    get harness() {
      if (harness === undefined) throw new Error('no store outside a test')
      return harness
    },
    get store() {
      if (harness === undefined) throw new Error('no store outside a test')
      return harness.store
    },
    get clock() {
      return clock
    },
  }
}
