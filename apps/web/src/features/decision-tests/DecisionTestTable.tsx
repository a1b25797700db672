/** The test cases of one decision: a row per test, a column per input and per expected output. */
import type { DecisionTestResult } from '@bauplan/dmn-engine'
import { useId } from 'react'
import { useT } from '../../lib/i18n/i18n'
import { TableWrap } from '../../lib/ui/TableWrap'
import { formatCell } from './cellValues'
import type { DecisionColumns, TestColumn } from './decisionColumns'
import type { RowProblems } from './DecisionTestsPanel'
import { decisionTestsMessages } from './messages'
import { TestResult, type MatchedRulesTarget } from './TestResult'
import type { CellKind, TestRow } from './testRows'

export interface RowState {
  row: TestRow
  /** Position in the file (tests are numbered by it, as the domain's messages do). */
  index: number
  problems: RowProblems
  result: DecisionTestResult | undefined
  stale: boolean
}

export interface DecisionTestTableProps {
  decision: DecisionColumns
  /** False for a decision id no DMN model has (the tests then fail validation). */
  known: boolean
  allDecisions: readonly DecisionColumns[]
  rows: readonly RowState[]
  onEdit: (index: number, row: TestRow) => void
  onAdd: () => void
  onDuplicate: (index: number) => void
  onRemove: (index: number) => void
  onShowRules?: ((target: MatchedRulesTarget) => void) | undefined
}

