import type { DocumentPersistence, StoredLogSize } from './persistence'

/**
 * Checks what the hub relies on from a `DocumentPersistence`, for any adapter (memory, SQLite,
 * PostgreSQL): a new document loads empty, updates load back byte-equal in append order,
 * documents are independent, `compact` hands `merge` exactly the stored updates and replaces them
 * with its result while later appends follow it — also appends made while an asynchronous merge
 * runs — a compaction overtaken by another one changes nothing, and reported sizes are the log's.
 * Returns the violations (empty when the adapter keeps the contract). Durability itself —
 * `append` resolving only after the write survives a crash — needs a crash test per adapter.
 *
 * `docPrefix` keeps the documents it writes apart from real ones (use a fresh database anyway).
 */
export async function checkPersistenceContract(
  persistence: DocumentPersistence,
  docPrefix = `contract-${Date.now()}`
): Promise<string[]> {
  const violations: string[] = []
  const one = `${docPrefix}-one`
  const two = `${docPrefix}-two`
  const bytes = (...values: number[]) => new Uint8Array(values)
  const expectLog = async (doc: string, expected: Uint8Array[], step: string) => {
    const log = await persistence.load(doc)
    const same =
      log.length === expected.length &&
      log.every((update, index) => equalBytes(update, expected[index] as Uint8Array))
    if (!same) {
      violations.push(`${step}: expected ${describeLog(expected)}, loaded ${describeLog(log)}`)
    }
  }

  await expectLog(one, [], 'a new document loads empty')
  const [a, b, c, d] = [bytes(1), bytes(2, 2), bytes(3, 3, 3), bytes(4)]
  await persistence.append(one, a)
  await persistence.append(one, b)
  await persistence.append(one, c)
  await persistence.append(two, d)
  await expectLog(one, [a, b, c], 'updates load in append order')
  await expectLog(two, [d], 'documents are independent')
  const state = bytes(9, 9)
  let merged: Uint8Array[] | undefined
  const compacted = await persistence.compact(one, (updates) => {
    merged = updates
    return state
  })
  if (describeLog(merged ?? []) !== describeLog([a, b, c])) {
    violations.push(
      `compact merges exactly the stored updates: expected ${describeLog([a, b, c])}, merge got ${merged ? describeLog(merged) : 'nothing'}`
    )
  }
  await expectLog(one, [state], 'compact replaces the stored updates with their merge')
  checkSize(violations, 'compact reports the size after it', compacted, [state])
  const appended = await persistence.append(one, a)
  await expectLog(one, [state, a], 'appends after compaction follow it')
  checkSize(violations, 'append reports the size after it', appended, [state, a])
  await expectLog(two, [d], 'compaction leaves other documents alone')

  // The merge may be slow and asynchronous (a worker thread): storage holds no lock while it runs.
  const e = bytes(5, 5)
  const later = bytes(8, 8, 8)
  const duringMerge = await persistence.compact(one, async (updates) => {
    if (describeLog(updates) !== describeLog([state, a])) {
      violations.push(`an asynchronous merge gets the stored updates: got ${describeLog(updates)}`)
    }
    await persistence.append(one, e)
    return later
  })
  await expectLog(one, [later, e], 'an append during an asynchronous merge follows its result')
  checkSize(violations, 'compact reports appends made during the merge', duringMerge, [later, e])
  const other = bytes(7)
  const overtaken = await persistence.compact(one, async () => {
    // Another instance compacts the same rows meanwhile: this compaction must change nothing.
    await persistence.compact(one, () => other)
    return bytes(6)
  })
  await expectLog(one, [other], 'a compaction overtaken by another one changes nothing')
  checkSize(violations, 'an overtaken compaction reports the size now', overtaken, [other])
  return violations
}

/** Sizes are optional (`void`), but when reported they must be the log's. */
function checkSize(
  violations: string[],
  step: string,
  size: StoredLogSize | void,
  log: Uint8Array[]
): void {
  if (!size) return
  const storedBytes = log.reduce((sum, update) => sum + update.length, 0)
  if (size.storedBytes !== storedBytes || size.storedUpdates !== log.length) {
    violations.push(
      `${step}: expected ${storedBytes} bytes in ${log.length} updates, reported ${size.storedBytes} bytes in ${size.storedUpdates}`
    )
  }
}

function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((byte, index) => byte === right[index])
}

function describeLog(log: Uint8Array[]): string {
  return `[${log.map((update) => `<${[...update].join(' ')}>`).join(', ')}]`
}
