import type { FeelWarning, Scope } from '../feel/compileExpression'
import type { CompiledUnaryTests } from '../feel/compileUnaryTests'
import { report, reportFeelWarnings, type Evaluator } from '../evaluate/evaluationContext'
import { applyHitPolicy } from '../hitPolicy'
import { pathPart, within, type Location } from '../location'
import type { DecisionTableInfo } from '../model'
import { problems } from '../problems'
import type { CompileContext } from './compileContext'
import { compileFeel, compileTests, typeCheck, type TypeCheck } from './feelCells'

type Test = CompiledUnaryTests['test']

/** A rule as the matching loop sees it: only the cells that test something (not `-`). */
interface CompiledRule {
  id?: string
  tests: Array<{ input: number; test: Test; location: Location }>
  outputs: Evaluator[]
}

interface CompiledOutput {
  name: string
  label?: string
  allowed?: CompiledUnaryTests
  allowedText?: string
  defaultOutput?: Evaluator
  check?: TypeCheck
  location: Location
}

/**
 * Compiles a decision table: input expressions, every cell's unary tests and output expressions
 * are parsed once. Evaluating computes the input values, runs the rules (a FIRST table stops at
 * the first match) and hands the matches to the hit policy.
 */
export function compileDecisionTable(
  table: DecisionTableInfo,
  scopeNames: readonly string[],
  location: Location,
  cc: CompileContext
): Evaluator {
  const inputs = table.inputs.map((input, index) => {
    const at = within(
      location,
      pathPart.inputExpression(index + 1, input.label ?? input.text),
      input.id
    )
    const valuesAt = within(
      location,
      pathPart.inputValues(index + 1, input.label ?? input.text),
      input.id
    )
    return {
      evaluate: compileFeel(input.text, scopeNames, at, cc),
      allowed: input.inputValues
        ? compileTests(input.inputValues, scopeNames, valuesAt, cc)
        : undefined,
      allowedText: input.inputValues,
      location: valuesAt,
    }
  })
  const outputs: CompiledOutput[] = table.outputs.map((output, index) => {
    const label = output.label ?? output.name
    const at = within(location, pathPart.outputColumn(index + 1, label), output.id)
    const valuesAt = within(location, pathPart.outputValues(index + 1, label), output.id)
    const defaultAt = within(location, pathPart.defaultOutput(index + 1, label), output.id)
    const check = typeCheck(output.typeRef, pathPart.outputColumn(index + 1, label), at, cc)
    const allowed = output.outputValues
      ? compileTests(output.outputValues, scopeNames, valuesAt, cc)
      : undefined
    return {
      name: output.name ?? '',
      ...(label !== undefined ? { label } : {}),
      ...(allowed ? { allowed, allowedText: output.outputValues } : {}),
      ...(output.defaultOutput !== undefined && output.defaultOutput.trim() !== ''
        ? { defaultOutput: compileFeel(output.defaultOutput, scopeNames, defaultAt, cc) }
        : {}),
      ...(check ? { check } : {}),
      location: at,
    }
  })
  const rules: CompiledRule[] = table.rules.map((rule, ruleIndex) => {
    const ruleAt = within(location, pathPart.rule(ruleIndex + 1), rule.id)
    const tests: CompiledRule['tests'] = []
    rule.inputEntries.forEach((text, input) => {
      const at = within(
        ruleAt,
        pathPart.inputColumn(input + 1, table.inputs[input]?.label ?? table.inputs[input]?.text)
      )
      const compiled = compileTests(text, scopeNames, at, cc)
      if (compiled === undefined) tests.push({ input, test: () => false, location: at })
      else if (!compiled.isWildcard) tests.push({ input, test: compiled.test, location: at })
    })
    const outputEvaluators = outputs.map((output, index) =>
      compileFeel(
        rule.outputEntries[index] ?? 'null',
        scopeNames,
        within(ruleAt, pathPart.outputColumn(index + 1, output.label)),
        cc
      )
    )
    return { ...(rule.id !== undefined ? { id: rule.id } : {}), tests, outputs: outputEvaluators }
  })
  const stopAtFirst = table.hitPolicy === 'FIRST'
  const returnsList =
    (table.hitPolicy === 'COLLECT' && table.aggregation === undefined) ||
    table.hitPolicy === 'RULE ORDER' ||
    table.hitPolicy === 'OUTPUT ORDER'
  const decision = location.element

  return (scope, context) => {
    const values: unknown[] = new Array(inputs.length)
    for (let i = 0; i < inputs.length; i++) values[i] = inputs[i]!.evaluate(scope, context)
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!
      if (input.allowed && !input.allowed.test(values[i], scope)) {
        report(
          context,
          problems.valueNotAllowed(input.location, values[i], input.allowedText ?? '')
        )
        return null
      }
    }
    const matched: number[] = []
    const warnings: FeelWarning[] = []
    for (let r = 0; r < rules.length; r++) {
      if (matchesRule(rules[r]!, values, scope, warnings)) {
        matched.push(r + 1)
        if (stopAtFirst) break
      }
    }
    if (warnings.length > 0) reportFeelWarnings(context, location, warnings)
    context.matchedRules.push({
      decisionId: decision.id,
      decisionName: decision.name,
      ...(location.elementId !== undefined ? { tableId: location.elementId } : {}),
      rules: matched.map((index) => ({
        ...(rules[index - 1]?.id !== undefined ? { ruleId: rules[index - 1]!.id! } : {}),
        index,
      })),
    })
    // One matching rule in a single-hit table (the common case) needs no hit policy.
    if (matched.length === 1 && !returnsList && table.hitPolicy !== 'COLLECT') {
      return shape(
        outputs,
        evaluateOutputs(rules[matched[0]! - 1]!.outputs, outputs, scope, context)
      )
    }
    const outputCache = new Map<number, unknown[]>()
    const ruleOutputs = (rule: number): unknown[] => {
      let cached = outputCache.get(rule)
      if (!cached) {
        cached = evaluateOutputs(rules[rule - 1]!.outputs, outputs, scope, context)
        outputCache.set(rule, cached)
      }
      return cached
    }
    const result = applyHitPolicy({
      hitPolicy: table.hitPolicy,
      ...(table.aggregation ? { aggregation: table.aggregation } : {}),
      matched,
      output: (rule) => shape(outputs, ruleOutputs(rule)),
      priority: (rule) =>
        outputs.flatMap((output, index) => {
          if (!output.allowed) return []
          const position = output.allowed.indexOf(ruleOutputs(rule)[index], scope)
          return [position === -1 ? Number.MAX_SAFE_INTEGER : position]
        }),
    })
    switch (result.kind) {
      case 'value':
        return result.value
      case 'none': {
        // A table that returns the list of its hits returns an empty list when nothing matched.
        const fallback = defaults(outputs, scope, context)
        if (!returnsList) return fallback
        return fallback === null ? [] : [fallback]
      }
      case 'uniqueViolated':
        report(context, problems.uniqueViolated(location, result.rules))
        return null
      case 'anyViolated':
        report(context, problems.anyViolated(location, result.rules))
        return null
      case 'aggregationFailed':
        report(
          context,
          problems.aggregationFailed(location, table.aggregation ?? '', result.values)
        )
        return null
    }
  }
}

