import { evaluate, FeelFunction } from 'feelin'

/**
 * FEEL's own comparison operators as plain functions, compiled once. Unary tests and hit policies
 * compare with exactly feelin's semantics (temporal values, contexts, lists, null) this way.
 */
export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>='

type Binary = (a: unknown, b: unknown) => unknown

function compileBinary(body: string): Binary {
  const { value } = evaluate(`function(a, b) ${body}`, {}, undefined)
  if (!(value instanceof FeelFunction)) throw new Error(`feelin did not compile ${body}`)
  const fn = value.fn
  return (a, b) => fn(a, b)
}

const operators: Record<ComparisonOperator, Binary> = {
  '=': compileBinary('a = b'),
  '!=': compileBinary('a != b'),
  '<': compileBinary('a < b'),
  '<=': compileBinary('a <= b'),
  '>': compileBinary('a > b'),
  '>=': compileBinary('a >= b'),
}

/** `a op b` in FEEL: true, false or null (not comparable). */
export function compare(a: unknown, op: ComparisonOperator, b: unknown): unknown {
  return operators[op](a, b)
}

export function feelEquals(a: unknown, b: unknown): boolean {
  return operators['='](a, b) === true
}

const memberOf = compileBinary('a in b')

/** `a in b` in FEEL: list membership, range inclusion or equality, as feelin reads it. */
export function feelIn(a: unknown, b: unknown): boolean {
  return memberOf(a, b) === true
}

export function isComparisonOperator(text: string): text is ComparisonOperator {
  return text in operators
}
