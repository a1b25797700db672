import type { LintConfigInput } from '@bauplan/lint'
import { useEffect, useState } from 'react'

export interface CatalogueLintConfig {
  /** The levels to lint with; undefined while they load. */
  config: LintConfigInput | undefined
  /** Loading failed: `config` then holds the defaults, and the user should be told. */
  failed: boolean
}

const DEFAULTS: LintConfigInput = {}

/**
 * The catalogue's rule levels, fetched once per editor session (a curator's change applies the
 * next time an editor opens). Without a loader, or when loading fails, the default levels apply,
 * so the editor never lints with nothing.
 */
export function useLintConfig(
  load: (() => Promise<LintConfigInput>) | undefined
): CatalogueLintConfig {
  const [state, setState] = useState<CatalogueLintConfig>(() => ({
    config: load ? undefined : DEFAULTS,
    failed: false,
  }))
  const [loader] = useState(() => load)
  useEffect(() => {
    if (!loader) return
    let cancelled = false
    loader().then(
      (config) => !cancelled && setState({ config, failed: false }),
      () => !cancelled && setState({ config: DEFAULTS, failed: true })
    )
    return () => {
      cancelled = true
    }
  }, [loader])
  return state
}
