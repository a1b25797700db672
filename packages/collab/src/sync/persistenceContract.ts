import type { DocumentPersistence } from './persistence'

/**
 * Checks what the hub relies on from a `DocumentPersistence`, for any adapter (memory, SQLite,
 * PostgreSQL): a new document loads empty, updates load back byte-equal in append order,
 * documents are independent, and `compact` replaces exactly the first n updates while later ones
 * stay. Returns the violations (empty when the adapter keeps the contract). Durability itself —
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
  await persistence.compact(one, state, 2)
  await expectLog(one, [state, c], 'compact replaces the first n updates')
  await persistence.append(one, a)
  await expectLog(one, [state, c, a], 'appends after compaction follow it')
  await expectLog(two, [d], 'compaction leaves other documents alone')
  return violations
}

function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((byte, index) => byte === right[index])
}

function describeLog(log: Uint8Array[]): string {
  return `[${log.map((update) => `<${[...update].join(' ')}>`).join(', ')}]`
}
