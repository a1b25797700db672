import { compileUnaryTests } from '../feel/compileUnaryTests'
import type { ItemDefinitionInfo } from '../model'
import { ANY, builtinType, type FeelType } from './feelType'
import { instanceChecker, isInstance } from './instanceOf'

/**
 * Resolves `typeRef`s against the model's item definitions (and FEEL's built-in types). Item
 * definitions are resolved once, lazily, so definitions may refer to each other in any order.
 */
export class TypeRegistry {
  private readonly definitions = new Map<string, ItemDefinitionInfo>()
  private readonly resolved = new Map<string, FeelType>()
  /** Item definitions whose allowed values do not parse, with the reason. */
  readonly problems: Array<{ name: string; error: unknown }> = []
  private checkers: Record<string, unknown> | undefined

  constructor(itemDefinitions: readonly ItemDefinitionInfo[]) {
    for (const definition of itemDefinitions) this.definitions.set(definition.name, definition)
  }

  /** The type a `typeRef` names; no typeRef means Any. */
  resolve(typeRef: string | undefined): FeelType {
    if (typeRef === undefined || typeRef.trim() === '') return ANY
    const name = typeRef.trim()
    const cached = this.resolved.get(name)
    if (cached) return cached
    const definition = this.definitions.get(name) ?? this.definitions.get(localName(name))
    let type: FeelType
    if (definition) {
      // A placeholder stops a definition that refers to itself from recursing forever.
      this.resolved.set(name, ANY)
      type = this.fromDefinition(definition)
    } else {
      type = builtinType(name) ?? { kind: 'unknown', name }
    }
    this.resolved.set(name, type)
    return type
  }

  /**
   * One `instance of` checker per item definition, by name, for FEEL texts that test against the
   * model's types.
   */
  instanceCheckers(): Readonly<Record<string, unknown>> {
    if (!this.checkers) {
      const checkers: Record<string, unknown> = {}
      for (const name of this.definitions.keys()) {
        checkers[name] = instanceChecker((value) => isInstance(value, this.resolve(name)))
      }
      this.checkers = checkers
    }
    return this.checkers
  }

  has(typeRef: string): boolean {
    const name = typeRef.trim()
    return (
      this.definitions.has(name) ||
      this.definitions.has(localName(name)) ||
      builtinType(name) !== undefined
    )
  }

  private fromDefinition(definition: ItemDefinitionInfo): FeelType {
    let type: FeelType
    if (definition.isFunction) type = { kind: 'builtin', name: 'function' }
    else if (definition.components.length > 0) {
      const entries = new Map<string, FeelType>()
      for (const component of definition.components) {
        entries.set(component.name, this.fromDefinition(component))
      }
      type = { kind: 'context', entries }
    } else type = this.resolve(definition.typeRef)
    if (definition.allowedValues !== undefined && definition.allowedValues.trim() !== '') {
      try {
        type = {
          kind: 'constrained',
          base: type,
          allowedValues: compileUnaryTests(definition.allowedValues, []),
          name: definition.name,
        }
      } catch (error) {
        this.problems.push({ name: definition.name, error })
      }
    }
    return definition.isCollection ? { kind: 'list', element: type } : type
  }
}

function localName(name: string): string {
  return name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name
}
