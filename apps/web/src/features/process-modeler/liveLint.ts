/**
 * Live lint markers on the canvas: bpmn-js-bpmnlint with the Bauplan rules from @bauplan/lint at
 * the catalogue's configured levels. The module is part of every modeler but starts inactive with
 * no rules, so importing a diagram costs nothing extra; the rules are handed in after the import
 * (see ProcessModeler), and a new bundle is set whenever the levels, the metadata (some rules read
 * it) or the language change.
 */
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css'
import './liveLint.css'
import type { Baustein, Locale } from '@bauplan/domain'
import { createBpmnlintBundle, type BpmnlintBundle, type LintConfigInput } from '@bauplan/lint'
import lintingModule from 'bpmn-js-bpmnlint'
import type { BusEvent, EventBus, ServiceLocator } from './bpmnServices'

export { lintingModule }

/** What the editor knows for linting: the catalogue's levels and the block's metadata. */
export interface LiveLintSetup {
  config: LintConfigInput
  metadata?: Baustein | undefined
}

/** bpmn-js-bpmnlint's `linting` service, as far as it is used here. */
interface Linting {
  setLinterConfig(bundle: BpmnlintBundle): void
  toggle(active?: boolean): boolean
  isActive(): boolean
}

/** One reported issue per element id, as `linting.completed` delivers them. */
export interface LintIssue {
  id: string
  message: string
  category: 'error' | 'warn' | 'info' | 'rule-error'
  rule: string
}

export function applyLiveLint(modeler: ServiceLocator, setup: LiveLintSetup, locale: Locale): void {
  const linting = modeler.get<Linting>('linting')
  linting.setLinterConfig(
    createBpmnlintBundle({
      config: setup.config,
      context: setup.metadata ? { metadata: setup.metadata } : {},
      locale,
    })
  )
  if (!linting.isActive()) linting.toggle(true)
}

/** Calls back with every lint run's issues (flattened), e.g. for tests or a summary. */
export function onLintCompleted(
  modeler: ServiceLocator,
  listener: (issues: LintIssue[]) => void
): () => void {
  const eventBus = modeler.get<EventBus>('eventBus')
  const callback = (event: BusEvent) => {
    const byElement = (event.issues ?? {}) as Record<string, LintIssue[]>
    listener(Object.values(byElement).flat())
  }
  eventBus.on('linting.completed', callback)
  return () => eventBus.off('linting.completed', callback)
}
