import type {
  DecisionTest,
  DecisionTestsFile,
  JsonValue,
  LocalizedText,
  Problem,
} from '@bauplan/domain'
import { formatCell, parseCell } from './cellValues'
import type { DecisionColumns } from './decisionColumns'

export type CellKind = 'eingaben' | 'erwartet'

/** One test as the table edits it: cells as typed text, keyed by column name. */
export interface TestRow {
  /** Stable React key; not stored. */
  key: string
  name: string
  decisionId: string
  eingaben: Record<string, string>
  erwartet: Record<string, string>
}

/** Where a problem sits in the table: a row, and optionally a field or a cell. */
export interface CellPlace {
  row: number
  field?: 'name' | 'decisionId'
  cell?: { kind: CellKind; column: string }
}

let nextKey = 0
export function newRowKey(): string {
  nextKey += 1
  return `row-${nextKey}`
}

export function typeOf(
  columns: readonly DecisionColumns[],
  decisionId: string,
  kind: CellKind,
  column: string
): string | undefined {
  const decision = columns.find((candidate) => candidate.decisionId === decisionId)
  const list = kind === 'eingaben' ? decision?.inputs : decision?.outputs
  return list?.find((candidate) => candidate.name === column)?.typeRef
}

export function rowsFromTests(
  tests: readonly DecisionTest[],
  columns: readonly DecisionColumns[]
): TestRow[] {
  const cells = (test: DecisionTest, kind: CellKind) =>
    Object.fromEntries(
      Object.entries(test[kind]).map(([column, value]) => [
        column,
        formatCell(value, typeOf(columns, test.decisionId, kind, column)),
      ])
    )
  return tests.map((test) => ({
    key: newRowKey(),
    name: test.name,
    decisionId: test.decisionId,
    eingaben: cells(test, 'eingaben'),
    erwartet: cells(test, 'erwartet'),
  }))
}

export interface CellProblem extends CellPlace {
  message: LocalizedText
}

/**
 * The file the rows stand for, or the cells that keep it from being written: every cell must read
 * as a value (see parseCell). Empty cells are left out of the test.
 */
export function testsFromRows(
  rows: readonly TestRow[],
  columns: readonly DecisionColumns[]
): { file?: DecisionTestsFile; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const tests = rows.map((row, index): DecisionTest => {
    const values = (kind: CellKind) => {
      const result: Record<string, JsonValue> = {}
      for (const [column, text] of Object.entries(row[kind])) {
        const parsed = parseCell(text, typeOf(columns, row.decisionId, kind, column))
        if (!parsed.ok) {
          const label = placeLabel(index, row.name, kind, column)
          problems.push({
            row: index,
            cell: { kind, column },
            message: {
              de: `${label.de}: ${parsed.reason.de}`,
              en: `${label.en}: ${parsed.reason.en}`,
            },
          })
        } else if (parsed.value !== undefined) {
          result[column] = parsed.value
        }
      }
      return result
    }
    return {
      name: row.name,
      decisionId: row.decisionId,
      eingaben: values('eingaben'),
      erwartet: values('erwartet'),
    }
  })
  return problems.length > 0 ? { problems } : { file: { tests }, problems }
}

/** entscheidungstests.json as the repository's models write it: two-space indent, final newline. */
export function serializeTests(file: DecisionTestsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

function placeLabel(index: number, name: string, kind: CellKind, column: string): LocalizedText {
  return kind === 'eingaben'
    ? {
        de: `Test Nr. ${index + 1} „${name}“, Eingabe „${column}“`,
        en: `Test no. ${index + 1} "${name}", input "${column}"`,
      }
    : {
        de: `Test Nr. ${index + 1} „${name}“, erwartetes Ergebnis „${column}“`,
        en: `Test no. ${index + 1} "${name}", expected result "${column}"`,
      }
}

/** The table place a domain problem's pointer (`/tests/2/eingaben/x`) names, if any. */
export function placeOf(problem: Problem): CellPlace | undefined {
  const segments = (problem.pointer ?? '')
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (segments[0] !== 'tests' || segments[1] === undefined) return undefined
  const row = Number(segments[1])
  if (!Number.isInteger(row)) return undefined
  const field = segments[2]
  if (field === 'name' || field === 'decisionId') return { row, field }
  if ((field === 'eingaben' || field === 'erwartet') && segments[3] !== undefined) {
    return { row, cell: { kind: field, column: segments[3] } }
  }
  return { row }
}
