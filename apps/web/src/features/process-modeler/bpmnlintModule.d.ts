// bpmn-js-bpmnlint ships no type declarations. Its default export is a didi module declaration
// (the `linting` service); the service methods this feature calls are typed in liveLint.ts.
declare module 'bpmn-js-bpmnlint' {
  const lintingModule: Record<string, unknown>
  export default lintingModule
}
