/**
 * Lazily loads a named component from a feature that may not exist yet. Callers pass the result of
 * `import.meta.glob(...)` for the feature's entry file: an empty record (feature not there) gives
 * undefined, so the caller shows a placeholder; otherwise the component loads in its own chunk when
 * first rendered (inside <Suspense>).
 */
import { lazy, type ComponentType } from 'react'

export type ModuleLoader = () => Promise<unknown>

export function lazyOptional<P>(
  modules: Record<string, ModuleLoader>,
  exportName: string
): ComponentType<P> | undefined {
  const load = Object.values(modules)[0]
  if (!load) return undefined
  return lazy(async () => {
    const module = (await load()) as Record<string, unknown>
    const component = module[exportName]
    if (typeof component !== 'function' && typeof component !== 'object') {
      throw new Error(`${exportName} is missing from its feature module`)
    }
    return { default: component as ComponentType<P> }
  })
}
