/**
 * A version diff as text: `+` added, `-` removed, `~` changed, one line per element, grouped by
 * files, metadata, BPMN and DMN. Values are shown as JSON so strings, numbers and objects stay
 * distinguishable.
 */
import type { VersionDiff } from '@bauplan/api-types'
import type { Locale } from '@bauplan/domain'
import { problemLine } from './problemLines'

const MAX_VALUE = 80

export function renderDiff(diff: VersionDiff, lang: Locale): string[] {
  const de = lang === 'de'
  const lines = [`${diff.blockId}: ${diff.fromVersion} → ${diff.toVersion}`]
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', title, ...body.map((line) => `  ${line}`))
  }
  section(de ? 'Dateien:' : 'Files:', [
    ...diff.files.added.map((f) => `+ ${f}`),
    ...diff.files.removed.map((f) => `- ${f}`),
    ...diff.files.changed.map((f) => `~ ${f}`),
  ])
  section(
    de ? 'Metadaten:' : 'Metadata:',
    diff.metadata.map((change) =>
      change.kind === 'added'
        ? `+ ${change.pointer}: ${value(change.newValue)}`
        : change.kind === 'removed'
          ? `- ${change.pointer}: ${value(change.oldValue)}`
          : `~ ${change.pointer}: ${value(change.oldValue)} → ${value(change.newValue)}`
    )
  )
  if (diff.bpmn) {
    const element = (e: { id: string; type: string; name?: string }) =>
      `${e.id} (${e.type}${e.name ? ` „${e.name}“` : ''})`
    section('BPMN:', [
      ...diff.bpmn.added.map((e) => `+ ${element(e)}`),
      ...diff.bpmn.removed.map((e) => `- ${element(e)}`),
      ...diff.bpmn.changed.map(
        (e) =>
          `~ ${element(e)}: ${e.attributes
            .map((a) => `${a.attribute} ${value(a.oldValue)} → ${value(a.newValue)}`)
            .join('; ')}`
      ),
      ...diff.bpmn.layoutChanged.map(
        (e) => `~ ${element(e)}: ${de ? 'nur Layout geändert' : 'layout changed only'}`
      ),
    ])
  }
  section('DMN:', dmnLines(diff, lang))
  section(
    de ? 'Hinweise:' : 'Notes:',
    diff.problems.map((problem) => problemLine(problem, lang))
  )
  const empty =
    diff.files.added.length + diff.files.removed.length + diff.files.changed.length === 0 &&
    diff.metadata.length === 0
  if (empty) lines.push('', de ? 'Keine Unterschiede.' : 'No differences.')
  return lines
}

function dmnLines(diff: VersionDiff, lang: Locale): string[] {
  const de = lang === 'de'
  const decision = (d: { id: string; name?: string; file: string }) =>
    `${d.name ? `„${d.name}“ ` : ''}${d.id} (${d.file})`
  const lines = [
    ...diff.dmn.decisionsAdded.map((d) => `+ ${decision(d)}`),
    ...diff.dmn.decisionsRemoved.map((d) => `- ${decision(d)}`),
  ]
  for (const d of diff.dmn.decisionsChanged) {
    lines.push(`~ ${decision(d)}`)
    if (d.hitPolicy) lines.push(`    Hit Policy ${d.hitPolicy.oldValue} → ${d.hitPolicy.newValue}`)
    if (d.aggregation) {
      lines.push(
        `    ${de ? 'Aggregation' : 'aggregation'} ${d.aggregation.oldValue ?? '–'} → ${d.aggregation.newValue ?? '–'}`
      )
    }
    for (const c of d.columnsAdded)
      lines.push(`    + ${de ? 'Spalte' : 'column'} ${c.kind} „${c.label}“`)
    for (const c of d.columnsRemoved)
      lines.push(`    - ${de ? 'Spalte' : 'column'} ${c.kind} „${c.label}“`)
    const rule = de ? 'Regel' : 'rule'
    for (const r of d.rulesAdded)
      lines.push(`    + ${rule} ${r.index} (${r.id}): ${cells(r.cells)}`)
    for (const r of d.rulesRemoved)
      lines.push(`    - ${rule} ${r.index} (${r.id}): ${cells(r.cells)}`)
    for (const r of d.rulesChanged) {
      const changes = r.cells.map((c) => `${c.label} ${c.oldValue} → ${c.newValue}`).join('; ')
      lines.push(`    ~ ${rule} ${r.index} (${r.id}): ${changes}`)
    }
  }
  return lines
}

function cells(list: ReadonlyArray<{ label: string; value?: string }>): string {
  return list.map((c) => `${c.label}=${c.value ?? ''}`).join(', ')
}

function value(v: unknown): string {
  const text = v === undefined ? '–' : JSON.stringify(v)
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text
}
