import { useT } from '../../lib/i18n/i18n'
import { qualityRulesMessages } from './messages'
import type { RuleLevel } from './rulesApi'

const LEVEL_KEYS = { off: 'levelOff', warning: 'levelWarning', error: 'levelError' } as const

/** The level as curators read it: Aus / Warnung / Fehler. */
export function useLevelLabel(): (level: RuleLevel) => string {
  const t = useT(qualityRulesMessages)
  return (level) => t(LEVEL_KEYS[level])
}