function matchesRule(
  rule: CompiledRule,
  values: unknown[],
  scope: Scope,
  warnings: FeelWarning[]
): boolean {
  const tests = rule.tests
  for (let t = 0; t < tests.length; t++) {
    const cell = tests[t]!
    if (!cell.test(values[cell.input], scope, warnings)) return false
  }
  return true
}

/** Evaluates a rule's output entries, checking each against its type and output values. */
function evaluateOutputs(
  evaluators: Evaluator[],
  outputs: CompiledOutput[],
  scope: Scope,
  context: Parameters<Evaluator>[1]
): unknown[] {
  return evaluators.map((evaluate, index) => {
    const output = outputs[index]!
    let value = evaluate(scope, context)
    if (output.check) value = output.check(value, context)
    if (output.allowed && value !== null && !output.allowed.test(value, scope)) {
      report(context, problems.valueNotAllowed(output.location, value, output.allowedText ?? ''))
      return null
    }
    return value
  })
}

/** One output column gives its value; several give a context keyed by output name. */
function shape(outputs: CompiledOutput[], values: unknown[]): unknown {
  if (outputs.length === 1) return values[0] ?? null
  const context: Record<string, unknown> = {}
  outputs.forEach((output, index) => (context[output.name] = values[index] ?? null))
  return context
}

/** No rule matched: the default output entries, or null when the table has none. */
function defaults(
  outputs: CompiledOutput[],
  scope: Scope,
  context: Parameters<Evaluator>[1]
): unknown {
  if (!outputs.some((output) => output.defaultOutput)) return null
  return shape(
    outputs,
    outputs.map((output) => (output.defaultOutput ? output.defaultOutput(scope, context) : null))
  )
}
