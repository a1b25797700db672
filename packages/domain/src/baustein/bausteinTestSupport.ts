// Helpers shared by the tests in this folder (not part of the package's API): start from the valid
// example, break one thing, and look for exactly the problem that should follow.
import { expect } from 'vitest'
import type { Problem } from '../problem'
import { exampleBaustein } from './exampleBaustein'
import { validateBaustein } from './validateBaustein'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the example in ways its type forbids
type Loose = any

/** The example as loose JSON, so a test can break it in ways the type forbids. */
export const broken = (change: (data: Record<string, Loose>) => void): unknown => {
  const data = exampleBaustein() as unknown as Record<string, Loose>
  change(data)
  return data
}

export function problemsOf(data: unknown): Problem[] {
  const result = validateBaustein(data)
  expect(result.ok).toBe(false)
  return result.problems
}

/** Finds the one problem with this code and pointer; checks both languages name the field. */
export function expectProblem(
  problems: Problem[],
  code: string,
  pointer: string,
  field: string,
  severity: Problem['severity'] = 'error'
): Problem {
  const matching = problems.filter((p) => p.code === code && p.pointer === pointer)
  expect(matching, JSON.stringify(problems, null, 2)).toHaveLength(1)
  const problem = matching[0] as Problem
  expect(problem.severity).toBe(severity)
  expect(problem.message.de).toContain(`„${field}“`)
  expect(problem.message.en).toContain(`"${field}"`)
  expect(problem.message.de).not.toBe(problem.message.en)
  return problem
}
