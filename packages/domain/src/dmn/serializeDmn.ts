import type { DmnDefinitions } from './model'
import { writeDefinitions } from './moddle'

/**
 * Writes a DMN 1.3 document (indented, with XML declaration) from a tree read by `parseDmn` or
 * built with dmn-moddle. Unknown attributes and namespace declarations moddle kept are written
 * back; content moddle could not read was reported when parsing and is not part of the tree.
 */
export async function serializeDmn(definitions: DmnDefinitions): Promise<string> {
  return writeDefinitions(definitions)
}
