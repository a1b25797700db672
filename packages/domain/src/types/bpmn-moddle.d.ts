// bpmn-moddle 10 ships types only under `bpmn-moddle/types`, not for its main entry. This declares
// just what @bauplan/domain uses; model elements stay a light, index-signature interface because
// their shape depends on the metamodel packages loaded at run time.
declare module 'bpmn-moddle' {
  export interface ModdlePropertyDescriptor {
    /** Local name, e.g. `targetRef`. */
    name: string
    ns: { name: string; prefix: string; localName: string }
    type: string
    isMany?: boolean
    isReference?: boolean
    isAttr?: boolean
    isId?: boolean
    isBody?: boolean
  }

  export interface ModdleTypeDescriptor {
    name: string
    isGeneric?: boolean
    properties: ModdlePropertyDescriptor[]
    propertiesByName: Record<string, ModdlePropertyDescriptor | undefined>
  }

  export interface ModdleElement {
    $type: string
    id?: string
    $parent?: ModdleElement
    /** Attributes moddle does not know (foreign namespaces, xmlns declarations). */
    $attrs?: Record<string, string>
    readonly $descriptor?: ModdleTypeDescriptor
    $instanceOf?: (type: string) => boolean
    [key: string]: unknown
  }

  export interface ModdleWarning {
    message: string
    element?: ModdleElement
    /** Qualified property name, e.g. `bpmn:targetRef`. */
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

  /** A metamodel extension in moddle's JSON descriptor format. */
  export interface ModdlePackage {
    name: string
    uri: string
    prefix: string
    xml?: { tagAlias?: 'lowerCase' }
    associations?: unknown[]
    enumerations?: unknown[]
    types: {
      name: string
      extends?: string[]
      superClass?: string[]
      isAbstract?: boolean
      properties: { name: string; type: string; isAttr?: boolean; isMany?: boolean }[]
    }[]
  }

  export interface BpmnModdleInstance {
    fromXML(xml: string, typeName?: string, options?: { lax?: boolean }): Promise<ParseResult>
    toXML(
      element: { $type: string },
      options?: { format?: boolean; preamble?: boolean }
    ): Promise<{ xml: string }>
    create(type: string, attributes?: Record<string, unknown>): ModdleElement
  }

  /** A factory (callable with or without `new`) that adds the given packages to the BPMN metamodel. */
  export const BpmnModdle: {
    new (packages?: Record<string, ModdlePackage>, options?: object): BpmnModdleInstance
    (packages?: Record<string, ModdlePackage>, options?: object): BpmnModdleInstance
  }
}
