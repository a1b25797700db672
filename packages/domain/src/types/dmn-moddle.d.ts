// dmn-moddle 12 ships no types. This declares just what @bauplan/domain uses; model elements stay a
// light, index-signature interface because their shape depends on the metamodel at run time.
declare module 'dmn-moddle' {
  export interface ModdleElement {
    $type: string
    id?: string
    $parent?: ModdleElement
    /** Attributes moddle does not know (foreign namespaces, xmlns declarations). */
    $attrs?: Record<string, string>
    [key: string]: unknown
  }

  export interface ModdleWarning {
    message: string
    element?: ModdleElement
    /** Qualified property name, e.g. `dmn:requiredDecision`. */
    property?: string
    value?: unknown
    error?: Error
  }

  export interface ParseResult {
    rootElement: ModdleElement
    elementsById: Record<string, ModdleElement>
    references: unknown[]
    warnings: ModdleWarning[]
  }

  export interface DmnModdleInstance {
    fromXML(xml: string, typeName?: string, options?: { lax?: boolean }): Promise<ParseResult>
    toXML(
      element: ModdleElement,
      options?: { format?: boolean; preamble?: boolean }
    ): Promise<{ xml: string }>
    create(type: string, attributes?: Record<string, unknown>): ModdleElement
  }

  /** A factory (callable with or without `new`) that adds the given packages to the DMN metamodel. */
  export const DmnModdle: {
    new (packages?: Record<string, unknown>, options?: object): DmnModdleInstance
    (packages?: Record<string, unknown>, options?: object): DmnModdleInstance
  }
}
