// bpmn-js-properties-panel ships no type declarations. Only what this feature uses is declared; the
// modules are didi module declarations handed to bpmn-js as `additionalModules`.
declare module 'bpmn-js-properties-panel' {
  type ModuleDeclaration = Record<string, unknown>
  export const BpmnPropertiesPanelModule: ModuleDeclaration
  export const BpmnPropertiesProviderModule: ModuleDeclaration
}
