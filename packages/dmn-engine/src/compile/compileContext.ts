import type { Problem } from '@bauplan/domain'
import type { TypeRegistry } from '../types/typeRegistry'

/** What compiling one model shares: its types, the problems found, the names FEEL reads. */
export interface CompileContext {
  readonly types: TypeRegistry
  readonly problems: Problem[]
  /** Every variable name a compiled expression reads; unbound ones are implicit inputs. */
  readonly usedNames: Set<string>
}
