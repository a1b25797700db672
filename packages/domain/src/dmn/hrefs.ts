import type { DmnElementReference } from './model'

/**
 * The id of a local `#id` href (or `namespace#id` with the model's own namespace); references into
 * imported models are outside this model and give `undefined`.
 */
export function localId(
  reference: DmnElementReference | undefined,
  ownNamespace?: string
): string | undefined {
  const href = reference?.href?.trim()
  if (href === undefined) return undefined
  if (href.startsWith('#')) return href.slice(1)
  if (ownNamespace && href.startsWith(`${ownNamespace}#`))
    return href.slice(ownNamespace.length + 1)
  return undefined
}
