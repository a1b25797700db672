import type { Problem } from '@bauplan/domain'
import type { FeelWarning, Scope } from '../feel/compileExpression'
import type { Location } from '../location'
import { problems } from '../problems'

/** The rules of one decision table that matched in an evaluation. */
export interface MatchedRules {
  decisionId: string
  decisionName: string
  tableId?: string
  /** Matched rules in table order; `index` is 1-based as authors count rows. */
  rules: Array<{ ruleId?: string; index: number }>
}

/**
 * What one evaluation collects while it runs: problems (errors and FEEL warnings) and the rules
 * each decision table matched.
 */
export interface EvaluationContext {
  readonly problems: Problem[]
  readonly matchedRules: MatchedRules[]
  /** Call depth of user functions (BKMs, boxed functions), to stop endless recursion cleanly. */
  depth: number
  /** FEEL warnings are capped: a recursive function can raise thousands of the same one. */
  warningCount: number
}

/** A compiled boxed expression: evaluates against the names in scope. */
export type Evaluator = (scope: Scope, context: EvaluationContext) => unknown

export const MAX_CALL_DEPTH = 500
const MAX_WARNINGS = 100

export function newEvaluationContext(): EvaluationContext {
  return { problems: [], matchedRules: [], depth: 0, warningCount: 0 }
}

export function report(context: EvaluationContext, problem: Problem): void {
  if (problem.severity === 'warning') {
    context.warningCount++
    if (context.warningCount > MAX_WARNINGS) return
  }
  context.problems.push(problem)
}

export function reportFeelWarnings(
  context: EvaluationContext,
  location: Location,
  warnings: readonly FeelWarning[]
): void {
  for (const warning of warnings) report(context, problems.feelWarning(location, warning))
}
