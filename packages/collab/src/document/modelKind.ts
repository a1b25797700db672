import {
  createBpmnElement,
  createDmnElement,
  parseBpmn,
  parseDmn,
  serializeBpmn,
  serializeDmn,
  type DmnDefinitions,
  type ModdleElement,
  type Problem,
} from '@bauplan/domain'

/** The two model languages a draft holds; everything below is generic over them. */
export type ModelKind = 'bpmn' | 'dmn'

/** Property of a moddle type as its run-time descriptor states it (local name). */
export interface PropertyInfo {
  name: string
  type: string
  isMany: boolean
  isReference: boolean
  isId: boolean
  /** A plain value (string, number, boolean, enumeration), not a model element. */
  isPrimitive: boolean
}

interface RawProperty {
  name: string
  type: string
  isMany?: boolean
  isReference?: boolean
  isId?: boolean
  isAttr?: boolean
  isVirtual?: boolean
}

/** moddle's built-in value types; every other property type is a model element type. */
const PRIMITIVE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real', 'Float', 'Element'])

/**
 * The element type whose subtree is diagram interchange: it and everything under it lives in the
 * `di` map of a model space, the rest in `elements`.
 */
export const DIAGRAM_ROOT_TYPE: Record<ModelKind, string> = {
  bpmn: 'bpmndi:BPMNDiagram',
  dmn: 'dmndi:DMNDI',
}

export function createElement(
  kind: ModelKind,
  type: string,
  properties: Record<string, unknown> = {}
): ModdleElement {
  return kind === 'bpmn' ? createBpmnElement(type, properties) : createDmnElement(type, properties)
}

/**
 * An element of a type the metamodel does not know (e.g. a vendor's extension element), created
 * the way moddle's reader does (`createAny`), so the writer emits it with its namespace.
 */
export function createGenericElement(
  kind: ModelKind,
  type: string,
  namespaceUri: string,
  properties: Record<string, unknown>
): ModdleElement {
  let model = genericFactories.get(kind)
  if (!model) {
    // moddle exposes its model on every element as `$model`; createAny is how its reader builds
    // elements of unknown namespaces.
    model = createElement(kind, kind === 'bpmn' ? 'bpmn:Definitions' : 'dmn:Definitions')
      .$model as GenericFactory
    genericFactories.set(kind, model)
  }
  return model.createAny(type, namespaceUri, properties)
}

interface GenericFactory {
  createAny(name: string, nsUri: string, properties: Record<string, unknown>): ModdleElement
}

const genericFactories = new Map<ModelKind, GenericFactory>()

const propertyCache = new Map<string, PropertyInfo[]>()

/** The properties of `type` in metamodel order (cached: descriptors never change at run time). */
export function propertiesOfType(kind: ModelKind, type: string): PropertyInfo[] {
  const key = `${kind} ${type}`
  const cached = propertyCache.get(key)
  if (cached) return cached
  const element = createElement(kind, type)
  const properties = describe(element)
  propertyCache.set(key, properties)
  return properties
}

export function describe(element: ModdleElement): PropertyInfo[] {
  const descriptor = element.$descriptor as { properties?: RawProperty[] } | undefined
  // Virtual properties (e.g. `lanes` of a flow node) are computed by moddle, never written.
  return (descriptor?.properties ?? [])
    .filter((property) => !property.isVirtual)
    .map((property) => ({
      name: property.name,
      type: property.type,
      isMany: Boolean(property.isMany),
      isReference: Boolean(property.isReference),
      isId: Boolean(property.isId),
      // Enumerations (e.g. `dmn:HitPolicy`) are typed by name but written as attributes.
      isPrimitive:
        !property.isReference && (PRIMITIVE_TYPES.has(property.type) || Boolean(property.isAttr)),
    }))
}

/** Whether an element is generic (unknown namespace): moddle gives it a descriptor flagged so. */
export function isGeneric(element: ModdleElement): boolean {
  const descriptor = element.$descriptor as { isGeneric?: boolean } | undefined
  return Boolean(descriptor?.isGeneric)
}

export function isInstanceOf(element: ModdleElement, type: string): boolean {
  const instanceOf = element.$instanceOf
  return typeof instanceOf === 'function' ? Boolean(instanceOf.call(element, type)) : false
}

export interface ParsedModel {
  definitions?: ModdleElement
  problems: Problem[]
}

export async function parseModel(kind: ModelKind, file: string, xml: string): Promise<ParsedModel> {
  if (kind === 'bpmn') {
    const parsed = await parseBpmn(xml)
    return {
      ...(parsed.definitions ? { definitions: parsed.definitions } : {}),
      problems: parsed.problems.map((problem) => ({ ...problem, file })),
    }
  }
  const parsed = await parseDmn(xml, { file })
  return {
    ...(parsed.definitions ? { definitions: parsed.definitions as unknown as ModdleElement } : {}),
    problems: parsed.problems,
  }
}

export async function serializeModel(kind: ModelKind, definitions: ModdleElement): Promise<string> {
  return kind === 'bpmn'
    ? serializeBpmn(definitions)
    : serializeDmn(definitions as unknown as DmnDefinitions)
}
