import type { Baustein, ModdleElement, PublishedVersionsLookup } from '@bauplan/domain'
import { is } from 'bpmnlint-utils'
import type { LintMessageKey } from '../../messages/catalogue'
import type { MessageParams } from '../../messages/localize'

/** The reporter bpmnlint hands to a rule's `check`. Extra context fields land in the report. */
export interface BpmnReporter {
  report(
    id: string,
    message: string,
    context?: { params?: MessageParams; [field: string]: unknown }
  ): void
}

/**
 * A rule in bpmnlint's shape: `check` is called for every element of the model, parents first;
 * returning `false` tells bpmnlint not to descend into the element's children.
 */
export interface BpmnRule {
  check: (node: ModdleElement, reporter: BpmnReporter) => boolean | void
}

/**
 * Wraps a rule's check so that bpmnlint skips the diagram interchange: no rule of this set reads
 * shapes, bounds or waypoints, and they are most of the elements of a saved diagram, so every rule
 * would otherwise walk them for nothing (the lint benchmark measures the difference).
 */
export function semanticOnly(check: BpmnRule['check']): BpmnRule['check'] {
  return (node, reporter) => (is(node, 'bpmndi:BPMNDiagram') ? false : check(node, reporter))
}

/**
 * What a lint run knows beyond the BPMN model. Rules that need a part of it do nothing without it,
 * so the editor can lint before metadata or a catalogue connection exist.
 */
export interface BpmnRuleContext {
  /** The block's metadata, or as much of it as the front-office rule needs. */
  metadata?: Pick<Baustein, 'einsatzbereich' | 'prozessteilnehmer'>
  /** Published versions of catalogue blocks, to check that call activities resolve. */
  lookup?: PublishedVersionsLookup
}

export type BpmnRuleFactory = (context: BpmnRuleContext) => BpmnRule

/**
 * Reports a finding as bpmnlint expects it: the element id, a message key as the message and the
 * parameters that fill it. The runner and the editor bundle turn the key into text.
 */
export function reportAt(
  reporter: BpmnReporter,
  element: ModdleElement,
  key: LintMessageKey,
  params: MessageParams = {}
): void {
  reporter.report(element.id ?? '', key, { params })
}
