import { BAUPLAN_BPMN_PREFIX, BAUPLAN_BPMN_URI } from './namespaces'

/**
 * The moddle package descriptor (moddle's JSON metamodel format) that teaches bpmn-moddle the two
 * attributes: `extends` adds them to every `bpmn:CallActivity` instead of defining a new element.
 */
export const bauplanModdleDescriptor = {
  name: 'Bauplan',
  uri: BAUPLAN_BPMN_URI,
  prefix: BAUPLAN_BPMN_PREFIX,
  xml: { tagAlias: 'lowerCase' as const },
  associations: [],
  enumerations: [],
  types: [
    {
      name: 'BausteinCall',
      extends: ['bpmn:CallActivity'],
      properties: [
        { name: 'baustein', isAttr: true, type: 'String' },
        { name: 'version', isAttr: true, type: 'String' },
      ],
    },
  ],
}
