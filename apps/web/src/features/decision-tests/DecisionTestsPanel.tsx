/**
 * The "Entscheidungstests" tab: the block's decision tests as one table per decision, edited in
 * place and written to entscheidungstests.json of the draft (so save and autosave include them)
 * whenever every cell reads as a value. The domain's checks of the file (unknown inputs, outputs
 * and decisions, duplicate names) are shown in the cell they name; "Tests ausführen" runs them in
 * the browser with the DMN engine and shows pass/fail, actual values and the matched rules.
 */
import {
  parseDecisionTests,
  validateDecisionTests,
  type DmnFileFacts,
  type Problem,
} from '@bauplan/domain'
import type { DecisionTestResult } from '@bauplan/dmn-engine'
import { useId, useMemo, useState } from 'react'
import { useLocale, useT } from '../../lib/i18n/i18n'
import { decisionColumns, type DecisionColumns } from './decisionColumns'
import { DecisionTestTable, type RowState } from './DecisionTestTable'
import { decisionTestsMessages } from './messages'
import { runTests } from './runTests'
import type { MatchedRulesTarget } from './TestResult'
import {
  newRowKey,
  placeOf,
  rowsFromTests,
  serializeTests,
  testsFromRows,
  type CellPlace,
  type TestRow,
} from './testRows'
import './decisionTests.css'

export interface DecisionTestsPanelProps {
  /** The tests file's name (from the metadata, or the default). */
  fileName: string
  /** Its current text; undefined when the block has no tests file yet. */
  text: string | undefined
  /** The DMN facts of the draft's last check; undefined while the first check runs. */
  dmn: readonly DmnFileFacts[] | undefined
  /** A new text for the tests file (only ever a readable, complete one). */
  onChange: (text: string) => void
  /** The draft's DMN files as they are in the modelers now, for running the tests. */
  loadDmnTexts: () => Promise<Record<string, string>>
  /** Shows a decision's table with the given rules highlighted (the DMN tab). */
  onShowRules?: (target: MatchedRulesTarget) => void
}

export function DecisionTestsPanel(props: DecisionTestsPanelProps) {
  const t = useT(decisionTestsMessages)
  const headingId = useId()
  const { dmn, text, fileName } = props
  // Read once: afterwards the table is the source and writes the text itself.
  const [initial] = useState(() =>
    text === undefined ? { tests: [], problems: [] } : parseDecisionTests(text, { file: fileName })
  )
  return (
    <section className="decision-tests" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      {dmn === undefined ? (
        <p role="status">{t('waiting')}</p>
      ) : initial.tests === undefined ? (
        <div className="message message-error" role="alert">
          <p>{t('unreadableFile', { file: fileName })}</p>
          <ProblemItems problems={initial.problems} />
        </div>
      ) : (
        <TestEditor {...props} dmn={dmn} initialTests={initial.tests} />
      )}
    </section>
  )
}

