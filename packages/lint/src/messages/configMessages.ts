import type { LocalizedText } from '@bauplan/domain'

/** Message templates for problems in a lint configuration. `{pointer}` names the place in it. */
export const CONFIG_MESSAGES = {
  'lintConfig.syntax': {
    de: 'Die Regelkonfiguration ist kein gültiges JSON: {detail}',
    en: 'The rule configuration is not valid JSON: {detail}',
  },
  'lintConfig.notObject': {
    de: 'Die Regelkonfiguration muss ein Objekt mit „version“ und „rules“ sein, nicht {actual}.',
    en: 'The rule configuration must be an object with "version" and "rules", not {actual}.',
  },
  'lintConfig.version': {
    de: 'Die Formatversion der Regelkonfiguration ({pointer}) muss 1 sein, nicht {actual}.',
    en: 'The format version of the rule configuration ({pointer}) must be 1, not {actual}.',
  },
  'lintConfig.unknownProperty': {
    de: 'Die Regelkonfiguration kennt die Angabe „{property}“ ({pointer}) nicht; erlaubt sind „version“ und „rules“.{suggestion}',
    en: 'The rule configuration has no setting "{property}" ({pointer}); allowed are "version" and "rules".{suggestion}',
  },
  'lintConfig.rulesNotObject': {
    de: '„rules“ ({pointer}) muss ein Objekt sein, das Regelnamen auf Stufen abbildet, z. B. {"bauplan/named-flow-nodes": "error"}; gefunden: {actual}.',
    en: '"rules" ({pointer}) must be an object mapping rule names to levels, e.g. {"bauplan/named-flow-nodes": "error"}; found: {actual}.',
  },
  'lintConfig.unknownRule': {
    de: 'Die Regel „{rule}“ ({pointer}) gibt es nicht.{suggestion}',
    en: 'There is no rule "{rule}" ({pointer}).{suggestion}',
  },
  'lintConfig.invalidLevel': {
    de: 'Die Stufe {actual} für die Regel „{rule}“ ({pointer}) ist ungültig; erlaubt sind „off“, „warning“ und „error“.{suggestion}',
    en: 'The level {actual} for the rule "{rule}" ({pointer}) is invalid; allowed are "off", "warning" and "error".{suggestion}',
  },
} as const satisfies Record<string, LocalizedText>
