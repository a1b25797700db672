// bpmnlint 11 and bpmnlint-utils ship no declarations for their entry points. This declares only
// what @bauplan/lint uses; rule and report shapes are typed in `rules/bpmn/bpmnRule.ts`.
declare module 'bpmnlint' {
  interface LinterOptions {
    config?: { rules?: Record<string, string | number> }
    resolver: {
      resolveRule(pkg: string, ruleName: string): unknown
      resolveConfig(pkg: string, configName: string): unknown
    }
  }

  /** One finding; `category` is `warn`, `error` or `rule-error` (the rule itself threw). */
  interface LinterReport {
    id?: string
    message: string
    category: string
    [key: string]: unknown
  }

  interface Linter {
    /** Findings keyed by the normalised rule name, e.g. `bauplan/named-flow-nodes`. */
    lint(moddleRoot: object): Promise<Record<string, LinterReport[]>>
  }

  const bpmnlint: { Linter: new (options: LinterOptions) => Linter }
  export default bpmnlint
}

declare module 'bpmnlint-utils' {
  /** Whether the moddle element is of the type or a subtype (`bpmn:` is implied when missing). */
  export function is(node: object, type: string): boolean
  export function isAny(node: object, types: readonly string[]): boolean
}
