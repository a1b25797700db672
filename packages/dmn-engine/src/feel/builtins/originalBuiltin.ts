import { evaluate, FeelFunction } from 'feelin'

type BuiltinImplementation = ((...args: unknown[]) => unknown) & { $args?: string[] }

/**
 * feelin's own implementation of a built-in function, so an override can add a check and then
 * delegate. Evaluating the bare name yields the built-in (feelin resolves names to built-ins).
 */
export function originalBuiltin(name: string): {
  call: BuiltinImplementation
  parameterNames: string[]
} {
  const { value } = evaluate(name, {}, undefined)
  if (value instanceof FeelFunction) return { call: value.fn, parameterNames: value.parameterNames }
  if (typeof value !== 'function') throw new Error(`feelin has no built-in "${name}"`)
  const call = value as BuiltinImplementation
  return { call, parameterNames: call.$args ?? [] }
}

/** A FEEL function that runs `guard` first and otherwise delegates to feelin's built-in. */
export function guarded(
  name: string,
  guard: (args: unknown[]) => { value: unknown } | undefined
): FeelFunction {
  const original = originalBuiltin(name)
  return new FeelFunction((...args: unknown[]) => {
    const decided = guard(args)
    return decided ? decided.value : original.call(...args)
  }, original.parameterNames)
}

/** A FEEL function that rewrites its arguments and then calls feelin's built-in. */
export function adjusted(name: string, adjust: (args: unknown[]) => unknown[]): FeelFunction {
  const original = originalBuiltin(name)
  return new FeelFunction(
    (...args: unknown[]) => original.call(...adjust(args)),
    original.parameterNames
  )
}
