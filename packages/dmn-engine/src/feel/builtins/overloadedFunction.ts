import { FeelFunction } from 'feelin'

/**
 * A built-in function whose variants name their parameters differently (`before(point1, point2)`,
 * `before(point, range)`, `before(range1, range2)`). feelin binds named arguments by one list of
 * names; this accepts the names of any variant and passes the values on in the order written
 * (feelin builds the named-argument object in source order).
 */
export class OverloadedFunction extends FeelFunction {
  constructor(
    fn: (...args: unknown[]) => unknown,
    private readonly acceptedNames: ReadonlySet<string>,
    arity: number
  ) {
    super(fn, [...acceptedNames].slice(0, arity))
  }

  override invoke(contextOrArgs: unknown): unknown {
    if (Array.isArray(contextOrArgs)) return this.fn(...contextOrArgs)
    const named = contextOrArgs as Record<string, unknown>
    for (const name of Object.keys(named)) {
      if (!this.acceptedNames.has(name)) return null
    }
    return this.fn(...Object.values(named))
  }
}