export function DecisionTestTable({
  decision,
  known,
  allDecisions,
  rows,
  onEdit,
  onAdd,
  onDuplicate,
  onRemove,
  onShowRules,
}: DecisionTestTableProps) {
  const t = useT(decisionTestsMessages)
  const headingId = useId()
  // Keys the tests use that the decision does not read stay visible, so they can be fixed.
  const inputs = withExtraColumns(decision.inputs, rows, 'eingaben')
  const outputs = withExtraColumns(decision.outputs, rows, 'erwartet')
  const caption = t('tableCaption', { label: decision.label })

  return (
    <section className="decision-tests-decision" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {known
          ? t('decisionHeading', { label: decision.label })
          : t('unknownDecisionHeading', { id: decision.decisionId })}
      </h3>
      {known ? (
        <p className="muted">
          {t('decisionFile', { id: decision.decisionId, file: decision.file })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t('noTests')}</p>
      ) : (
        <TableWrap label={caption}>
          <table className="data decision-tests-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columnName')}</th>
                <th scope="col">{t('columnDecision')}</th>
                {inputs.map((column) => (
                  <ColumnHeader key={`in:${column.name}`} column={column} kind="eingaben" />
                ))}
                {outputs.map((column) => (
                  <ColumnHeader key={`out:${column.name}`} column={column} kind="erwartet" />
                ))}
                <th scope="col">{t('columnResult')}</th>
                <th scope="col">{t('columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((state) => (
                <TestRowView
                  key={state.row.key}
                  state={state}
                  inputs={inputs}
                  outputs={outputs}
                  allDecisions={allDecisions}
                  onEdit={(row) => onEdit(state.index, row)}
                  onDuplicate={() => onDuplicate(state.index)}
                  onRemove={() => onRemove(state.index)}
                  onShowRules={onShowRules}
                />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {known ? (
        <button type="button" className="button-secondary" onClick={onAdd}>
          {t('addFor', { label: decision.label })}
        </button>
      ) : null}
    </section>
  )
}

type ShownColumn = TestColumn & { unknown: boolean }

function withExtraColumns(
  declared: readonly TestColumn[],
  rows: readonly RowState[],
  kind: CellKind
): ShownColumn[] {
  const shown: ShownColumn[] = declared.map((column) => ({ ...column, unknown: false }))
  for (const { row } of rows) {
    for (const name of Object.keys(row[kind])) {
      if (!shown.some((column) => column.name === name)) shown.push({ name, unknown: true })
    }
  }
  return shown
}

function ColumnHeader({ column, kind }: { column: ShownColumn; kind: CellKind }) {
  const t = useT(decisionTestsMessages)
  return (
    <th scope="col" className={`decision-tests-${kind}`}>
      {kind === 'eingaben'
        ? t('columnInput', { name: column.name })
        : t('columnExpected', { name: column.name })}
      {column.typeRef ? (
        <span className="decision-tests-type"> {t('columnType', { type: column.typeRef })}</span>
      ) : null}
      {column.unknown ? (
        <span className="decision-tests-unknown"> {t('columnUnknown')}</span>
      ) : null}
    </th>
  )
}

function TestRowView({
  state,
  inputs,
  outputs,
  allDecisions,
  onEdit,
  onDuplicate,
  onRemove,
  onShowRules,
}: {
  state: RowState
  inputs: readonly ShownColumn[]
  outputs: readonly ShownColumn[]
  allDecisions: readonly DecisionColumns[]
  onEdit: (row: TestRow) => void
  onDuplicate: () => void
  onRemove: () => void
  onShowRules: ((target: MatchedRulesTarget) => void) | undefined
}) {
  const t = useT(decisionTestsMessages)
  const { row, index, problems, result } = state
  const n = String(index + 1)
  const fieldErrorId = `decision-test-${row.key}-errors`
  const cell = (kind: CellKind, column: ShownColumn) => {
    const messages = problems.cells.get(`${kind}:${column.name}`) ?? []
    const errorId = `decision-test-${row.key}-${kind}-${column.name.replace(/[^\p{L}\p{N}_-]/gu, '_')}`
    const output =
      kind === 'erwartet' ? result?.outputs.find((o) => o.name === column.name) : undefined
    return (
      <td
        key={`${kind}:${column.name}`}
        className={messages.length > 0 ? 'decision-tests-invalid' : undefined}
      >
        <input
          type="text"
          value={row[kind][column.name] ?? ''}
          aria-label={
            kind === 'eingaben'
              ? t('inputLabel', { n, name: column.name })
              : t('expectedLabel', { n, name: column.name })
          }
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={messages.length > 0 ? errorId : undefined}
          onChange={(event) =>
            onEdit({ ...row, [kind]: { ...row[kind], [column.name]: event.target.value } })
          }
        />
        {messages.length > 0 ? (
          <span id={errorId} className="field-error">
            {messages.join(' ')}
          </span>
        ) : null}
        {output ? (
          <span
            className={
              output.passed
                ? 'decision-tests-actual'
                : 'decision-tests-actual decision-tests-mismatch'
            }
          >
            {output.actual === undefined
              ? t('noActual')
              : t('actual', { value: formatCell(output.actual, column.typeRef) })}
          </span>
        ) : null}
      </td>
    )
  }
  const decisionKnown = allDecisions.some((decision) => decision.decisionId === row.decisionId)
  return (
    <tr
      className={
        result ? (result.passed ? 'decision-test-passed' : 'decision-test-failed') : undefined
      }
    >
      <th scope="row">
        <input
          type="text"
          value={row.name}
          aria-label={t('nameLabel', { n })}
          aria-invalid={problems.fields.length > 0 || undefined}
          aria-describedby={problems.fields.length > 0 ? fieldErrorId : undefined}
          onChange={(event) => onEdit({ ...row, name: event.target.value })}
        />
        {problems.fields.length > 0 ? (
          <span id={fieldErrorId} className="field-error">
            {problems.fields.join(' ')}
          </span>
        ) : null}
      </th>
      <td>
        <select
          value={row.decisionId}
          aria-label={t('decisionLabel', { n })}
          onChange={(event) => onEdit({ ...row, decisionId: event.target.value })}
        >
          {allDecisions.map((decision) => (
            <option key={decision.decisionId} value={decision.decisionId}>
              {decision.label}
            </option>
          ))}
          {!decisionKnown ? (
            <option value={row.decisionId}>{t('unknownOption', { id: row.decisionId })}</option>
          ) : null}
        </select>
      </td>
      {inputs.map((column) => cell('eingaben', column))}
      {outputs.map((column) => cell('erwartet', column))}
      <td>
        <TestResult
          result={result}
          stale={state.stale}
          number={index + 1}
          onShowRules={onShowRules}
        />
      </td>
      <td>
        <div className="decision-tests-actions">
          <button
            type="button"
            className="button-link"
            aria-label={t('duplicateLabel', { n, name: row.name })}
            onClick={onDuplicate}
          >
            {t('duplicate')}
          </button>
          <button
            type="button"
            className="button-link"
            aria-label={t('removeLabel', { n, name: row.name })}
            onClick={onRemove}
          >
            {t('remove')}
          </button>
        </div>
      </td>
    </tr>
  )
}
