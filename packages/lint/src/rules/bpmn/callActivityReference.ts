import {
  BAUPLAN_BPMN_PREFIX,
  compareVersions,
  isBausteinId,
  isValidRange,
  isVersion,
  maxSatisfying,
  type ModdleElement,
  type PublishedVersionsLookup,
} from '@bauplan/domain'
import { is } from 'bpmnlint-utils'
import { describeElement } from '../../messages/elementLabels'
import { listOf } from '../../messages/localize'
import { reportAt, semanticOnly, type BpmnReporter, type BpmnRuleFactory } from './bpmnRule'

/**
 * `bauplan/call-activity-reference`: every call activity calls a catalogue block, named by
 * `bauplan:baustein` (a valid block id) with a `bauplan:version` range (valid in the domain's
 * range syntax). When the run has a catalogue lookup, the block must exist and have a published
 * version in the range.
 */
export const callActivityReference: BpmnRuleFactory = ({ lookup }) => ({
  check: semanticOnly((node, reporter) => {
    if (!is(node, 'bpmn:CallActivity')) return
    const element = describeElement(node)
    const baustein = bauplanAttribute(node, 'baustein')
    const range = bauplanAttribute(node, 'version')
    const bausteinOk = baustein !== undefined && isBausteinId(baustein)
    if (baustein === undefined) {
      reportAt(reporter, node, 'callActivityReference.missingBaustein', { element })
    } else if (!bausteinOk) {
      reportAt(reporter, node, 'callActivityReference.invalidBausteinId', { element, baustein })
    }
    const rangeOk = range !== undefined && isValidRange(range)
    if (range === undefined) {
      reportAt(reporter, node, 'callActivityReference.missingVersion', { element })
    } else if (!rangeOk) {
      reportAt(reporter, node, 'callActivityReference.invalidRange', { element, range })
    }
    if (lookup && bausteinOk && rangeOk) checkInCatalogue(node, baustein, range, lookup, reporter)
  }),
})

function checkInCatalogue(
  node: ModdleElement,
  baustein: string,
  range: string,
  lookup: PublishedVersionsLookup,
  reporter: BpmnReporter
): void {
  const element = describeElement(node)
  const published = lookup(baustein)
  if (published === undefined) {
    reportAt(reporter, node, 'callActivityReference.unknownBlock', { element, baustein })
    return
  }
  if (maxSatisfying(published, range) !== undefined) return
  const available = published.filter(isVersion).sort(compareVersions)
  const key =
    available.length === 0
      ? 'callActivityReference.noPublishedVersion'
      : 'callActivityReference.noMatchingVersion'
  reportAt(reporter, node, key, { element, baustein, range, available: listOf(available) })
}

/**
 * A `bauplan:` attribute, whether bpmn-moddle knows the bauplan extension (then it is a property)
 * or not (then it stays in `$attrs`, as in an editor set up without the extension). Blank counts
 * as missing: an empty attribute names nothing.
 */
function bauplanAttribute(node: ModdleElement, name: 'baustein' | 'version'): string | undefined {
  const attrs = node.$attrs as Record<string, unknown> | undefined
  const value = node[name] ?? attrs?.[`${BAUPLAN_BPMN_PREFIX}:${name}`]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