function TestEditor({
  fileName,
  text,
  dmn,
  initialTests,
  onChange,
  loadDmnTexts,
  onShowRules,
}: DecisionTestsPanelProps & {
  dmn: readonly DmnFileFacts[]
  initialTests: NonNullable<ReturnType<typeof parseDecisionTests>['tests']>
}) {
  const t = useT(decisionTestsMessages)
  const { locale } = useLocale()
  const columns = useMemo(() => decisionColumns(dmn), [dmn])
  const [rows, setRows] = useState<TestRow[]>(() => rowsFromTests(initialTests, columns))
  const [results, setResults] = useState<ReadonlyMap<string, DecisionTestResult>>(new Map())
  const [stale, setStale] = useState<ReadonlySet<string>>(new Set())
  const [modelProblems, setModelProblems] = useState<Problem[]>([])
  const [running, setRunning] = useState(false)

  const built = useMemo(() => testsFromRows(rows, columns), [rows, columns])
  // The domain's own checks of the file the rows make (as `bauplan validate` and the gate run them).
  const fileProblems = useMemo(() => {
    if (!built.file) return []
    const serialized = serializeTests(built.file)
    const parsed = parseDecisionTests(serialized, { file: fileName })
    const facts = dmn.map((entry) => entry.facts)
    return [
      ...parsed.problems,
      ...(parsed.tests ? validateDecisionTests(parsed.tests, facts, { file: fileName }) : []),
    ]
  }, [built.file, dmn, fileName])

  const problemsAt = (row: number): RowProblems => {
    const cells = new Map<string, string[]>()
    const fields: string[] = []
    const push = (place: CellPlace | undefined, message: string) => {
      if (!place || place.row !== row) return
      if (place.cell) {
        const key = `${place.cell.kind}:${place.cell.column}`
        cells.set(key, [...(cells.get(key) ?? []), message])
      } else fields.push(message)
    }
    for (const problem of built.problems) push(problem, problem.message[locale])
    for (const problem of fileProblems) push(placeOf(problem), problem.message[locale])
    return { cells, fields }
  }

  const update = (next: TestRow[], touched: readonly string[]) => {
    setRows(next)
    if (touched.length > 0 && results.size > 0) setStale(new Set([...stale, ...touched]))
    const rebuilt = testsFromRows(next, columns)
    if (rebuilt.file) {
      const serialized = serializeTests(rebuilt.file)
      if (serialized !== text) onChange(serialized)
    }
  }

  const run = async () => {
    if (!built.file) return
    setRunning(true)
    try {
      const outcome = await runTests(await loadDmnTexts(), built.file)
      setResults(new Map(rows.map((row, index) => [row.key, outcome.results[index]!])))
      setStale(new Set())
      setModelProblems(outcome.problems.filter((problem) => problem.severity === 'error'))
    } finally {
      setRunning(false)
    }
  }

  const allProblems = [
    ...built.problems.map((p) => p.message),
    ...fileProblems.map((p) => p.message),
  ]
  const ran = rows.filter((row) => results.has(row.key) && !stale.has(row.key))
  const passed = ran.filter((row) => results.get(row.key)?.passed).length
  const groups = groupRows(rows, columns)
  const rowState = (row: TestRow, index: number): RowState => ({
    row,
    index,
    problems: problemsAt(index),
    result: stale.has(row.key) ? undefined : results.get(row.key),
    stale: stale.has(row.key),
  })

  return (
    <>
      <div className="decision-tests-toolbar">
        <button
          type="button"
          className="button"
          disabled={running || !built.file || rows.length === 0}
          aria-describedby={!built.file ? 'decision-tests-blocked' : undefined}
          onClick={() => void run()}
        >
          {running ? t('running') : t('run')}
        </button>
        <p role="status" className="decision-tests-summary">
          {results.size > 0
            ? t('summary', {
                total: String(ran.length),
                passed: String(passed),
                failed: String(ran.length - passed),
              })
            : ''}
        </p>
      </div>
      {!built.file ? (
        <p id="decision-tests-blocked" className="bauplan-field-error">
          {t('runBlocked')} {t('notWritten', { file: fileName })}
        </p>
      ) : null}
      {allProblems.length > 0 ? (
        <section
          className="decision-tests-problems"
          aria-label={t('problemsHeading', { count: allProblems.length })}
        >
          <h3>{t('problemsHeading', { count: allProblems.length })}</h3>
          <ul>
            {allProblems.map((message, index) => (
              <li key={index}>{message[locale]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {modelProblems.length > 0 ? (
        <section className="decision-tests-problems" aria-label={t('modelProblems')}>
          <h3>{t('modelProblems')}</h3>
          <ProblemItems problems={modelProblems} />
        </section>
      ) : null}
      {columns.length === 0 && rows.length === 0 ? <p>{t('noDecisions')}</p> : null}
      {groups.map((group) => (
        <DecisionTestTable
          key={group.decision.decisionId}
          decision={group.decision}
          known={group.known}
          allDecisions={columns}
          rows={group.rows.map(({ row, index }) => rowState(row, index))}
          onEdit={(index, next) => {
            const copy = [...rows]
            copy[index] = next
            update(copy, [next.key])
          }}
          onAdd={() =>
            update(
              [
                ...rows,
                {
                  key: newRowKey(),
                  name: t('newTestName', { n: String(rows.length + 1) }),
                  decisionId: group.decision.decisionId,
                  eingaben: {},
                  erwartet: {},
                },
              ],
              []
            )
          }
          onDuplicate={(index) => {
            const source = rows[index]!
            const copy: TestRow = {
              ...source,
              key: newRowKey(),
              name: t('copyName', { name: source.name }),
              eingaben: { ...source.eingaben },
              erwartet: { ...source.erwartet },
            }
            update([...rows.slice(0, index + 1), copy, ...rows.slice(index + 1)], [])
          }}
          onRemove={(index) =>
            update(
              rows.filter((_, i) => i !== index),
              []
            )
          }
          onShowRules={onShowRules}
        />
      ))}
    </>
  )
}

export interface RowProblems {
  /** Messages per cell, keyed `eingaben:<column>` or `erwartet:<column>`. */
  cells: ReadonlyMap<string, string[]>
  /** Messages about the row's name, decision or the whole test. */
  fields: string[]
}

/** One group per decision of the models (even without tests), then unknown decisions in use. */
function groupRows(rows: readonly TestRow[], columns: readonly DecisionColumns[]) {
  const groups = columns.map((decision) => ({
    decision,
    known: true,
    rows: [] as { row: TestRow; index: number }[],
  }))
  rows.forEach((row, index) => {
    let group = groups.find((candidate) => candidate.decision.decisionId === row.decisionId)
    if (!group) {
      group = {
        decision: {
          decisionId: row.decisionId,
          label: row.decisionId,
          file: '',
          inputs: [],
          outputs: [],
        },
        known: false,
        rows: [],
      }
      groups.push(group)
    }
    group.rows.push({ row, index })
  })
  return groups
}

function ProblemItems({ problems }: { problems: readonly Problem[] }) {
  const { locale } = useLocale()
  const t = useT(decisionTestsMessages)
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>
          <strong>{problem.severity === 'error' ? t('error') : t('warning')}:</strong>{' '}
          {problem.message[locale]}
          {problem.line !== undefined ? ` (${problem.file ?? ''}:${problem.line})` : ''}
        </li>
      ))}
    </ul>
  )
}
