/**
 * The part of JSON Schema 2020-12 the metadata form renders: enough to walk `bausteinSchema`
 * (objects, arrays, scalars, enums, const, multi-type, local `$ref`s into `$defs`). Keywords the
 * form does not render (patterns, if/then) still apply: validation always runs the full schema.
 */
export interface SchemaNode {
  $ref?: string
  title?: string
  description?: string
  type?: string | string[]
  enum?: readonly unknown[]
  const?: unknown
  format?: string
  properties?: Readonly<Record<string, SchemaNode>>
  required?: readonly string[]
  items?: SchemaNode
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  $defs?: Readonly<Record<string, SchemaNode>>
}

export type FieldKind =
  'object' | 'array' | 'enum' | 'const' | 'boolean' | 'integer' | 'number' | 'string' | 'union'

/**
 * Follows local `$ref`s (`#/$defs/name`), keeping the referring node's own title and description
 * (they describe the use, the target describes the type).
 */
export function resolve(node: SchemaNode, root: SchemaNode, seen = 0): SchemaNode {
  if (node.$ref === undefined) return node
  if (seen > 20) throw new Error(`$ref chain too long at ${node.$ref}`)
  const match = /^#\/\$defs\/([^/]+)$/.exec(node.$ref)
  const target = match ? root.$defs?.[match[1]!] : undefined
  if (!target) throw new Error(`unsupported $ref ${node.$ref}`)
  const { $ref: _ref, ...own } = node
  return { ...resolve(target, root, seen + 1), ...own }
}

export function kindOf(node: SchemaNode): FieldKind {
  if (node.enum !== undefined) return 'enum'
  if (node.const !== undefined) return 'const'
  if (Array.isArray(node.type)) return 'union'
  switch (node.type) {
    case 'object':
    case 'array':
    case 'boolean':
    case 'integer':
    case 'number':
      return node.type
    default:
      return node.properties ? 'object' : 'string'
  }
}

/** The value a new array item or an added optional object starts with. */
export function initialValue(node: SchemaNode, root: SchemaNode): unknown {
  const resolved = resolve(node, root)
  switch (kindOf(resolved)) {
    case 'object':
      return {}
    case 'array':
      return []
    case 'boolean':
      return false
    case 'const':
      return resolved.const
    case 'integer':
    case 'number':
      return resolved.minimum ?? 0
    default:
      return ''
  }
}
